// Trunk post-build hook: puts the SHA-256 hash of every inline <script> of the page into its
// Content-Security-Policy (the placeholders INLINE_SCRIPT_HASHES and INLINE_STYLE_HASHES), so that the policy allows the
// loader Trunk writes and nothing else: no 'unsafe-inline', no 'unsafe-eval'.
// It also minifies the inlined stylesheet first (minifyCss). Usage: node scripts/csp-hashes.mjs path/to/index.html
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

/** The stylesheet without its comments and spare white space (strings kept as they are): every
 * page carries it inline, so every byte is in every page's first response. */
export function minifyCss(css) {
  const strings = /("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')/;
  // comments out first (never inside a string), then white space outside strings
  const bare = css.split(/("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\/\*[\s\S]*?\*\/)/)
    .filter((part) => !part.startsWith('/*')).join('');
  return bare.split(strings).map((part, i) => (i % 2 === 1 ? part
    : part.replace(/\s+/g, ' ').replace(/\s*([{};,])\s*/g, '$1').replace(/:\s+/g, ':').replace(/;}/g, '}')))
    .join('').trim();
}

const file = process.argv[2];
const html = readFileSync(file, 'utf8').replace(/(<style[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open, css, close) => open + minifyCss(css) + close);
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
