// Trunk post-build hook, after `minewatch render`: gives every page an app that carries its own
// language's words only (about 30 KB gzip less than the app with all three, which Trunk built).
//
// For each language it builds the app with the feature `lang-XX` (build.rs), binds it and runs
// wasm-opt (the arguments are index.html's; an app optimised before is taken from
// target/wasm-opt-cache), names the files by their content, and
// points that language's pages at them. 404.html, which a static host serves for any address it
// has no file for (an older snapshot's event, a mistyped link) and so can be any language's page,
// gets a loader that picks the app by the address's language, as the app itself reads it. Each
// page's Content-Security-Policy gets the hash of its new loader in place of the old one, and the
// app with all three languages, which no page loads any more, leaves the site. A debug build
// (`trunk serve`) keeps the one app.
// Usage: node scripts/language-apps.mjs SITE   (Trunk sets TRUNK_PROFILE)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const LANGUAGES = ['en', 'kk', 'ru'];
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The site's pages: every .html file under `dir` but the app's own page for any address. */
function pages(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .filter((file) => relative(dir, file) !== '404.html');
}

const sha256 = (text, encoding) => createHash('sha256').update(text).digest(encoding);

/** The inline module script that loads the app (Trunk's loader), and its CSP source. */
function loaderOf(html) {
  const found = [...html.matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/g)]
    .find((m) => m[1].includes('_bg.wasm'));
  return found ? found[1] : null;
}

/** wasm-opt's version, and its arguments for the language apps as index.html gives them
 * (`data-language-apps-wasm-opt` on the app's `<link data-trunk rel="rust">`, whose own
 * `data-wasm-opt` is off). */
function wasmOptArguments() {
  const html = readFileSync(join(repo, 'index.html'), 'utf8');
  const link = html.match(/<link data-trunk rel="rust"[^>]*>/)?.[0] ?? '';
  const args = link.match(/data-language-apps-wasm-opt="([^"]+)"/)?.[1];
  if (!args) throw new Error('index.html: no data-language-apps-wasm-opt on the app\'s <link data-trunk rel="rust">');
  const version = execFileSync('wasm-opt', ['--version'], { encoding: 'utf8' }).trim();
  return { args: args.split(/\s+/).filter(Boolean), version };
}

/** Where wasm-opt's outputs are kept, by what went in: the root build binds the same WebAssembly
 * as the sub-path build, so it reuses the sub-path build's optimised apps (about a minute each). */
const OPTIMISED = join(repo, 'target', 'wasm-opt-cache');
const OPTIMISED_KEPT = 12;

/** `bound` optimised with `opt.args`: from the cache when the same bytes were optimised with the
 * same arguments and the same wasm-opt before, else by wasm-opt (and kept). */
function optimised(bound, { args, version }, work) {
  const key = sha256(Buffer.concat([readFileSync(bound), Buffer.from(`\0${version}\0${args.join(' ')}`)]), 'hex');
  const kept = join(OPTIMISED, `${key}.wasm`);
  if (existsSync(kept)) {
    utimesSync(kept, new Date(), new Date());
    return readFileSync(kept);
  }
  const out = join(work, 'optimised.wasm');
  execFileSync('wasm-opt', [`--output=${out}`, bound, ...args], { stdio: 'inherit' });
  const bytes = readFileSync(out);
  mkdirSync(OPTIMISED, { recursive: true });
  // written whole under another name first, so an interrupted build never leaves half a file
  writeFileSync(`${kept}.part`, bytes);
  renameSync(`${kept}.part`, kept);
  const old = readdirSync(OPTIMISED).filter((f) => f.endsWith('.wasm'))
    .map((f) => ({ f, t: statSync(join(OPTIMISED, f)).mtimeMs })).sort((a, b) => b.t - a.t).slice(OPTIMISED_KEPT);
  for (const { f } of old) rmSync(join(OPTIMISED, f), { force: true });
  return bytes;
}

/** Builds the app with the feature `lang-<code>`; returns the path of its WebAssembly. */
function cargoBuild(code) {
  const out = execFileSync('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown',
    '--bin', 'minewatch-web', '--features', `lang-${code}`, '--message-format=json-render-diagnostics'],
  { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 << 20 });
  const wasm = out.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line))
    .filter((m) => m.reason === 'compiler-artifact' && m.target?.name === 'minewatch-web')
    .map((m) => m.executable).find((file) => file?.endsWith('.wasm'));
  if (!wasm) throw new Error(`cargo built no minewatch-web.wasm for lang-${code}`);
  return wasm;
}

