// Pre-rendered pages (minewatch render, run by Trunk's hook): every route is a real file with its
// content, title, description and link-preview tags; it reads with JavaScript off; it never shows
// the wrong language or another view's figures before the app runs; the app takes over in place;
// and its data is on its way before the app's code (the head asks for the manifest and the snapshot
// file the app will read while the WebAssembly still downloads; the app reads those answers).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serveBuild, newPage, bundledSnapshot, takenOver, pngSize, holdTheApp, holdRequests, ORIGIN, ROOT } from './helpers.mjs';

const snapshot = bundledSnapshot();
const CHARTS = ['totals', 'timeline', 'regions', 'map', 'events'];
const ROUTES = ['', 'events', ...snapshot.events.map((e) => `events/${e.id}`),
  ...snapshot.regions.map((r) => `regions/${r.code}`), 'data', 'about', ...CHARTS.map((c) => `embed/${c}`)];
const WITH_IMAGE = (route) => route === '' || route === 'events' || /^(regions|events)\/./.test(route);
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
  page.release = (await holdTheApp(page)).release;
  return page;
}

const meta = (html, key) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
const decoded = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const LANGS = [['', 'en'], ['ru/', 'ru'], ['kk/', 'kk']];

test('every route answers 200 in each language with one language, its tags, alternates and preview image', async () => {
  for (const route of ROUTES) {
    for (const [prefix, lang] of LANGS) {
      const path = prefix + route;
      const response = await fetch(site.url + path);
      assert.equal(response.status, 200, `/${path} answers 200`);
      const html = await response.text();
      assert.match(html, new RegExp(`<html lang="${lang}">`), `/${path}: <html lang>`);
      assert.equal((html.match(/<div lang="(en|ru|kk)">/g) || []).length, 1, `/${path} holds one language`);
      assert.match(html, new RegExp(`<div lang="${lang}">[\\s\\S]*?<main`), `/${path} holds its ${lang} page`);
      assert.match(html, /<h1[^>]*>[^<]+/, `/${path} has a heading`);
      for (const key of ['og:title', 'og:description', 'og:url', 'og:locale', 'twitter:card', 'twitter:title']) assert.ok(meta(html, key), `/${path}: ${key}`);
      assert.equal(meta(html, 'og:url'), `${ORIGIN}/minewatch/${path}`, `/${path}: og:url is absolute`);
      assert.equal(meta(html, 'og:locale'), { en: 'en_GB', ru: 'ru_RU', kk: 'kk_KZ' }[lang]);
      for (const [other, code] of [...LANGS.map(([p, l]) => [p, l]), ['', 'x-default']]) {
        assert.ok(html.includes(`<link rel="alternate" hreflang="${code}" href="${ORIGIN}/minewatch/${other}${route}">`), `/${path} names its ${code} page`);
      }
      assert.ok(html.includes(`<link rel="canonical" href="${ORIGIN}/minewatch/${path}">`), `/${path}: canonical`);
      if (WITH_IMAGE(route)) {
        const image = meta(html, 'og:image');
        assert.ok(image?.startsWith(`${ORIGIN}/minewatch/previews/`) && image.endsWith(`/${lang}.png`), `/${path}: ${image}`);
        assert.equal(meta(html, 'twitter:card'), 'summary_large_image');
        const png = await fetch(image.replace(`${ORIGIN}/minewatch/`, site.url));
        assert.equal(png.status, 200, image);
        assert.deepEqual(pngSize(Buffer.from(await png.arrayBuffer())), [1200, 630], `${image} is 1200x630`);
      }
    }
  }
  // the sitemap names every page in every language, and robots.txt names the sitemap
  const sitemap = await (await fetch(`${site.url}sitemap.xml`)).text();
  assert.equal((sitemap.match(/<url>/g) || []).length, ROUTES.length * 3);
  assert.ok(sitemap.includes(`<loc>${ORIGIN}/minewatch/kk/events/${snapshot.events[0].id}</loc>`));
  assert.match(await (await fetch(`${site.url}robots.txt`)).text(), new RegExp(`Sitemap: ${ORIGIN}/minewatch/sitemap.xml`));
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

test('no wrong language before the app runs: the path, an old lang= link or the bare address\'s browser language', async () => {
  const event = `events/${snapshot.events[0].id}`;
  for (const [locale, path, lang, landing] of [
    ['en-US', `kk/${event}`, 'kk', `kk/${event}`],
    ['ru-RU', event, 'en', event],
    ['en-US', `${event}?lang=kk`, 'kk', `kk/${event}`],
    ['kk-KZ', 'ru/regions/KZ-10?lang=en', 'en', 'regions/KZ-10'],
    ['en-US', 'embed/map?lang=ru', 'ru', 'ru/embed/map'],
    ['kk-KZ', '', 'kk', 'kk/'],
    ['ru-RU', '', 'ru', 'ru/'],
    ['de-DE', '', 'en', ''],
  ]) {
    const page = await heldBack({ width: 390, height: 800 }, locale);
    // every frame: the language of what is visible
    await page.addInitScript(() => {
      window.__langs = [];
      const look = () => {
        const h = [...document.querySelectorAll('h1')].find((x) => x.checkVisibility({ visibilityProperty: true }));
        if (h) window.__langs.push(document.documentElement.lang);
        if (document.getElementById('prerendered') || !document.getElementById('app')) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(site.url + path);
    await page.waitForURL(site.url + landing);
    await page.waitForSelector('#prerendered h1');
    const before = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      headings: [...document.querySelectorAll('h1')].filter((h) => h.checkVisibility()).map((h) => h.textContent),
      title: document.title,
    }));
    page.release();
    await takenOver(page);
    const app = await page.evaluate(() => ({ heading: document.querySelector('main h1').textContent, title: document.title }));
    assert.equal(before.lang, lang, `${locale} ${path}: <html lang>`);
    assert.deepEqual(before.headings, [app.heading], `${locale} ${path}: the heading before the app is the app's`);
    assert.equal(before.title, app.title, `${locale} ${path}: the tab's title before the app is the app's`);
    assert.deepEqual([...new Set(await page.evaluate(() => window.__langs))], [lang], `${locale} ${path}: no frame showed another language`);
    page.assertNoPanic();
    await page.closeAll();
  }
});

test('with JavaScript off, the Kazakh and Russian pages read in their language and link within it', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  for (const [lang, heading] of [['kk', 'Оқиғалар'], ['ru', 'События']]) {
    await page.goto(`${site.url}${lang}/events`);
    const shown = page.locator(`#prerendered > [lang="${lang}"]`);
    assert.equal(await shown.locator('h1').innerText(), heading);
    const href = await shown.locator(`a[href$="${lang}/events/${snapshot.events[0].id}"]`).first().getAttribute('href');
    await page.goto(new URL(href, page.url()).href);
    assert.ok(await page.locator(`#prerendered > [lang="${lang}"] table.measures`).isVisible(), `${lang}: the event's figures`);
    await page.goto(`${site.url}${lang}/regions/KZ-35`);
    assert.equal(await page.locator(`#prerendered > [lang="${lang}"] h1`).innerText(), snapshot.regions.find((r) => r.code === 'KZ-35').names[lang]);
  }
  await context.close();
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

test('the app takes over without a layout shift, on a phone and a desktop, in en, kk and ru', async () => {
  for (const [width, locale, prefix] of [[390, 'en-US', ''], [390, 'kk-KZ', 'kk/'], [1280, 'en-US', ''], [1280, 'ru-RU', 'ru/']]) {
    for (const route of ['', `events/${snapshot.events[0].id}`, 'regions/KZ-61', 'embed/timeline'].map((r) => prefix + r)) {
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

test('while the app draws itself behind the pre-rendered page, the reader sees, scrolls and tabs through the copy alone', async () => {
  for (const [width, locale, route] of [[390, 'kk-KZ', 'kk/'], [1280, 'ru-RU', 'ru/regions/KZ-61'], [390, 'en-US', 'embed/map']]) {
    const page = await newPage(browser, { width, height: 800 }, locale);
    // the app's code runs, but its snapshot is held: the app stays behind the copy
    const release = await holdRequests(page, /\/data\/snapshots\//);
    await page.goto(site.url + route);
    await page.waitForFunction(() => document.getElementById('app')?.hidden === true && document.querySelector('#app header, #app main'));
    const embed = route.startsWith('embed/');
    await page.evaluate(() => window.scrollTo(0, 600));
    const seen = () => page.evaluate(() => {
      const at = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
      const copy = document.getElementById('prerendered');
      const app = document.getElementById('app');
      return {
        inCopy: !!at && !!copy && copy.contains(at),
        text: at?.textContent.trim().slice(0, 60),
        y: Math.round(scrollY),
        appShown: [...app.querySelectorAll('*')].some((e) => e.checkVisibility({ visibilityProperty: true })),
        appHeight: Math.round(app.getBoundingClientRect().height),
        pageHeight: Math.round(document.documentElement.getBoundingClientRect().height),
        copyHeight: copy ? Math.round(copy.getBoundingClientRect().height) : 0,
      };
    });
    const behind = await seen();
    assert.ok(behind.inCopy, `${route} at ${width}: what the reader sees is the copy`);
    assert.equal(behind.appShown, false, `${route} at ${width}: nothing of the app behind it shows`);
    if (embed) {
      // an embed's page is as tall as its copy: the height the host page is told is the copy's
      assert.equal(behind.appHeight, 0, `${route}: the app takes no room in an embed until it shows`);
      assert.equal(behind.pageHeight, behind.copyHeight, `${route}: the page is as tall as the copy`);
    } else {
      assert.ok(behind.appHeight > 0, `${route} at ${width}: the app is laid out where it will show (${behind.appHeight}px)`);
    }
    // the keyboard goes through the copy's links and controls, never into the app behind it
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => (document.activeElement === document.body ? 'body'
        : document.getElementById('app').contains(document.activeElement) ? 'app' : 'copy'));
      assert.notEqual(where, 'app', `${route} at ${width}: Tab ${i + 1} stays out of the hidden app`);
    }
    await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 600); });
    const before = await seen();
    release();
    await takenOver(page);
    await page.waitForFunction(() => !document.querySelector('.loading'));
    await sleep(300);
    const after = await seen();
    assert.equal(after.y, before.y, `${route} at ${width}: the page stays where the reader scrolled it`);
    if (!embed) assert.equal(after.text, before.text, `${route} at ${width}: the same words in the middle of the screen after the takeover`);
    page.assertNoPanic();
    await page.closeAll();
  }
});

const manifest = JSON.parse(readFileSync(join(ROOT, 'public/data/manifest.json'), 'utf8'));
const fileOf = (id) => manifest.snapshots.find((s) => s.id === id).path;
const oldest = manifest.snapshots[manifest.snapshots.length - 1].id;

const cases = [
  ['the English dashboard', '', fileOf(manifest.latest), '#app:not([hidden]) .figure-card .value', { width: 390, height: 800 }],
  ['a filtered Kazakh link (not pre-rendered)', 'kk/?region=KZ-35&from=2022', fileOf(manifest.latest), '#app:not([hidden]) .figure-card .value', { width: 390, height: 800 }],
  ['a Russian embed pinned to the first snapshot', `ru/embed/map?snapshot=${oldest}`, fileOf(oldest), '#chart-map a.tile', { width: 600, height: 500 }],
];

for (const [name, path, file, shown, viewport] of cases) {
  test(`${name}: its data is asked for before the app's code arrives, and asked for once`, async () => {
    const page = await newPage(browser, viewport);
    const app = await holdTheApp(page);
    await page.goto(site.url + path, { waitUntil: 'commit' });
    // while the WebAssembly is held: the manifest, then the snapshot file the app will read
    await page.waitForRequest((r) => r.url().endsWith('/data/manifest.json'), { timeout: 15000 });
    await page.waitForRequest((r) => r.url().endsWith(`/data/${file}`), { timeout: 15000 });
    app.release();
    await page.waitForSelector(shown, { timeout: 30000 });
    await page.waitForFunction(() => !document.querySelector('.loading'));
    const paths = app.asked.map((a) => a.path);
    assert.deepEqual(app.asked.filter((a) => a.whileHeld).map((a) => a.path), ['manifest.json', file], 'asked for before the app ran');
    for (const p of new Set(paths)) assert.equal(paths.filter((x) => x === p).length, 1, `${p} asked for once: ${paths}`);
    page.assertNoPanic();
    await page.closeAll();
  });
}

test('without the early answers (its request failed) the app asks for the data itself and shows it', async () => {
  const page = await newPage(browser, { width: 390, height: 800 });
  // the head's early request for the snapshot fails once; the app asks again and shows the data
  let failed = 0;
  await page.route(/\/data\/snapshots\//, async (route) => {
    if (failed === 0) { failed += 1; await route.abort(); } else await route.continue();
  });
  await page.goto(`${site.url}?region=KZ-35`);
  await page.waitForSelector('#app:not([hidden]) .figure-card .value', { timeout: 30000 });
  assert.equal(failed, 1, 'the early request was made and failed');
  page.assertNoPanic();
  await page.closeAll();
});

// What a reader chooses on a pre-rendered page before the app is there (seconds on a slow phone)
// is what the app shows when it takes over: the same view as the address of that choice.
const localeText = (lang) => JSON.parse(readFileSync(join(ROOT, `locales/${lang}.json`), 'utf8'));
const rowsOf = (page) => page.locator('#app table.events tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.event));

async function chooseBeforeTheApp({ path, viewport, locale, lang, choose, expect, shown }) {
  const page = await heldBack(viewport, locale);
  await page.goto(site.url + path);
  await page.waitForSelector('#prerendered .filters');
  assert.equal(await page.locator('#prerendered .early-note').isVisible(), false, `${path}: no note before any choice`);
  page.headlineBefore = await page.evaluate(() => document.querySelector('#prerendered .headline')?.textContent);
  await choose(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.view), 'chosen', `${path}: the page knows of the choice`);
  const note = page.locator('#prerendered .early-note');
  assert.ok(await note.isVisible(), `${path}: a note says the choice is being applied`);
  assert.equal((await note.textContent()).trim(), localeText(lang).filter.applying, `${path}: in the page's language`);
  // what the copy shows no longer answers the choice: none of it may be seen
  const stale = await page.evaluate(() => [...document.querySelectorAll('#prerendered main .figures, #prerendered main .headline, #prerendered main table')]
    .filter((e) => e.checkVisibility({ visibilityProperty: true })).length);
  assert.equal(stale, 0, `${path}: the pre-rendered figures are hidden once the reader chose`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `${path}: the note fits the screen (${overflow}px too wide)`);
  page.release();
  await takenOver(page);
  await page.waitForFunction(() => !document.querySelector('.loading'));
  const params = new URL(page.url()).searchParams;
  for (const [key, value] of Object.entries(expect)) assert.equal(params.get(key), value, `${path}: the address has ${key}=${value} (${page.url()})`);
  const carried = await shown(page);
  // the same view opened from its address
  const direct = await newPage(browser, viewport, locale);
  await direct.goto(page.url());
  await takenOver(direct);
  await direct.waitForFunction(() => !document.querySelector('.loading'));
  assert.deepEqual(carried, await shown(direct), `${path}: the app shows what the address of the choice shows`);
  page.assertNoPanic();
  direct.assertNoPanic();
  await direct.closeAll();
  return page;
}

test('a filter chosen before the app takes over is kept: a phone in English, a desktop in Kazakh', async () => {
  const figures = async (page) => {
    await page.waitForSelector('#app .figure-card .value');
    return page.evaluate(() => ({
      headline: document.querySelector('#app .headline').textContent,
      year: document.querySelector('#app #filter-year').value,
      ticked: [...document.querySelectorAll('#app .region-list input:checked')].map((i) => i.value),
      cards: [...document.querySelectorAll('#app .figure-card')].map((c) => c.textContent),
    }));
  };
  const phone = await chooseBeforeTheApp({
    path: '', viewport: { width: 390, height: 800 }, locale: 'en-US', lang: 'en',
    choose: async (page) => {
      await page.selectOption('#prerendered #filter-year', '2022');
      await page.click('#prerendered .region-picker summary');
      await page.check('#prerendered .region-list input[value="KZ-35"]');
    },
    expect: { from: '2022', to: '2022', region: 'KZ-35' }, shown: figures,
  });
  const seen = await figures(phone);
  assert.equal(seen.year, '2022', 'the year list shows the year chosen');
  assert.deepEqual(seen.ticked, ['KZ-35'], 'the region chosen is ticked');
  assert.ok(phone.headlineBefore, 'the pre-rendered page had a headline');
  assert.notEqual(seen.headline, phone.headlineBefore, 'the figures are the filtered ones, not the whole country\'s');
  await phone.closeAll();
  const desktop = await chooseBeforeTheApp({
    path: 'kk/', viewport: { width: 1280, height: 800 }, locale: 'kk-KZ', lang: 'kk',
    // a region and a year, "Clear filter" (which clears the copy's controls at once), then
    // another year: the last choice counts
    choose: async (page) => {
      await page.click('#prerendered .region-picker summary');
      await page.check('#prerendered .region-list input[value="KZ-35"]');
      await page.click('#prerendered .region-picker summary');
      await page.selectOption('#prerendered #filter-year', '2022');
      await page.click('#prerendered .filters button.clear');
      assert.equal(await page.inputValue('#prerendered #filter-year'), '', 'the year list is cleared');
      assert.equal(await page.isChecked('#prerendered .region-list input[value="KZ-35"]'), false, 'the region is cleared');
      await page.selectOption('#prerendered #filter-year', '2024');
    },
    expect: { from: '2024', to: '2024', region: null }, shown: figures,
  });
  const shown = await figures(desktop);
  assert.equal(shown.year, '2024');
  assert.deepEqual(shown.ticked, [], 'the region cleared before the app took over stays cleared');
  await desktop.closeAll();
});

test('a search and an order chosen on the Russian events list before the app takes over are kept', async () => {
  const page = await chooseBeforeTheApp({
    path: 'ru/events', viewport: { width: 390, height: 800 }, locale: 'ru-RU', lang: 'ru',
    choose: async (page) => {
      await page.selectOption('#prerendered #events-sort', 'oldest');
      await page.fill('#prerendered #events-search', 'ферм');
    },
    expect: { q: 'ферм', sort: 'oldest' },
    shown: async (p) => {
      await p.waitForSelector('#app #events-search[data-lines="ready"]');
      return { box: await p.inputValue('#app #events-search'), order: await p.inputValue('#app #events-sort'), rows: await rowsOf(p) };
    },
  });
  const rows = await rowsOf(page);
  assert.ok(rows.length > 0 && rows.length < snapshot.events.length, `the search narrows the list (${rows.length} of ${snapshot.events.length})`);
  // the reader was typing: the app's box has the focus, and the next letter goes on the search
  assert.equal(await page.evaluate(() => document.activeElement?.closest('#app') && document.activeElement.id), 'events-search');
  await page.keyboard.type('а');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'ферма');
  assert.equal(await page.inputValue('#app #events-search'), 'ферма');
  await page.closeAll();
});
