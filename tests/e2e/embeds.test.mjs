// Embeds on a news site: a host page on another port (another origin) frames the portal's embeds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serveBuild, newPage, open, text, bundledSnapshot } from './helpers.mjs';

const LATEST = bundledSnapshot().id;
import { serve } from './static-server.mjs';

let browser, site, host, hostDir;
const CHARTS = ['totals', 'timeline', 'regions', 'map', 'events'];

// A listener written for this test after Datawrapper's published resize logic: for each id in
// the "datawrapper-height" object, the iframe whose contentWindow sent the message gets the height.
const DATAWRAPPER_LISTENER = `
window.addEventListener("message", function (event) {
  if (event.data === null || typeof event.data !== "object" || event.data["datawrapper-height"] === undefined) return;
  var frames = document.querySelectorAll("iframe");
  for (var id in event.data["datawrapper-height"]) {
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = event.data["datawrapper-height"][id] + "px";
    }
  }
});`;

function hostPage(frames, { script = 'embedjs', sandbox = false } = {}) {
  const resizer = script === 'embedjs' ? `<script async src="${site.url}embed.js"></script>` : `<script>${DATAWRAPPER_LISTENER}</script>`;
  const iframes = frames.map(([id, src]) => `<iframe id="${id}" title="${id}" src="${site.url}${src}" loading="lazy" scrolling="no"
    style="width: 100%; border: 0;" height="300"${sandbox ? ' sandbox="allow-scripts allow-same-origin allow-popups"' : ''}></iframe>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News site</title></head>
<body style="margin:0;width:700px"><h1>An article</h1>${iframes}${resizer}</body></html>`;
}

async function hostWith(name, html) {
  await writeFile(join(hostDir, `${name}.html`), html);
  return `${host.url}${name}.html`;
}

/** Waits until the iframe's height equals its document's height (the content's height). */
async function settledHeight(page, id) {
  const handle = await page.$(`iframe#${id}`);
  // Chromium pauses rendering in off-screen cross-origin frames; a reader scrolls to them.
  await handle.scrollIntoViewIfNeeded();
  const content = await handle.contentFrame();
  await content.waitForSelector('.embed-credit, [role="alert"]');
  let last = -1;
  for (let i = 0; i < 40; i += 1) {
    const inner = await content.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const outer = await handle.evaluate((f) => Math.round(f.getBoundingClientRect().height));
    if (Math.abs(inner - outer) <= 1 && inner === last) return { inner, outer, content };
    last = inner;
    await handle.scrollIntoViewIfNeeded();
    await page.waitForTimeout(100);
  }
  const inner = await content.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const outer = await handle.evaluate((f) => Math.round(f.getBoundingClientRect().height));
  return { inner, outer, content };
}

before(async () => {
  browser = await launch();
  site = await serveBuild('subpath');
  hostDir = await mkdtemp(join(tmpdir(), 'minewatch-host-'));
  host = await serve(hostDir, { prefix: '/' });
});
after(async () => {
  await browser?.close(); await site?.close(); await host?.close();
  // the news site's folder is this run's alone
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

test('with embed.js every chart frame ends at its content height', async () => {
  const page = await newPage(browser, { width: 760, height: 900 });
  const frames = CHARTS.map((c) => [`f-${c}`, `embed/${c}?region=KZ-35&snapshot=2026-11-22`]);
  await page.goto(await hostWith('embedjs', hostPage(frames)));
  for (const c of CHARTS) {
    const { inner, outer, content } = await settledHeight(page, `f-${c}`);
    assert.ok(inner > 100, `${c}: the embed has content (${inner}px)`);
    assert.ok(Math.abs(inner - outer) <= 1, `${c}: frame ${outer}px, content ${inner}px`);
    assert.match(await content.locator('.embed-title').innerText(), /Karaganda Region · all dates · data snapshot 2026-11-22/);
    const full = content.locator('.embed-credit a');
    assert.equal(await full.getAttribute('target'), '_blank');
    assert.match(await full.getAttribute('href'), /^\/minewatch\/(events)?\?region=KZ-35&snapshot=2026-11-22$/);
  }
  page.assertNoPanic();
  await page.closeAll();
});

test("a page that runs Datawrapper's resize listener sizes our frames unchanged", async () => {
  const page = await newPage(browser, { width: 760, height: 900 });
  await page.goto(await hostWith('datawrapper', hostPage([['dw-map', 'embed/map?metric=criminal_cases'], ['dw-timeline', 'embed/timeline']], { script: 'datawrapper' })));
  for (const id of ['dw-map', 'dw-timeline']) {
    const { inner, outer } = await settledHeight(page, id);
    assert.ok(Math.abs(inner - outer) <= 1 && outer !== 300, `${id}: frame ${outer}px, content ${inner}px`);
  }
  await page.closeAll();
});

test('the embed works in a sandboxed iframe and follows light and dark themes', async () => {
  const page = await newPage(browser, { width: 760, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  const frames = [['s-light', 'embed/timeline?theme=light'], ['s-dark', 'embed/timeline?theme=dark'], ['s-auto', 'embed/timeline?theme=auto']];
  await page.goto(await hostWith('sandboxed', hostPage(frames, { sandbox: true })));
  const background = async (id) => {
    const { content, inner, outer } = await settledHeight(page, id);
    assert.ok(Math.abs(inner - outer) <= 1, `${id} resized inside the sandbox`);
    return content.evaluate(() => getComputedStyle(document.body).backgroundColor);
  };
  assert.equal(await background('s-light'), 'rgb(255, 255, 255)');
  assert.equal(await background('s-dark'), 'rgb(13, 17, 23)');
  assert.equal(await background('s-auto'), 'rgb(13, 17, 23)', 'auto follows the reader, here dark');
  await page.closeAll();
});

test('a pinned embed whose snapshot is gone says so inside the frame', async () => {
  const page = await newPage(browser, { width: 760, height: 900 });
  await page.goto(await hostWith('gone', hostPage([['gone', 'embed/timeline?snapshot=1999-01-01']])));
  const { inner, outer, content } = await settledHeight(page, 'gone');
  assert.match(await content.locator('[role="alert"]').innerText(), /snapshot "1999-01-01" named in the address is not published/);
  assert.ok(inner > 60 && Math.abs(inner - outer) <= 1, 'never a blank box');
  await page.closeAll();
});

test('hostile height messages change nothing, and the embed acts on no message', async () => {
  const page = await newPage(browser, { width: 760, height: 900 });
  await page.goto(await hostWith('hostile', hostPage([['victim', 'embed/timeline']])));
  const { outer, content } = await settledHeight(page, 'victim');
  const frameHeight = () => page.$eval('iframe#victim', (f) => Math.round(f.getBoundingClientRect().height));
  for (const h of [-5, 0, 1e9, '900', null, Number.NaN, { a: 1 }]) {
    await content.evaluate((value) => parent.postMessage({ 'minewatch-height': { x: value } }, '*'), h);
  }
  await page.evaluate(() => window.postMessage({ 'minewatch-height': { x: 999 } }, '*'));
  await page.evaluate(() => window.postMessage('{"minewatch-height":{"x":999}}', '*'));
  await page.waitForTimeout(300);
  assert.equal(await frameHeight(), outer, 'the frame kept its height');
  const before = await content.evaluate(() => [location.href, document.body.innerText.length]);
  await page.$eval('iframe#victim', (f) => f.contentWindow.postMessage({ 'minewatch-height': { x: 10 }, navigate: '/minewatch/about', theme: 'dark' }, '*'));
  await page.waitForTimeout(300);
  assert.deepEqual(await content.evaluate(() => [location.href, document.body.innerText.length]), before);
  page.assertNoPanic();
  await page.closeAll();
});

test('the Embed dialog gives pinned code by default, live code on request, a theme and a preview', async () => {
  const page = await newPage(browser);
  await open(page, site.url, '?region=KZ-35&metric=power_mw');
  const figure = page.locator('#chart-timeline-figure');
  await figure.locator('button.embed-button').click();
  const dialog = figure.locator('dialog.embed-dialog');
  await dialog.waitFor({ state: 'visible' });
  const code = () => dialog.locator('textarea.embed-code').inputValue();
  const pinned = await code();
  assert.match(pinned, new RegExp(`<iframe title="Power involved \\(MW\\) by month" src="http://127\\.0\\.0\\.1:\\d+/minewatch/embed/timeline\\?region=KZ-35&amp;metric=power_mw&amp;step=month&amp;snapshot=${LATEST}&amp;theme=auto"`), 'the code speaks the language the page is read in and pins the data shown');
  assert.match(pinned, /loading="lazy"/);
  assert.match(pinned, /width: 100%/);
  assert.match(pinned, /height="480"/);
  assert.match(pinned, /<script async src="http:\/\/127\.0\.0\.1:\d+\/minewatch\/embed\.js"><\/script>/);
  await dialog.getByLabel('Live: always the latest data').check();
  assert.doesNotMatch(await code(), /snapshot=/);
  await dialog.getByLabel('Theme').selectOption('dark');
  assert.match(await code(), /theme=dark/);
  await dialog.getByLabel('Language').selectOption('kk');
  assert.match(await code(), /src="http:\/\/127\.0\.0\.1:\d+\/minewatch\/kk\/embed\/timeline\?/, 'the Kazakh embed is the Kazakh path');
  assert.doesNotMatch(await code(), /lang=/);
  assert.match(await code(), /<iframe title="Minewatch: уақыт бойынша"/, 'the frame title is in the embed\'s language');
  const preview = dialog.locator('iframe');
  assert.match(await preview.getAttribute('src'), /\/minewatch\/kk\/embed\/timeline\?region=KZ-35&metric=power_mw&step=month&theme=dark$/);
  await preview.contentFrame().locator('h1.embed-title', { hasText: 'Пайдаланылған қуат' }).waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
  page.assertNoPanic();
  await page.closeAll();
});
