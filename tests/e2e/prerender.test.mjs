// Pre-rendered pages (minewatch render, run by Trunk's hook): every route is a real file with its
// content, title, description and link-preview tags; it reads with JavaScript off; it never shows
// the wrong language or another view's figures before the app runs; the app takes over in place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveBuild, newPage, bundledSnapshot, takenOver } from './helpers.mjs';

const snapshot = bundledSnapshot();
const CHARTS = ['totals', 'timeline', 'regions', 'map', 'events'];
const ROUTES = ['', 'events', ...snapshot.events.map((e) => `events/${e.id}`),
  ...snapshot.regions.map((r) => `regions/${r.code}`), 'data', 'about', ...CHARTS.map((c) => `embed/${c}`)];
const WITH_IMAGE = (route) => route === '' || /^(regions|events)\/./.test(route);
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

let browser, site;
before(async () => {
  browser = await launch();
  site = await serveBuild('subpath');
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** The page with its WebAssembly held back until `release()` (or for good). */
async function heldBack(viewport, locale) {
  const page = await newPage(browser, viewport, locale);
  let release;
  const released = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (r) => { await released; await r.continue(); });
  page.release = release;
  return page;
}

const meta = (html, key) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
const decoded = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  assert.deepEqual([...bytes.subarray(0, 8)], signature, 'a PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('every route answers 200 with its content, title, description and link-preview image', async () => {
  for (const route of ROUTES) {
    const response = await fetch(site.url + route);
    assert.equal(response.status, 200, `/${route} answers 200`);
    const html = await response.text();
    for (const lang of ['en', 'ru', 'kk']) assert.match(html, new RegExp(`<div lang="${lang}">[\\s\\S]*?<main`), `/${route} holds its ${lang} page`);
    assert.match(html, /<h1[^>]*>[^<]+/, `/${route} has a heading`);
    assert.ok(!/<title>Minewatch: illegal crypto-mining enforcement in Kazakhstan<\/title>/.test(html) || route === '', `/${route} has a title of its own`);
    for (const key of ['og:title', 'og:description', 'og:url', 'twitter:card', 'twitter:title']) assert.ok(meta(html, key), `/${route}: ${key}`);
    assert.ok(meta(html, 'og:url').endsWith(`/minewatch/${route}`), `/${route}: og:url ${meta(html, 'og:url')}`);
    if (WITH_IMAGE(route)) {
      const image = meta(html, 'og:image');
      assert.ok(image, `/${route} names a preview image`);
      assert.equal(meta(html, 'twitter:card'), 'summary_large_image');
      for (const lang of ['en', 'ru', 'kk']) {
        const png = await fetch(new URL(image.replace(/en\.png$/, `${lang}.png`), site.url));
        assert.equal(png.status, 200, `${image} (${lang})`);
        assert.deepEqual(pngSize(Buffer.from(await png.arrayBuffer())), [1200, 630], `${image} (${lang}) is 1200x630`);
      }
    }
  }
});

test('the description carries the page\'s key figure, as the page shows it', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const route of ['', 'regions/KZ-61']) {
    await page.goto(site.url + route);
    const figure = await page.locator('#prerendered > [lang="en"] .figure-card:not(.no-figure) .value').first().innerText();
    const label = await page.locator('#prerendered > [lang="en"] .figure-card:not(.no-figure) h3').first().innerText();
    const description = decoded(await page.locator('meta[name="description"]').getAttribute('content'));
    assert.ok(description.includes(`${label}: ${figure}`), `/${route}: "${description}" names ${label}: ${figure}`);
  }
  const event = snapshot.events.find((e) => e.measures.some((m) => m.value !== null));
  await page.goto(`${site.url}events/${event.id}`);
  assert.match(decoded(await page.locator('meta[property="og:description"]').getAttribute('content')), /\d/, 'an event\'s description has its figures');
  await context.close();
});

test('with JavaScript off, events, event pages with every source link, regions, data and about read fully', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  const shown = (selector) => page.locator(`#prerendered > [lang="en"] ${selector}`);
  await page.goto(`${site.url}events`);
  for (const e of snapshot.events) assert.ok(await shown(`a[href$="events/${e.id}"]`).count() > 0, `the list links ${e.id}`);
  const url = new Map(snapshot.sources.map((s) => [s.id, s.url]));
  let checked = 0;
  for (const e of snapshot.events) {
    await page.goto(`${site.url}events/${e.id}`);
    assert.ok(await shown('h1').isVisible(), `${e.id} has its heading`);
    const links = [...new Set(e.measures.flatMap((m) => m.sources))].map((id) => url.get(id)).filter(Boolean);
    checked += links.length;
    for (const link of links) assert.ok(await shown(`a[href="${link.replace(/"/g, '\\"')}"]`).count() > 0, `${e.id} links its source ${link}`);
  }
  assert.ok(checked > snapshot.events.length, `${checked} source links checked`);
  await page.goto(`${site.url}regions/KZ-35`);
  assert.equal(await shown('h1').innerText(), snapshot.regions.find((r) => r.code === 'KZ-35').names.en);
  await page.goto(`${site.url}data`);
  assert.ok(await shown('.changes h2').count() > 0, 'the lists of changes are on the page, not "loading"');
  assert.equal(await shown('.loading').count(), 0);
  await page.goto(`${site.url}about`);
  assert.ok((await shown('main').innerText()).length > 1000, 'about reads in full');
  await page.goto(site.url);
  assert.match(await shown('.filters noscript, .filters .needs-js').first().innerText(), /filters need JavaScript/);
  assert.ok(await shown('.figure-card .value').first().isVisible(), 'the dashboard shows its figures');
  await context.close();
});

