// Charts, the map, region pages, downloads, the currency switch and print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, serveBuild, newPage, open, text, bundledSnapshot } from './helpers.mjs';

let browser, site;
const snapshot = bundledSnapshot();
before(async () => { browser = await launch(); site = await serveBuild('subpath'); });
after(async () => { await browser?.close(); await site?.close(); });

const preferredWhole = (e, metric) => e.measures.filter((m) => m.metric === metric && m.preferred && !m.region && m.value != null);

/** The (key, value) pairs a chart draws and those its table lists. */
async function drawnAndListed(page, id) {
  const drawn = await page.locator(`#${id} rect.bar`).evaluateAll((rs) => rs.map((r) => [r.dataset.key, r.dataset.value]));
  const listed = await page.locator(`#${id}-figure table.chart-data tbody tr`).evaluateAll((rs) => rs.map((r) => [r.dataset.key, r.dataset.value]));
  return { drawn, listed: new Map(listed) };
}

test('each chart and its table show the same numbers, and they match the snapshot', async () => {
  const page = await newPage(browser);
  await open(page, site.url, '?metric=farms_shut');
  await page.waitForSelector('#chart-regions rect.bar');
  for (const id of ['chart-timeline', 'chart-regions']) {
    const { drawn, listed } = await drawnAndListed(page, id);
    assert.ok(drawn.length > 0, `${id} draws bars`);
    for (const [key, value] of drawn) assert.equal(listed.get(key), value, `${id}: ${key} drawn as in the table`);
  }
  const { drawn } = await drawnAndListed(page, 'chart-regions');
  const byKey = new Map(drawn);
  const karaganda = snapshot.events.filter((e) => e.regions.length === 1 && e.regions[0] === 'KZ-35')
    .flatMap((e) => preferredWhole(e, 'farms_shut')).reduce((a, m) => a + m.value, 0);
  assert.equal(Number(byKey.get('KZ-35') ?? 0), karaganda, 'a region with no figure has no bar');
  // Of two events that may be one operation, the one its sources are surer of is counted.
  const rank = { high: 0, medium: 1, low: 2 };
  const farms = (e) => e.measures.some((m) => m.metric === 'farms_shut' && m.preferred && m.value != null);
  const second = (e) => (e.may_overlap ?? []).some((id) => {
    const other = snapshot.events.find((o) => o.id === id);
    return rank[other?.confidence] < rank[e.confidence] && farms(other) && farms(e);
  });
  const notSplit = snapshot.events
    .filter((e) => e.regions.length !== 1 && !second(e) && !e.measures.some((m) => m.metric === 'farms_shut' && m.region))
    .flatMap((e) => e.measures.filter((m) => m.metric === 'farms_shut' && m.preferred && !m.region && m.value != null))
    .reduce((a, m) => a + m.value, 0);
  assert.equal(Number(byKey.get('not-split')), notSplit, 'national and multi-region farms shown apart');
  await page.click('#chart-timeline-figure summary');
  assert.match(await text(page, '#chart-timeline-figure table.chart-data'), /farms/);
  // Bars are drawn to one scale: the equipment found in Almaty Region and in Karaganda Region.
  await open(page, site.url, '?metric=equipment_units_found');
  await page.waitForSelector('#chart-regions rect.bar');
  const found = (code) => snapshot.events.filter((e) => e.regions.length === 1 && e.regions[0] === code)
    .flatMap((e) => preferredWhole(e, 'equipment_units_found')).reduce((a, m) => a + m.value, 0);
  const widths = new Map(await page.locator('#chart-regions rect.bar').evaluateAll((rs) => rs.map((r) => [r.dataset.key, Number(r.getAttribute('width'))])));
  const ratio = widths.get('KZ-19') / widths.get('KZ-35');
  assert.ok(found('KZ-35') > 0 && Math.abs(ratio - found('KZ-19') / found('KZ-35')) < 0.01, `bars are drawn to one scale (ratio ${ratio})`);
  page.assertNoPanic();
  await page.closeAll();
});

