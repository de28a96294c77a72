// Trunk post-build hook: puts the SHA-256 hash of every inline <script> of the page into its
// Content-Security-Policy (the placeholder INLINE_SCRIPT_HASHES), so that the policy allows the
// loader Trunk writes and nothing else: no 'unsafe-inline', no 'unsafe-eval'.
// Usage: node scripts/csp-hashes.mjs path/to/index.html
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const file = process.argv[2];
const html = readFileSync(file, 'utf8');
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
if (!html.includes('INLINE_SCRIPT_HASHES')) {
  console.error(`${file}: no INLINE_SCRIPT_HASHES placeholder in the Content-Security-Policy`);
  process.exit(1);
}
writeFileSync(file, html.replace('INLINE_SCRIPT_HASHES', hashes.join(' ')));
console.log(`${file}: CSP allows ${hashes.length} inline script(s) by hash`);
