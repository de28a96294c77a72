// The portal as a reader uses it, on the release build under /minewatch/ and at the root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveBuild, newPage, open, settled, text, bundledSnapshot, takenOver } from './helpers.mjs';

let browser, site, rootSite;
const snapshot = bundledSnapshot();
const inRegion = (e, code) => e.regions.includes(code) || e.measures.some((m) => m.region === code);
const sum = (values) => Math.round(values.reduce((a, b) => a + b, 0) * 1e4) / 1e4;

before(async () => {
  browser = await launch();
  site = await serveBuild('subpath');
  rootSite = await serveBuild('root');
});
after(async () => {
  await browser?.close();
  await site?.close();
  await rootSite?.close();
});

test('the dashboard shows the national headline figures with their event counts', async () => {
  const page = await newPage(browser);
  await open(page, site.url);
  assert.match(await text(page, '.headline'), new RegExp(`^The sources report ${snapshot.events.length} enforcement actions in Kazakhstan`));
  const cases = snapshot.events.flatMap((e) => e.measures.filter((m) => m.metric === 'criminal_cases' && m.preferred && !m.region && m.value != null));
  const card = page.locator('[data-metric="criminal_cases"]');
  assert.equal(await card.locator('.value').innerText(), `${sum(cases.map((m) => m.value))} cases`);
  const link = card.locator('.from a');
  assert.match(await link.getAttribute('href'), /^\/minewatch\/events\?metric=criminal_cases$/);
  page.assertNoPanic();
  await page.closeAll();
});