test('tooltips answer the mouse, a tap and the arrow keys', async () => {
  const page = await newPage(browser);
  await open(page, site.url);
  const body = page.locator('#chart-timeline-figure .chart-body');
  await body.focus();
  await page.keyboard.press('ArrowRight');
  assert.match(await text(page, '#chart-timeline-figure .tooltip'), /^\d{4}: \d+ events?$/);
  await page.keyboard.press('End');
  const last = await text(page, '#chart-timeline-figure .tooltip');
  const bar = page.locator('#chart-timeline rect.bar').first();
  await bar.hover();
  assert.notEqual(await text(page, '#chart-timeline-figure .tooltip'), last, 'the pointer picks another column');
  await page.locator('#chart-regions rect.bar').first().dispatchEvent('pointerdown', { clientX: 0, clientY: 0 });
  page.assertNoPanic();
  await page.closeAll();
});

// WCAG's contrast ratio of two computed colours ("rgb(r, g, b)")
function contrast(a, b) {
  const luminance = (css) => {
    const [r, g, bl] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('every map tile is named, reachable by keyboard, and opens its region page', async () => {
  const page = await newPage(browser);
  await open(page, site.url);
  const tiles = page.locator('#chart-map a.tile');
  assert.equal(await tiles.count(), 20);
  const names = await tiles.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
  for (const region of snapshot.regions) {
    assert.ok(names.some((n) => n.startsWith(`${region.names.en}: `)), `${region.names.en} has a named tile`);
  }
  // each tile's words are centred, and read on its colour (an uncoloured tile's are in the page's)
  const words = await tiles.evaluateAll((as) => as.flatMap((a) => {
    const box = getComputedStyle(a.querySelector('rect')).fill;
    return [...a.querySelectorAll('text')].map((t) => ({
      code: a.dataset.code, fill: getComputedStyle(t).fill, box, page: getComputedStyle(a).color, anchor: getComputedStyle(t).textAnchor,
    }));
  }));
  assert.ok(words.length >= 40, `every tile has its name and its figure (${words.length} texts)`);
  assert.ok(words.some((w) => w.box !== 'none'), 'some tiles are coloured');
  for (const w of words) {
    if (w.box === 'none') assert.equal(w.fill, w.page, `${w.code}: an uncoloured tile's words are in the page's colour`);
    else assert.ok(contrast(w.fill, w.box) >= 4.5, `${w.code}: its words (${w.fill}) read on its colour (${w.box})`);
    assert.equal(w.anchor, 'middle', `${w.code}: its words are centred`);
  }
  await tiles.first().focus();
  const reached = new Set([await page.evaluate(() => document.activeElement.dataset.code)]);
  for (let i = 0; i < 19; i += 1) {
    await page.keyboard.press('Tab');
    reached.add(await page.evaluate(() => document.activeElement?.dataset?.code));
  }
  assert.equal(reached.size, 20, 'Tab walks through all 20 tiles');
  await page.locator('#chart-map a.tile[data-code="KZ-63"]').focus();
  assert.match(await text(page, '#chart-map-figure .tooltip'), /^East Kazakhstan Region: /);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/minewatch\/regions\/KZ-63$/);
  assert.equal(await text(page, 'h1'), 'East Kazakhstan Region');
  assert.match(await text(page, '.summary-sentence'), /the sources report \d+ enforcement actions? in East Kazakhstan Region/);
  assert.match(await text(page, '.scope-notes'), /included today's Abai/);
  page.assertNoPanic();
  await page.closeAll();
});

test('the CSV download holds exactly the figures of the listed events', async () => {
  const page = await newPage(browser);
  await open(page, site.url, 'events?region=KZ-35&from=2022');
  const listed = await page.locator('table.events tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.event));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.downloads button:text("CSV")')]);
  assert.match(download.suggestedFilename(), new RegExp(`^minewatch_${snapshot.id}_KZ-35_2022-now_figures\\.csv$`));
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark for Excel');
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  assert.equal(lines[0].split(',')[0], 'event_id');
  const ids = new Set(lines.slice(1).map((l) => l.split(',')[0]));
  assert.deepEqual([...ids].sort(), [...listed].sort());
  const figures = snapshot.events.filter((e) => listed.includes(e.id)).reduce((a, e) => a + e.measures.length, 0);
  assert.equal(lines.length - 1, figures);
  assert.match(await text(page, '.download-count'), new RegExp(`^${figures} figures of ${listed.length} events`));
  page.assertNoPanic();
  await page.closeAll();
});

