// Broken data and nonsense addresses: a clear message in the page, the rest keeps working, no panic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, serveBuild, newPage, open, text, FIXTURES } from './helpers.mjs';
import { bundledSnapshot } from './helpers.mjs';

let browser, site;
before(async () => { browser = await launch(); site = await serveBuild('subpath'); });
after(async () => { await browser?.close(); await site?.close(); });

/** Serves the test manifest and, for its snapshot, whatever `snapshot` says. */
async function withData(page, snapshot, manifest = { path: join(FIXTURES, 'manifest.json') }) {
  await page.route('**/data/manifest.json', (route) => (manifest === 'abort' ? route.abort() : route.fulfill(manifest)));
  await page.route('**/data/snapshots/**', (route) => route.fulfill(snapshot));
}
const broken = (name) => ({ path: join(FIXTURES, 'broken', name), contentType: 'application/json' });

async function assertRestStillWorks(page) {
  await page.click('nav >> text=About');
  await page.waitForSelector('h1:text("About the data")');
  page.assertNoPanic();
}

const fatalCases = [
  ['the manifest is missing (404)', null, { status: 404, body: 'Not found' }, /list of data snapshots is missing on the server.*HTTP 404/],
  ['the manifest cannot be reached', null, 'abort', /could not be reached/],
  ['the snapshot is missing (404)', { status: 404, body: 'Not found' }, undefined, /snapshot "fixture-good" is missing.*HTTP 404/],
  ['the server fails (500)', { status: 500, body: 'Internal error' }, undefined, /could not deliver.*HTTP 500/],
  ['an HTML page arrives instead of JSON', broken('html-page.json'), undefined, /a web page arrived instead of data/],
  ['the JSON is truncated', broken('truncated.json'), undefined, /cut off before its end/],
  ['the schema version is unknown', broken('unknown-schema.json'), undefined, /format "minewatch\.snapshot\/2"/],
  ['the manifest has an unknown schema', null, broken('manifest-unknown-schema.json'), /minewatch\.manifest\/9/],
];

for (const [name, snapshot, manifest, message] of fatalCases) {
  test(`data error: ${name}`, async () => {
    const page = await newPage(browser);
    await withData(page, snapshot ?? broken('../good.json'), manifest);
    await open(page, site.url);
    const alert = await text(page, '[role="alert"]');
    assert.match(alert.replace(/\s+/g, ' '), message);
    assert.equal(await page.locator('.figure-card').count(), 0, 'no figures from data that could not be read');
    await assertRestStillWorks(page);
    await page.closeAll();
  });
}

const eventCases = [
  ['a negative figure', 'negative-figure.json', /event "a": figure 1 \(farms_shut\) has the value -2/, 5],
  ['a source id that does not exist', 'unknown-source.json', /cites source "no-such-source"/, 5],
  ['two events with one id', 'duplicate-event-id.json', /event "a": two or more records share this id/, 4],
  ['a figure that is not a number', 'non-numeric-figure.json', /event "a": it cannot be read: .*expected a number/, 5],
  ['an unknown region code', 'unknown-region.json', /region "KZ-99" is not a known region code/, 5],
  ['a date that is not a date', 'bad-date.json', /event "a": it cannot be read: "2022-13-45" is not a date/, 5],
];

for (const [name, file, message, kept] of eventCases) {
  test(`broken event: ${name} sets the event aside and shows the rest`, async () => {
    const page = await newPage(browser);
    await withData(page, broken(file));
    await open(page, site.url);
    assert.match(await text(page, '[role="alert"]'), message);
    assert.match(await text(page, '.headline'), new RegExp(`^The sources report ${kept} enforcement actions`));
    await assertRestStillWorks(page);
    await page.closeAll();
  });
}

test('a malformed address is ignored with a visible notice, never a blank page', async () => {
  const page = await newPage(browser);
  await open(page, site.url, '?region=XX-99&from=notadate&to=2022-13-45&colour=blue');
  const status = await text(page, '[role="status"]');
  for (const part of ['region=XX-99', 'from=notadate', 'to=2022-13-45', 'colour=blue']) {
    assert.ok(status.includes(part), `the notice names ${part}`);
  }
  assert.match(await text(page, '.headline'), new RegExp(`^The sources report ${bundledSnapshot().events.length} enforcement actions in Kazakhstan`));
  page.assertNoPanic();
  await page.closeAll();
});

test('a region code the data does not know is named, and the rest of the filter applies', async () => {
  const page = await newPage(browser);
  await open(page, site.url, 'events?region=KZ-98,KZ-63');
  assert.match(await text(page, '.notice[role="status"]'), /region=KZ-98: no such region in the data/);
  assert.match(await text(page, 'summary'), /East Kazakhstan Region/);
  page.assertNoPanic();
  await page.closeAll();
});

test('a pinned snapshot that is not published says so and links to the latest', async () => {
  const page = await newPage(browser);
  await open(page, site.url, '?snapshot=1999-01-01&region=KZ-63');
  assert.match(await text(page, '[role="alert"]'), /"1999-01-01" named in the address is not published/);
  await page.click('text=Open the latest data instead');
  await page.waitForURL(/\/minewatch\/\?region=KZ-63$/);
  await page.waitForSelector('.figure-card');
  page.assertNoPanic();
  await page.closeAll();
});
