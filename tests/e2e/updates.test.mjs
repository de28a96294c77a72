// A change redraws what changed and nothing else. The page is watched with a MutationObserver
// while the reader changes one thing; the test counts the elements taken out of the page and
// checks that the parts the change does not touch are the very same nodes afterwards (a part
// drawn again is a new node, even when it reads the same). In kk, ru and en, on a phone and a
// desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveBuild, newPage, open, pngSize } from './helpers.mjs';

let browser, site;
before(async () => { browser = await launch(); site = await serveBuild('subpath'); });
after(async () => { await browser?.close(); await site?.close(); });

const SIZES = [{ width: 360, height: 780 }, { width: 1280, height: 900 }];

// Marks every element of <main> (a part drawn anew is a new node) and records every change the
// app then makes inside <main>: nodes added or removed, attributes and text set. A link's address
// is left out: links keep the reader's whole view (currency, metric) and follow it in place.
async function watch(page) {
  await page.evaluate(() => {
    window.__touched = [];
    window.__removed = 0;
    window.__removedInCharts = 0;
    window.__before = document.querySelectorAll('main *').length;
    for (const el of document.querySelectorAll('main *')) el.__kept = true;
    window.__observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && r.attributeName === 'href') continue;
        window.__touched.push(r.target);
        // a chart's picture, table and notes are set in one step, each as a whole: what is
        // replaced there is counted apart
        const inChart = r.target.nodeType === 1 && r.target.closest('.chart-svg, .chart-table, .chart-notes');
        for (const node of r.removedNodes) {
          if (node.nodeType !== 1) continue;
          const count = 1 + node.querySelectorAll('*').length;
          if (inChart) window.__removedInCharts += count;
          else window.__removed += count;
        }
      }
    });
    window.__observer.observe(document.querySelector('main'), {
      childList: true, subtree: true, attributes: true, characterData: true,
    });
  });
}

// For each selector: whether its element is the node it was, and nothing in it was changed.
const untouched = (page, selectors) => page.evaluate((list) => Object.fromEntries(list.map((s) => {
  const el = document.querySelector(s);
  const same = Boolean(el && el.__kept && el.isConnected);
  return [s, same && !window.__touched.some((t) => el.contains(t))];
})), selectors);

// Each figure card: its metric, its text, and whether anything in it was changed.
const cardsNow = (page) => page.evaluate(() => [...document.querySelectorAll('.figure-card')].map((c) => ({
  metric: c.dataset.metric,
  text: c.innerText,
  touched: !c.__kept || window.__touched.some((t) => c.contains(t)),
  converted: Boolean(c.querySelector('.converted')),
})));

// Chooses a value in a select and waits until the page has followed it.
async function change(page, select, value) {
  const before = await page.evaluate(() => location.search);
  await page.selectOption(select, value);
  await page.waitForFunction((b) => location.search !== b, before);
  // two frames with nothing more to do
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await page.waitForTimeout(100);
  return page.evaluate(() => ({ removed: window.__removed, inCharts: window.__removedInCharts, before: window.__before }));
}

test('a change of year redraws the figures that change, not the page around them', async () => {
  for (const viewport of SIZES) {
    for (const lang of ['en', 'kk', 'ru']) {
      const page = await newPage(browser, viewport, lang);
      await open(page, site.url, lang === 'en' ? '' : `${lang}/`);
      const headline = await page.locator('p.headline').innerText();
      await page.selectOption('#filter-year', '2022');
      await page.waitForFunction((h) => document.querySelector('p.headline')?.innerText !== h, headline);
      const before = await cardsNow(page);
      await watch(page);
      const { removed, inCharts, before: total } = await change(page, '#filter-year', '2024');
      const where = `${lang} at ${viewport.width} px`;
      const parts = await untouched(page, [
        'main h1', '.region-list', '#filter-year', '#figures-heading', '.method-note',
        '.chart-actions .embed-button', '#chart-metric', '#chart-currency', '.chart-step',
        '.downloads h2',
        ...['timeline', 'regions', 'map'].flatMap((c) => [`#chart-${c}-figure .chart-actions`, `#chart-${c}-figure summary`]),
      ]);
      for (const [part, same] of Object.entries(parts)) {
        assert.ok(same, `${where}: ${part} is not drawn again on a change of year`);
      }
      // each chart keeps its frame (heading, picture, table, notes, buttons): only what is
      // inside the picture, the table and the notes is set again
      const frames = await page.evaluate(() => ['#chart-timeline-figure', '#chart-regions-figure', '#chart-map-figure'].map((s) => {
        const figure = document.querySelector(s);
        const parts = figure ? [figure, ...figure.querySelectorAll('h2, .chart-body, svg.chart-svg, details.chart-table, summary, .chart-notes, .chart-actions button')] : [];
        return { chart: s, parts: parts.length, kept: parts.filter((e) => e.__kept && e.isConnected).length };
      }));
      for (const f of frames) {
        assert.ok(f.parts >= 8, `${where}: ${f.chart} is on the page with its frame (${f.parts} parts)`);
        assert.equal(f.kept, f.parts, `${where}: ${f.chart} keeps its frame on a change of year`);
      }
      // a card whose figures are the same in both years is left alone; the others are redrawn
      const after = await cardsNow(page);
      const same = after.filter((c) => before.some((b) => b.metric === c.metric && b.text === c.text));
      const changed = after.filter((c) => !same.includes(c));
      assert.ok(changed.length > 0, `${where}: some figures differ between 2022 and 2024`);
      for (const card of same) assert.ok(!card.touched, `${where}: the ${card.metric} card reads the same and is not redrawn`);
      for (const card of changed) assert.ok(card.touched, `${where}: the ${card.metric} card follows the year`);
      assert.ok(removed < 150, `${where}: ${removed} elements were replaced outside the charts`);
      assert.ok(inCharts < total * 0.6, `${where}: ${inCharts} elements of the charts' pictures, tables and notes were replaced, of ${total} on the page`);
      page.assertNoPanic();
      await page.closeAll();
    }
  }
});