test('a region view counts only that region and keeps national figures apart', async () => {
  const page = await newPage(browser);
  await open(page, site.url, '?region=KZ-35');
  const expected = snapshot.events.filter((e) => inRegion(e, 'KZ-35'));
  assert.match(await text(page, '.headline'), new RegExp(`^${expected.length} enforcement actions in Karaganda Region`));
  const power = snapshot.events.flatMap((e) => e.measures.filter((m) => m.metric === 'power_mw' && m.preferred && m.region === 'KZ-35'));
  assert.equal(await text(page, '[data-metric="power_mw"] .value'), `${sum(power.map((m) => m.value))} MW`);
  assert.equal(await page.locator('.figure-card[data-metric="farms_shut"]').count(), 0, 'the 13 and 34 farms of multi-region events are not added: no farm is Karaganda\'s own');
  assert.match(await text(page, '.none-for'), /Mining farms shut down/);
  const outside = await text(page, '.not-counted');
  assert.match(outside, /13 farms/);
  assert.match(outside, /34 farms/);
  assert.match(await text(page, '.scope-notes'), /national|whole country/);
  assert.match(await text(page, '.scope-notes'), /included today's Ulytau/);
  await page.click('text=See the events');
  await page.waitForURL(/\/minewatch\/events\?region=KZ-35$/);
  const rows = await page.locator('table.events tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.event));
  assert.deepEqual(rows.sort(), expected.map((e) => e.id).sort());
  page.assertNoPanic();
  await page.closeAll();
});

test('a region created in 2022 explains the reform and offers the region it came from', async () => {
  const page = await newPage(browser);
  await open(page, site.url, 'events?region=KZ-10');
  assert.match(await text(page, '.scope-notes'), /Abai Region was created on 8 June 2022 from part of East Kazakhstan Region/);
  await page.click('text=Add East Kazakhstan Region to the view');
  await page.waitForURL(/\/minewatch\/events\?region=KZ-10,KZ-63$/);
  const rows = await page.locator('table.events tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.event));
  const expected = snapshot.events.filter((e) => inRegion(e, 'KZ-63') || inRegion(e, 'KZ-10'));
  assert.deepEqual(rows.sort(), expected.map((e) => e.id).sort());
  page.assertNoPanic();
  await page.closeAll();
});

test('a date range lists exactly the events dated inside it', async () => {
  const page = await newPage(browser);
  await open(page, site.url, 'events?from=2022-03&to=2022-03');
  const expected = snapshot.events.filter((e) => e.date_precision === 'day' && e.announced.startsWith('2022-03'));
  const rows = await page.locator('table.events tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.event));
  assert.deepEqual(rows.sort(), expected.map((e) => e.id).sort());
  await page.click('nav >> text=Dashboard');
  await page.waitForURL(/\/minewatch\/\?from=2022-03&to=2022-03$/);
  const units = expected.flatMap((e) => e.measures.filter((m) => m.metric === 'equipment_units_seized' && m.preferred && m.value != null));
  const total = sum(units.map((m) => m.value)).toLocaleString('en-US');
  assert.equal(await text(page, '[data-metric="equipment_units_seized"] .value'), `at least ${total} units`);
  page.assertNoPanic();
  await page.closeAll();
});

test('filter controls rewrite the address without reload, scroll or a new history entry', async () => {
  const page = await newPage(browser, { width: 390, height: 500 });
  await open(page, site.url);
  await page.evaluate(() => { window.__sameDocument = true; });
  const historyBefore = await page.evaluate(() => history.length);
  await page.click('.region-picker summary');
  const box = page.getByRole('checkbox', { name: 'Karaganda Region' });
  await box.scrollIntoViewIfNeeded();
  const scrollBefore = await page.evaluate(() => window.scrollY);
  assert.ok(scrollBefore > 0, 'the test scrolled the page');
  await box.check();
  await page.waitForURL(/\?region=KZ-35$/);
  assert.equal(await page.evaluate(() => window.scrollY), scrollBefore, 'ticking a region does not scroll');
  await page.click('.region-picker .done');
  const scrollAfterDone = await page.evaluate(() => window.scrollY);
  await page.getByLabel('Year').selectOption('2022');
  await page.waitForURL(/\?region=KZ-35&from=2022&to=2022$/);
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
  assert.equal(await page.evaluate(() => history.length), historyBefore, 'no new history entry');
  assert.equal(await page.evaluate(() => window.scrollY), scrollAfterDone, 'no scroll jump');
  assert.match(await text(page, '.headline'), /in Karaganda Region/);
  await page.getByRole('button', { name: 'Clear filter' }).click();
  await page.waitForURL(/\/minewatch\/$/);
  page.assertNoPanic();
  await page.closeAll();
});

test('an event page gives every figure with its qualifier, words and sources', async () => {
  const page = await newPage(browser);
  const event = snapshot.events.find((e) => e.id === 'afm-campaign-2022-03');
  await open(page, site.url, `events/${event.id}`);
  assert.equal(await text(page, 'h1'), event.title.en);
  assert.match(await text(page, '.facts'), /15 March 2022/);
  const hrefs = await page.locator('.source-list a.source').evaluateAll((as) => as.map((a) => a.href));
  const withUrl = [...new Set(event.measures.flatMap((m) => m.sources))]
    .map((id) => snapshot.sources.find((s) => s.id === id)).filter((s) => s.url);
  assert.deepEqual(hrefs.sort(), withUrl.map((s) => s.url).sort());
  const conflicts = await text(page, '.conflicts');
  for (const v of ['about USD 190\u00a0mn', 'USD 192.9\u00a0mn', 'USD 195\u00a0mn', 'KZT 100\u00a0bn']) {
    assert.ok(conflicts.includes(v), `conflict shows ${v}`);
  }
  assert.match(conflicts, /The totals use about USD 190\smn/);
  assert.doesNotMatch(conflicts, /Criminal cases/, 'figures the sources agree on (25 cases) are not listed as disagreements');
  assert.match(conflicts, /Mining farms shut down: 55 farms \(stopped voluntarily\).* 51 farms \(stopped voluntarily\) \(Law & Bitcoin\)/, 'the copy that reverses the split is shown');
  assert.match(await text(page, '.source-list'), /language: German/);
  assert.equal(await page.locator('table.measures tbody tr').count(), event.measures.length);
  page.assertNoPanic();
  await page.closeAll();
});

test('a deep link answers 200 with its pre-rendered page, under the sub-path and at the root', async () => {
  for (const [base, path] of [[site.url, 'events/talgar-gang-2022-08?region=KZ-19'], [rootSite.url, 'events/talgar-gang-2022-08']]) {
    const page = await newPage(browser);
    const response = await page.goto(base + path);
    assert.equal(response.status(), 200, 'the static host answered with the page\'s own file');
    await takenOver(page);
    await page.waitForSelector('article.event h1');
    assert.match(await text(page, 'h1'), /Talgar/);
    const back = await page.locator('.back a').getAttribute('href');
    assert.ok(back.startsWith(base.replace(/^http:\/\/[^/]+/, '') + 'events'), `${back} keeps the base path`);
    page.assertNoPanic();
    await page.closeAll();
  }
});

test('links move between pages in the app, with Back and Forward, in each language', async () => {
  for (const [lang, prefix, eventsHeading] of [['en', '', /Events/], ['kk', 'kk/', /Оқиғалар/], ['ru', 'ru/', /События/]]) {
    const page = await newPage(browser, { width: 390, height: 800 });
    await open(page, site.url, `${prefix}?from=2024&to=2024`);
    // a mark the page keeps as long as it is not loaded again
    await page.evaluate(() => { window.stayedInTheApp = true; });
    const entries = await page.evaluate(() => history.length);
    const dashboardTitle = await page.title();
    await page.click('header nav a[href*="events"]');
    await page.waitForURL(new RegExp(`/minewatch/${prefix}events\\?from=2024&to=2024$`));
    await page.waitForSelector('table.events tbody tr');
    assert.match(await text(page, 'main h1'), eventsHeading, `${lang}: the events page`);
    assert.match(await page.title(), new RegExp(`^${eventsHeading.source} · Minewatch$`), `${lang}: the events page's title`);
    await page.click('table.events tbody tr a');
    await page.waitForSelector('article.event h1');
    assert.equal(await page.title(), `${await text(page, 'article.event h1')} · Minewatch`, `${lang}: the event's title`);
    assert.match(page.url(), new RegExp(`/minewatch/${prefix}events/[^/?]+\\?from=2024&to=2024$`), `${lang}: the event keeps the view`);
    assert.equal(await page.evaluate(() => history.length), entries + 2, `${lang}: a history entry for each page`);
    await page.goBack();
    await page.waitForSelector('table.events tbody tr');
    await page.goBack();
    await page.waitForSelector('.figure-card');
    assert.match(page.url(), new RegExp(`/minewatch/${prefix}\\?from=2024&to=2024$`), `${lang}: Back returns to the dashboard`);
    assert.equal(await page.title(), dashboardTitle, `${lang}: with its title`);
    await page.goForward();
    await page.waitForSelector('table.events tbody tr');
    // a link to the page the reader is on takes them to its top and adds no history entry
    await page.evaluate(() => window.scrollTo(0, 600));
    await page.click('header nav a[aria-current="page"]');
    await page.waitForFunction(() => window.scrollY === 0);
    assert.equal(await page.evaluate(() => history.length), entries + 2, `${lang}: no entry for the same page`);
    assert.equal(await page.evaluate(() => window.stayedInTheApp), true, `${lang}: no page was loaded again`);
    // another language is another page: a full load
    const other = lang === 'ru' ? 'kk' : 'ru';
    await page.click(`.lang-switch a[hreflang="${other}"]`);
    await page.waitForURL(new RegExp(`/minewatch/${other}/events\\?from=2024&to=2024$`));
    await settled(page);
    assert.equal(await page.evaluate(() => window.stayedInTheApp), undefined, `${lang}: the language switch loads the page`);
    page.assertNoPanic();
    await page.closeAll();
  }
});

test('an unknown event or page says so and offers the way back', async () => {
  const page = await newPage(browser);
  await open(page, site.url, 'events/no-such-event');
  assert.equal(await text(page, 'h1'), 'Event not found');
  assert.match(await text(page, '[role="alert"]'), /no event with the id "no-such-event"/);
  await open(page, site.url, 'nowhere/at/all');
  assert.equal(await text(page, 'h1'), 'Page not found');
  await page.click('text=Go to the dashboard');
  await page.waitForURL(/\/minewatch\/$/);
  await page.waitForSelector('.figure-card');
  page.assertNoPanic();
  await page.closeAll();
});

test('the data page lists the published snapshots with links to the raw files', async () => {
  const page = await newPage(browser);
  await open(page, site.url, 'data');
  await page.waitForSelector('table.snapshots');
  const jsonLink = page.locator('table.snapshots a', { hasText: 'JSON' }).first();
  const href = await jsonLink.getAttribute('href');
  assert.equal(href, `/minewatch/data/snapshots/${snapshot.id}.json`);
  const response = await page.request.get(new URL(href, site.url).href);
  assert.equal(response.status(), 200);
  assert.equal((await response.json()).id, snapshot.id);
  assert.equal(await text(page, '.changelog'), snapshot.changelog);
  page.assertNoPanic();
  await page.closeAll();
});