test('no wrong language before the app runs: lang= or the browser\'s language picks the copy', async () => {
  for (const [locale, query, lang] of [['en-US', '?lang=kk', 'kk'], ['ru-RU', '', 'ru'], ['kk-KZ', '?lang=en', 'en'], ['de-DE', '', 'en']]) {
    for (const route of ['', `events/${snapshot.events[0].id}`, 'regions/KZ-10', 'embed/map']) {
      const page = await heldBack({ width: 390, height: 800 }, locale);
      await page.goto(site.url + route + query);
      const before = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        headings: [...document.querySelectorAll('h1')].filter((h) => h.checkVisibility()).map((h) => h.textContent),
        title: document.title,
      }));
      page.release();
      await takenOver(page);
      const app = await page.evaluate(() => ({ heading: document.querySelector('main h1').textContent, title: document.title }));
      assert.equal(before.lang, lang, `${locale} ${route}${query}: <html lang>`);
      assert.deepEqual(before.headings, [app.heading], `${locale} ${route}${query}: the heading before the app is the app's`);
      assert.equal(before.title, app.title, `${locale} ${route}${query}: the tab's title before the app is the app's`);
      page.assertNoPanic();
      await page.closeAll();
    }
  }
});

test('an address that names another view never shows the pre-rendered figures, even for a moment', async () => {
  for (const path of ['?region=KZ-35&from=2024', 'regions/KZ-35?from=2024', '?metric=criminal_cases', 'events?q=farm',
    `events/${snapshot.events[0].id}?snapshot=2026-11-22`, 'embed/map?metric=criminal_cases', '?currency=USD']) {
    const page = await heldBack({ width: 390, height: 800 }, 'en-US');
    // every frame until the app takes over: no pre-rendered figure, row or chart may be visible
    await page.addInitScript(() => {
      window.__seen = [];
      const look = () => {
        for (const el of document.querySelectorAll('#prerendered main *')) {
          if (el.children.length === 0 && el.textContent.trim() && el.checkVisibility({ visibilityProperty: true })) {
            window.__seen.push(el.textContent.trim().slice(0, 40));
            break;
          }
        }
        if (document.getElementById('prerendered') || !document.getElementById('app')) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(site.url + path);
    await sleep(300);
    const placeholder = await page.evaluate(() => document.querySelector('#prerendered main')?.getBoundingClientRect().height ?? 0);
    assert.ok(placeholder > 200, `${path}: a placeholder of the page's size (${placeholder}px) holds the place`);
    page.release();
    await takenOver(page);
    assert.deepEqual(await page.evaluate(() => window.__seen), [], `${path}: nothing of the pre-rendered view showed`);
    assert.ok(await page.locator('main h1').isVisible(), `${path}: the app shows the view`);
    page.assertNoPanic();
    await page.closeAll();
  }
});

test('the app takes over without a layout shift, on a phone and a desktop, in en and kk', async () => {
  for (const [width, locale] of [[390, 'en-US'], [390, 'kk-KZ'], [1280, 'en-US'], [1280, 'kk-KZ']]) {
    for (const route of ['', `events/${snapshot.events[0].id}`, 'regions/KZ-61', 'embed/timeline']) {
      const page = await heldBack({ width, height: 800 }, locale);
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shift += e.value; })
          .observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(site.url + route);
      // what a reader sees in the first screen: its place before and after the app runs
      const boxes = () => page.evaluate(() => {
        const root = document.getElementById('prerendered')
          ? document.querySelector(`#prerendered > [lang="${document.documentElement.lang}"]`) : document.getElementById('app');
        // charts are drawn for a 412-px screen and redrawn for the reader's: what comes before them
        const chart = root.querySelector('svg.chart-svg, .chart svg, svg');
        const before = (e) => !chart || (e.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING && !e.contains(chart));
        return [...root.querySelectorAll('header, main h1, main h2, .figure-card, .filters, main p, main dl')]
          .filter(before)
          .map((e) => e.getBoundingClientRect()).filter((b) => b.height > 0 && b.top < innerHeight)
          .map((b) => [Math.round(b.left), Math.round(b.top), Math.round(b.width), Math.round(b.height)].join(','));
      });
      const before = await boxes();
      page.release();
      await takenOver(page);
      await sleep(300);
      const after = await boxes();
      assert.ok(before.length > 0, `${route} at ${width}: the first screen has content`);
      assert.deepEqual(after.slice(0, before.length), before, `${route} at ${width} (${locale}): the first screen stays in place`);
      const shift = await page.evaluate(() => window.__shift);
      assert.ok(shift <= 0.01, `${route} at ${width} (${locale}): layout shift ${shift}`);
      page.assertNoPanic();
      await page.closeAll();
    }
  }
});
