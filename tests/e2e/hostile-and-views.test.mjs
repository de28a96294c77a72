// Issue 9's defects, as a reader meets them: hostile data and addresses, titles that say what a
// chart shows under a filter, empty views, the region picker, the timeline step, sharing, sorting,
// the CSV download, the embed's first height.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, serveBuild, newPage, open, text, FIXTURES, bundledSnapshot } from './helpers.mjs';

let browser, site;
const real = bundledSnapshot();
before(async () => { browser = await launch(); site = await serveBuild('subpath'); });
after(async () => { await browser?.close(); await site?.close(); });

const manifestFor = (snapshot, extra = {}) => ({
  schema: 'minewatch.manifest/1', latest: snapshot.id,
  snapshots: [{ id: snapshot.id, path: `snapshots/${snapshot.id}.json`, published: snapshot.published, sha256: '', events: snapshot.events.length, summary: 'test' }], ...extra,
});
async function serveData(page, snapshot, manifest = manifestFor(snapshot)) {
  await page.route('**/data/manifest.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(manifest) }));
  await page.route('**/data/snapshots/**', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(snapshot) }));
}
const clone = (x) => JSON.parse(JSON.stringify(x));

test('a subnormal or overflowing figure is refused by the checks, and the charts still draw', async () => {
  const s = clone(real);
  const farms = s.events.find((e) => e.measures.some((m) => m.metric === 'farms_shut' && m.preferred && m.value));
  farms.measures.find((m) => m.metric === 'farms_shut' && m.preferred).value = 5e-324;
  s.events.find((e) => e !== farms && e.measures.length).measures[0].value = 1e308;
  for (const path of ['?metric=farms_shut', 'embed/map?metric=farms_shut', 'embed/timeline?metric=farms_shut']) {
    const page = await newPage(browser);
    await serveData(page, s);
    await open(page, site.url, path);
    await page.waitForSelector('svg.chart-svg');
    const alert = await text(page, '[role="alert"]');
    assert.match(alert, /smaller than any figure/);
    assert.match(alert, /larger than any count or amount/);
    assert.doesNotMatch(await page.locator('main').innerText(), /\d{25}|inf\b|NaN/, 'no 309-digit number, no infinity');
    page.assertNoPanic();
    await page.closeAll();
  }
});

test('an event with 20,000 figures opens', async () => {
  const s = clone(real);
  const e = s.events[0];
  const template = e.measures[0];
  e.measures = Array.from({ length: 20000 }, (_, i) => ({ ...template, kind: `k${i >> 1}`, value: (i % 7) + 1, preferred: i % 2 === 0 }));
  const page = await newPage(browser);
  await serveData(page, s);
  await open(page, site.url, `events/${e.id}`);
  await page.waitForSelector('table.measures tbody tr');
  assert.equal(await page.locator('table.measures tbody tr').count(), 200, 'a page of figures at a time');
  assert.match(await text(page, '.pager [role="status"]'), /Figures 1–200 of 20,000/);
  await page.click('.pager button:has-text("Next")');
  await page.waitForSelector('.pager [role="status"]:has-text("201–400")');
  assert.equal(await page.locator('table.measures tbody tr').count(), 200);
  assert.match(await text(page, 'ul.conflicts + p.note'), /and 9,900 more disagreements/);
  page.assertNoPanic();
  await page.closeAll();
});

test('a manifest path that escapes the data folder with %2e%2e is refused', async () => {
  const page = await newPage(browser);
  const m = manifestFor(real);
  m.snapshots[0].path = 'snapshots/%2e%2e/%2e%2e/x.json';
  let fetched = false;
  await page.route('**/x.json', (r) => { fetched = true; r.fulfill({ body: '{}' }); });
  await serveData(page, real, m);
  await open(page, site.url);
  assert.match(await text(page, '[role="alert"]'), /outside the data folder/);
  assert.equal(fetched, false, 'nothing outside the data folder is fetched');
  page.assertNoPanic();
  await page.closeAll();
});

test('a latest that the manifest does not list is said as a publishing fault, not blamed on the address', async () => {
  const page = await newPage(browser);
  await serveData(page, real, manifestFor(real, { latest: '2099-01-01' }));
  await open(page, site.url);
  const alert = await text(page, '[role="alert"]');
  assert.match(alert, /names "2099-01-01" as the latest, but does not list it/);
  assert.doesNotMatch(alert, /address/);
  page.assertNoPanic();
  await page.closeAll();
});

test('a thousand repeats of a bad value are named once, and a long notice is capped', async () => {
  const page = await newPage(browser);
  const junk = Array.from({ length: 30 }, (_, i) => `x${i}=1`).join('&');
  await open(page, site.url, `?region=${Array(1000).fill('XX-99').join(',')}&${junk}`);
  const notice = await text(page, '.notice.info');
  assert.equal((notice.match(/XX-99/g) ?? []).length, 1);
  assert.ok(notice.length < 1500, `capped: ${notice.length} characters`);
  assert.match(notice, /and 23 more/);
  page.assertNoPanic();
  await page.closeAll();
});