/** Binds and optimises `wasm` into `site` as `minewatch-web-<code>-<hash>`; returns that name. */
function bindAndOptimise(code, wasm, site, opt) {
  const work = mkdtempSync(join(tmpdir(), `minewatch-${code}-`));
  try {
    execFileSync('wasm-bindgen', ['--target=web', `--out-dir=${work}`, '--out-name=app', '--no-typescript', wasm],
      { stdio: 'inherit' });
    const bytes = optimised(join(work, 'app_bg.wasm'), opt, work);
    const js = readFileSync(join(work, 'app.js'), 'utf8');
    const name = `minewatch-web-${code}-${sha256(Buffer.concat([bytes, Buffer.from(js)]), 'hex').slice(0, 16)}`;
    writeFileSync(join(site, `${name}_bg.wasm`), bytes);
    writeFileSync(join(site, `${name}.js`), js.replaceAll('app_bg.wasm', `${name}_bg.wasm`));
    return name;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `html` with its loader replaced by `own` and the loader's hash in its Content-Security-Policy
 * replaced by the new one's. */
function withLoader(html, loader, own) {
  const [before, after] = [`'sha256-${sha256(loader, 'base64')}'`, `'sha256-${sha256(own, 'base64')}'`];
  if (!html.includes(before)) throw new Error('the page\'s Content-Security-Policy does not name its loader\'s hash');
  return html.replace(loader, own).replaceAll(before, after);
}

/** Points `html` (a page in the app's language) at the app `name` instead of `shared`. */
export function pointAt(html, shared, name) {
  const loader = loaderOf(html);
  if (!loader || !loader.includes(`${shared}.js`)) return null;
  const own = loader.replaceAll(`${shared}.js`, `${name}.js`).replaceAll(`${shared}_bg.wasm`, `${name}_bg.wasm`);
  return withLoader(html, loader, own);
}

/** Points `html` (the page for any address) at the app of the address's language: `names` maps
 * each language to its app. The language is read from the path under the page's `<base>` as the
 * app reads it (`kk/…`, `ru/…`, English anywhere else); Trunk's loader is otherwise kept as it
 * is, so the app starts the same way. */
export function pointByAddress(html, shared, names) {
  const loader = loaderOf(html);
  const importLine = loader?.match(/^import init, \* as bindings from '([^']*)';$/m);
  const initLine = loader?.match(/^const wasm = await init\(\{ module_or_path: '([^']*)' \}\);$/m);
  if (!importLine || !initLine || !importLine[1].endsWith(`${shared}.js`) || !initLine[1].endsWith(`${shared}_bg.wasm`)) {
    throw new Error(`404.html: Trunk's loader is not the one this script knows (import init from ${shared}.js)`);
  }
  const prefix = importLine[1].slice(0, -`${shared}.js`.length);
  const apps = JSON.stringify(Object.fromEntries(LANGUAGES.map((code) => [code, prefix + names[code]])));
  const own = loader
    .replace(importLine[0], [
      `const apps = ${apps}, base = document.querySelector('base'), path = location.pathname,`,
      '  root = base ? new URL(base.href).pathname : \'/\', under = path.startsWith(root) ? path.slice(root.length) : \'\',',
      '  app = apps[(/^(kk|ru)(\\/|$)/.exec(under) || [0, \'en\'])[1]];',
      'const bindings = await import(`${app}.js`), init = bindings.default;',
    ].join('\n'))
    .replace(initLine[0], 'const wasm = await init({ module_or_path: `${app}_bg.wasm` });');
  return withLoader(html, loader, own);
}

function main() {
  const site = process.argv[2];
  if (!site) {
    console.error('usage: node scripts/language-apps.mjs SITE');
    process.exit(2);
  }
  if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') {
    console.log('language-apps: a debug build keeps one app with all three languages');
    return;
  }
  process.env.PATH = [join(repo, 'node_modules', '.bin'), join(process.env.HOME ?? '', '.cargo', 'bin'), process.env.PATH].join(delimiter);
  const shared = loaderOf(readFileSync(join(site, '404.html'), 'utf8'))?.match(/(minewatch-web-[0-9a-f]+)\.js/)?.[1];
  if (!shared) throw new Error(`${site}/404.html: no loader of the app (minewatch-web-HASH.js)`);
  const opt = wasmOptArguments();
  const files = pages(site);
  const names = {};
  for (const code of LANGUAGES) {
    const name = bindAndOptimise(code, cargoBuild(code), site, opt);
    names[code] = name;
    let pointed = 0;
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      if (!html.includes(`<html lang="${code}"`)) continue;
      const own = pointAt(html, shared, name);
      if (own === null) continue;
      writeFileSync(file, own);
      pointed += 1;
    }
    console.log(`language-apps: ${pointed} ${code} pages load ${name}`);
  }
  const notFound = join(site, '404.html');
  writeFileSync(notFound, pointByAddress(readFileSync(notFound, 'utf8'), shared, names));
  console.log('language-apps: 404.html loads the app of its address\'s language');
  for (const file of [`${shared}.js`, `${shared}_bg.wasm`]) rmSync(join(site, file));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