test('the currency switch converts with the snapshot rates and says which, leaving out what it cannot convert', async () => {
  const page = await newPage(browser);
  await open(page, site.url, '?currency=USD');
  const card = page.locator('[data-metric="equipment_value"]');
  assert.match(await card.locator('.converted-value').innerText(), /^In USD: (at least USD \d|USD \d.* or more \(partly estimated\)$)/);
  const notes = await card.locator('.converted-notes').innerText();
  assert.match(notes, /Converted at 1 USD = [\d.,]+ KZT/);
  assert.match(notes, /own figure is used/);
  await page.selectOption('#chart-currency', 'KZT');
  await page.waitForURL(/\?currency=KZT$/);
  const inTenge = await card.locator('.converted-notes').innerText();
  assert.match(inTenge, /Left out: amounts that cannot be converted.*Talgar/s, 'no rate for August 2022: the dollars are left out, not guessed');
  page.assertNoPanic();
  await page.closeAll();
});

test('print shows the figures and charts without the navigation or controls, on one A4 page', async () => {
  const page = await newPage(browser);
  await open(page, site.url, 'regions/KZ-35');
  await page.emulateMedia({ media: 'print' });
  const shown = (sel) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).display !== 'none');
  assert.equal(await shown('header nav'), false);
  assert.equal(await shown('.chart-controls'), false);
  assert.equal(await shown('.downloads'), false);
  assert.equal(await shown('.figure-card'), true);
  assert.equal(await shown('#chart-timeline'), true);
  const pages = async () => {
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  };
  assert.equal(await pages(), 1, 'the region page is a one-pager');
  await page.emulateMedia({ media: 'screen' });
  await open(page, site.url, '');
  await page.emulateMedia({ media: 'print' });
  // The dashboard adds the official statistics after its figures and charts: two pages at most.
  assert.ok(await pages() <= 2, 'the dashboard prints on at most two pages');
  for (const lang of ['ru', 'kk']) {
    for (const [path, most] of [['regions/KZ-35', 1], ['', 2]]) {
      await page.emulateMedia({ media: 'screen' });
      await open(page, site.url, `${path}?lang=${lang}`);
      await page.emulateMedia({ media: 'print' });
      assert.ok(await pages() <= most, `/${path} in ${lang} prints on at most ${most} page(s)`);
    }
  }
  page.assertNoPanic();
  await page.closeAll();
});

test('a chart downloads as SVG and PNG with its title, filter, data date and credit inside', async () => {
  const page = await newPage(browser);
  await open(page, site.url, '?region=KZ-35&metric=power_mw');
  const figure = page.locator('#chart-timeline-figure');
  const [svgFile] = await Promise.all([page.waitForEvent('download'), figure.locator('button:text("SVG")').click()]);
  assert.match(svgFile.suggestedFilename(), new RegExp(`^minewatch_${snapshot.id}_KZ-35_power_mw_timeline\\.svg$`));
  const svg = (await readFile(await svgFile.path())).toString('utf8');
  assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg, /<style>[^<]*\.bar[^<]*fill:#3182bd/, 'the image carries its own colours');
  assert.match(svg, /Power involved \(MW\) by month/);
  assert.match(svg, new RegExp(`Karaganda Region · all dates · data snapshot ${snapshot.id}`));
  assert.match(svg, new RegExp(`Source: Minewatch, snapshot ${snapshot.id} \\(CC BY 4\\.0\\)`));
  const [pngFile] = await Promise.all([page.waitForEvent('download'), figure.locator('button:text("PNG")').click()]);
  assert.match(pngFile.suggestedFilename(), /_timeline\.png$/);
  const png = await readFile(await pngFile.path());
  assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
  assert.ok(png.length > 5000, 'the PNG has the drawing in it');
  page.assertNoPanic();
  await page.closeAll();
});
