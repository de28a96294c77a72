// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, the release
// build served by a plain static server, and a guard that fails a test on any panic or page error.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import assert from 'node:assert/strict';
import { serve } from './static-server.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Serves the sub-path build (dist) at /minewatch/, or the root build (dist-root) at /. */
export function serveBuild(which = 'subpath') {
  return which === 'root'
    ? serve(join(ROOT, 'dist-root'), { prefix: '/' })
    : serve(join(ROOT, 'dist'), { prefix: '/minewatch/' });
}

/** The snapshot the portal ships, read straight from the file (the tests' own view of it). */
export function bundledSnapshot() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'public/data/manifest.json'), 'utf8'));
  const entry = manifest.snapshots.find((s) => s.id === manifest.latest);
  return JSON.parse(readFileSync(join(ROOT, 'public/data', entry.path), 'utf8'));
}

/** A new page that records panics, uncaught errors and failed WebAssembly. */
export async function newPage(browser, viewport = { width: 1100, height: 900 }, locale = 'en-US') {
  const context = await browser.newContext({ viewport, locale });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    if (/panicked|unreachable|RuntimeError/i.test(text)) problems.push(`console: ${text}`);
    if (/Content Security Policy|Refused to/i.test(text)) problems.push(`CSP: ${text}`);
  });
  // Every violation of the page's Content-Security-Policy fails the test that caused it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.assertNoPanic = () => assert.deepEqual(problems, [], 'the page must not panic, throw or break its Content-Security-Policy');
  page.closeAll = () => context.close();
  return page;
}

/** Holds back every answer to a request whose address matches `pattern` until the returned
 * function is called. */
export async function holdRequests(page, pattern) {
  let open;
  const released = new Promise((resolve) => { open = resolve; });
  await page.route(pattern, async (route) => { await released; await route.continue(); });
  return () => open();
}

/** Holds the app's WebAssembly back until `release()` and records the data files the page asks
 * for, each with whether it was asked for while the app's code was still held: what a slow phone
 * gets before the app can run. */
export async function holdTheApp(page) {
  const open = await holdRequests(page, /_bg\.wasm$/);
  const state = { held: true };
  const asked = [];
  page.on('request', (r) => {
    const m = r.url().match(/\/data\/([^?#]+)/);
    if (m) asked.push({ path: m[1], whileHeld: state.held });
  });
  return { asked, release: () => { state.held = false; open(); } };
}

/** Waits until the app has taken over a pre-rendered page (at once where there is none). */
export const takenOver = (page) => page.waitForFunction(() => !document.getElementById('prerendered'));

/** Waits until the app has taken the page over and rendered the data (or a data error). */
export async function settled(page) {
  await takenOver(page);
  await page.waitForSelector('main h1');
  await page.waitForFunction(() => !document.querySelector('.loading'));
}

/** Opens a path and waits until the app has rendered the data (or a data error). */
export async function open(page, base, path = '') {
  await page.goto(base + path);
  await settled(page);
}

/** Nothing on the page is wider than the screen. */
export async function noSideScroll(page) {
  const r = await page.evaluate(() => ({ vw: document.documentElement.clientWidth, sw: document.scrollingElement.scrollWidth }));
  assert.ok(r.sw <= r.vw, `nothing wider than the screen (${r.sw} > ${r.vw})`);
}

/** A PNG's width and height, after checking that it is one. */
export function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  assert.deepEqual([...bytes.subarray(0, 8)], signature, 'a PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The site's origin as the build writes it into the tags (site.toml): the tests map it to the
 * local server to fetch what a chat app would fetch. */
export const ORIGIN = readFileSync(join(ROOT, 'site.toml'), 'utf8').match(/^origin = "([^"]+)"/m)[1];

export const text = (page, selector) => page.locator(selector).first().innerText();