test('a change of the chart metric leaves every figure card as it was', async () => {
  for (const lang of ['en', 'ru']) {
    const page = await newPage(browser, SIZES[0], lang);
    await open(page, site.url, lang === 'en' ? '' : `${lang}/`);
    const cards = await page.locator('.figure-card').count();
    assert.ok(cards > 3, 'the dashboard has figure cards');
    await watch(page);
    await change(page, '#chart-metric', 'farms_shut');
    const now = await cardsNow(page);
    assert.equal(now.length, cards);
    for (const card of now) assert.ok(!card.touched, `${lang}: the ${card.metric} card is not redrawn when only the chart changes`);
    const parts = await untouched(page, ['p.headline', '.cited-sources', '.method-note']);
    for (const [part, same] of Object.entries(parts)) assert.ok(same, `${lang}: ${part} stays`);
    // the chart did change: its columns now count farms
    const timeline = await untouched(page, ['#chart-timeline-figure']);
    assert.ok(!timeline['#chart-timeline-figure'], 'the timeline is redrawn');
    page.assertNoPanic();
    await page.closeAll();
  }
});

test('a change of currency redraws the money cards only, and no chart of events', async () => {
  const page = await newPage(browser, SIZES[1], 'kk');
  await open(page, site.url, 'kk/');
  await watch(page);
  await change(page, '#chart-currency', 'USD');
  const cards = await cardsNow(page);
  const money = cards.filter((c) => c.converted);
  assert.ok(money.length > 0, 'money totals are converted to USD');
  assert.ok(money.every((c) => c.touched), 'each converted card is redrawn');
  assert.ok(cards.filter((c) => !c.converted).every((c) => !c.touched), `the other cards stay: ${JSON.stringify(cards)}`);
  const charts = await untouched(page, ['#chart-timeline-figure', '#chart-regions-figure', '#chart-map-figure']);
  for (const [part, same] of Object.entries(charts)) {
    assert.ok(same, `${part}, which counts events, is not drawn again`);
  }
  page.assertNoPanic();
  await page.closeAll();
});

test('the tab\'s icon is a small PNG, the icon Chromium fetches again on every change of address', async () => {
  for (const lang of ['en', 'kk', 'ru']) {
    const page = await newPage(browser, SIZES[0], lang);
    const icons = [];
    page.on('response', (r) => { if (/favicon/.test(r.url())) icons.push({ url: r.url(), status: r.status(), type: r.headers()['content-type'] }); });
    await open(page, site.url, lang === 'en' ? '' : `${lang}/`);
    const link = await page.evaluate(() => document.querySelector('link[rel="icon"]')?.href);
    assert.match(link ?? '', /\/minewatch\/favicon\.png$/, `${lang}: the page names a PNG icon`);
    assert.deepEqual(pngSize(await (await page.request.get(link)).body()), [64, 64], `${lang}: the icon is a 64 px square PNG`);
    for (const year of ['2022', '2024', '']) await change(page, '#filter-year', year);
    // the browser's own requests (the test's fetch above is not the page's)
    assert.ok(icons.length >= 1, `${lang}: the browser fetched the icon (${icons.length} answers)`);
    for (const icon of icons) {
      assert.equal(icon.status, 200, `${lang}: ${icon.url} is served`);
      assert.ok(!/svg/.test(icon.type ?? '') && !/\.svg$/.test(icon.url), `${lang}: no SVG icon is fetched (${icon.url})`);
    }
    page.assertNoPanic();
    await page.closeAll();
  }
});