test('the test server answers a malformed escape with 400 and keeps serving', async () => {
  const bad = await fetch(`${site.url}events/%zz`);
  assert.equal(bad.status, 400);
  assert.equal((await fetch(site.url)).status, 200);
});

test('under a region filter the regions chart and map say they compare all regions and mark the chosen one', async () => {
  const page = await newPage(browser);
  await open(page, site.url, '?region=KZ-35&from=2022');
  for (const id of ['chart-regions', 'chart-map']) {
    const title = await page.locator(`#${id} .chart-title`).allTextContents();
    const sub = (await page.locator(`#${id} .chart-sub`).allTextContents()).join(' ');
    assert.match(title.join(' '), /all regions/i, `${id} says it compares all regions`);
    assert.match(sub, /^All regions/, `${id}: ${sub}`);
    assert.match(sub, /marked: Karaganda Region/);
  }
  assert.equal(await page.locator('#chart-map a.tile.chosen').count(), 1);
  page.assertNoPanic();
  await page.closeAll();
});

test('an empty view says so in one sentence and offers the nearest views with events', async () => {
  const page = await newPage(browser);
  await open(page, site.url, '?region=KZ-47&from=2022&to=2022');
  assert.equal(await page.locator('.figure-card').count(), 0, 'no wall of "no figure" cards');
  assert.match(await text(page, '.empty-view .headline'), /No enforcement action in Mangystau Region matches this filter/);
  const links = page.locator('.empty-view .wider a');
  assert.ok(await links.count() >= 1);
  await links.first().click();
  await page.waitForFunction(() => document.querySelectorAll('.figure-card').length > 0);
  page.assertNoPanic();
  await page.closeAll();
});

test('cards only for figures that exist; the rest named once; not-counted figures listed once', async () => {
  const page = await newPage(browser);
  await open(page, site.url, '?region=KZ-35');
  const cards = await page.locator('.figure-card').count();
  const empty = await page.locator('.figure-card.no-figure:not(:has(.unstated))').count();
  assert.equal(empty, 0, 'a card without a figure is there only to say how many events report the thing without one');
  assert.ok(cards > 0 && cards < 11);
  assert.match(await text(page, '.none-for'), /^No figure reported for: /);
  assert.equal(await page.locator('.not-counted').count(), 1);
  assert.equal(await page.locator('.figure-card .outside').count(), 0, 'no per-card repeat of the note');
  const order = await page.evaluate(() => {
    const f = document.querySelector('section.figures'); const n = document.querySelector('.scope-notes');
    return n ? f.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING : 4;
  });
  assert.ok(order, 'the figures come before the notes');
  page.assertNoPanic();
  await page.closeAll();
});

test('no filter chosen: the headline does not speak of one', async () => {
  const page = await newPage(browser);
  for (const path of ['regions/KZ-35', 'embed/totals', '']) {
    await open(page, site.url, path);
    assert.doesNotMatch(await page.locator('main').textContent(), /match(es)? this filter/, path);
  }
  await open(page, site.url, 'regions/KZ-35?from=2022');
  assert.match(await page.locator('main').innerText(), /match(es)? this filter/);
  page.assertNoPanic();
  await page.closeAll();
});

test('the region picker sorts by the reader’s language, closes on Done, Escape and an outside click, and overlays the page', async () => {
  for (const [lang, first, last] of [['en', 'Abai Region', 'Zhambyl Region'], ['ru', 'область Абай', 'область Ұлытау']]) {
    const page = await newPage(browser);
    await open(page, site.url, `?lang=${lang}`);
    const dateTop = await page.locator('#filter-from').evaluate((e) => e.getBoundingClientRect().top);
    await page.click('.region-picker summary');
    const labels = (await page.locator('.region-list label').allInnerTexts()).map((t) => t.replace(/\s*\(.*\)$/, '').trim());
    assert.equal(labels[0], first, `${lang}: ${labels.join(' | ')}`);
    if (lang === 'en') assert.equal(labels.at(-1), last);
    assert.equal(await page.locator('#filter-from').evaluate((e) => e.getBoundingClientRect().top), dateTop, 'opening it does not push the dates down');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.region-picker').evaluate((d) => d.open), false, 'Escape closes it');
    await page.click('.region-picker summary');
    await page.click('.region-picker .done');
    assert.equal(await page.locator('.region-picker').evaluate((d) => d.open), false, 'Done closes it');
    await page.click('.region-picker summary');
    await page.mouse.click(5, 790);
    assert.equal(await page.locator('.region-picker').evaluate((d) => d.open), false, 'a click outside closes it');
    page.assertNoPanic();
    await page.closeAll();
  }
});

