// Trunk post-build hook: puts the SHA-256 hash of every inline <script> of the page into its
// Content-Security-Policy (the placeholders INLINE_SCRIPT_HASHES and INLINE_STYLE_HASHES), so that the policy allows the
// loader Trunk writes and nothing else: no 'unsafe-inline', no 'unsafe-eval'.
// Usage: node scripts/csp-hashes.mjs path/to/index.html
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const file = process.argv[2];
const html = readFileSync(file, 'utf8');
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
// the stylesheet is inlined (one request less before the first figure): allowed by its hash too
const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
  .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
for (const placeholder of ['INLINE_SCRIPT_HASHES', 'INLINE_STYLE_HASHES']) {
  if (!html.includes(placeholder)) {
    console.error(`${file}: no ${placeholder} placeholder in the Content-Security-Policy`);
    process.exit(1);
  }
}
writeFileSync(file, html.replace('INLINE_SCRIPT_HASHES', hashes.join(' ')).replace('INLINE_STYLE_HASHES', styles.join(' ')));
console.log(`${file}: CSP allows ${hashes.length} inline script(s) and ${styles.length} inline style(s) by hash`);