test('the timeline step is in the address, the embed follows it, and month labels carry every year', async () => {
  const page = await newPage(browser);
  await open(page, site.url, '?from=2022-01&to=2024-12');
  await page.click('.chart-step button:has-text("Month")');
  await page.waitForFunction(() => location.search.includes('step=month'));
  await open(page, site.url, 'embed/timeline?from=2022-01&to=2024-12&step=month');
  assert.match((await page.locator('#chart-timeline .chart-title').allTextContents()).join(' '), /by month/);
  const labels = await page.locator('#chart-timeline text.tick[text-anchor="middle"]').allTextContents();
  for (const year of ['2022', '2023', '2024']) assert.ok(labels.includes(year), `${year} is written under the axis: ${labels.join(' ')}`);
  assert.ok(labels.every((t) => !/\d{4}\D|\D\d{4}/.test(t)), `no label runs a month into a year: ${labels.join('|')}`);
  const boxes = await page.locator('#chart-timeline text.tick[text-anchor="middle"]').evaluateAll((ts) => ts.map((t) => { const r = t.getBoundingClientRect(); return [r.left, r.right, Math.round(r.top)]; }));
  for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) if (a[2] === b[2]) assert.ok(a[1] <= b[0] || b[1] <= a[0], 'axis labels do not overlap');
  page.assertNoPanic();
  await page.closeAll();
});

test('Copy link copies the address of the view on screen', async () => {
  const page = await newPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
  await open(page, site.url, '?region=KZ-35&metric=farms_shut');
  await page.locator('#chart-timeline-figure .copy-link').click();
  await page.waitForSelector('#chart-timeline-figure .copy-status:has-text("copied")');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.evaluate(() => location.href));
  assert.match(copied, /region=KZ-35/);
  page.assertNoPanic();
  await page.closeAll();
});

test('the events list sorts by date, region and a figure, kept in the address', async () => {
  const page = await newPage(browser);
  await open(page, site.url, 'events');
  await page.selectOption('#events-sort', 'farms_shut');
  await page.waitForFunction(() => location.search.includes('sort=farms_shut'));
  const figures = await page.locator('table.events td.event-figures').allInnerTexts();
  const farms = figures.map((t) => Number((t.match(/Mining farms shut down: (?:about |at least )?([\d,]+)/) ?? [])[1]?.replace(/,/g, '')));
  const stated = farms.filter((v) => !Number.isNaN(v));
  assert.ok(stated.length >= 2);
  assert.deepEqual(stated, [...stated].sort((a, b) => b - a), 'largest first');
  assert.ok(farms.slice(stated.length).every(Number.isNaN), 'events without the figure last');
  await page.selectOption('#events-sort', 'oldest');
  await page.reload(); await page.waitForSelector('table.events');
  assert.equal(await page.locator('#events-sort').inputValue(), 'oldest', 'the order survives a reload');
  page.assertNoPanic();
  await page.closeAll();
});

test('the CSV download keeps the period, the scope, names, one address per source, and is safe in a spreadsheet', async () => {
  const s = clone(real);
  s.events[0].title = { en: '=HYPERLINK("http://evil.example","click")' };
  const page = await newPage(browser);
  await serveData(page, s);
  await open(page, site.url, 'events');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.downloads button:has-text("CSV")')]);
  const csv = await readFile(await download.path(), 'utf8');
  const header = csv.replace(/^\uFEFF/, '').split('\r\n')[0].split(',');
  for (const col of ['period_from', 'period_to', 'scope', 'event_region_names', 'agency_names', 'source_publishers', 'source_urls']) assert.ok(header.includes(col), col);
  assert.match(csv, /'=HYPERLINK/, 'the formula is neutralised');
  assert.doesNotMatch(csv, /(^|,)=HYPERLINK/m);
  assert.match(csv, /2022-02-18,2022-02-20/, 'the date-range event keeps its period');
  assert.match(csv, /Kazakhstan \(nationwide\)/);
  page.assertNoPanic();
  await page.closeAll();
});

test('an embed reports a placeholder height while it loads, not a collapsed frame', async () => {
  const page = await newPage(browser);
  await page.setContent('<p>host</p>');
  await page.route('**/data/snapshots/**', async (r) => { await new Promise((ok) => setTimeout(ok, 1500)); await r.continue(); });
  // a view other than the pre-rendered one: its place is held until the data is there
  await page.goto(`${site.url}embed/map?metric=criminal_cases`);
  await page.waitForSelector('#app[hidden]', { state: 'attached' });
  const height = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
  assert.ok(height >= 380, `while loading the embed is ${height}px tall`);
  await page.waitForSelector('#chart-map');
  page.assertNoPanic();
  await page.closeAll();
});

test('the page carries a strict Content-Security-Policy that blocks inline script and style', async () => {
  const page = await newPage(browser);
  await open(page, site.url);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  // the stylesheet is inlined, allowed by its hash and nothing else
  assert.match(policy, /style-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|INLINE_SCRIPT_HASHES|INLINE_STYLE_HASHES/);
  const blocked = await page.evaluate(() => new Promise((done) => {
    document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true';
    document.body.append(s);
    setTimeout(() => done(window.__ran ? 'ran' : 'nothing'), 1000);
  }));
  assert.match(blocked, /^script-src/, 'an injected inline script is refused');
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  const styled = await page.evaluate(() => new Promise((done) => {
    document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective), { once: true });
    const s = document.createElement('style');
    s.textContent = 'body { outline: 9px solid red }';
    document.head.append(s);
    setTimeout(() => done(getComputedStyle(document.body).outlineWidth), 1000);
  }));
  assert.match(styled, /^style-src/, 'an injected inline style is refused');
  await page.closeAll();
});
