// A larger snapshot, and what the app loads for it: the events list searched in three languages
// and paged (the rows of one page in the document, the page in the address), the index loaded in
// place of the snapshot, an event page that loads its details on demand, and a file that does not
// match its checksum. The larger site is made as an editor would: a synthetic snapshot of 120
// events published with `minewatch publish --snapshot` into a scratch copy of the build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serveBuild, newPage, open, text, bundledSnapshot, holdTheApp, ROOT } from './helpers.mjs';
import { serve } from './static-server.mjs';

let browser, site, big, scratch, synthetic;
const snapshot = bundledSnapshot();
const EVENTS = 120;
// the editors' tools of the test command's debug build (MINEWATCH_TOOLS=target/release for the others)
const TOOLS = process.env.MINEWATCH_TOOLS ?? 'target/debug';

before(async () => {
  browser = await launch();
  site = await serveBuild('subpath');
  scratch = mkdtempSync(join(tmpdir(), 'minewatch-scale-'));
  cpSync(join(ROOT, 'dist-root'), join(scratch, 'site'), { recursive: true });
  rmSync(join(scratch, 'site', 'data'), { recursive: true, force: true });
  mkdirSync(join(scratch, 'site', 'data'));
  const latest = JSON.parse(readFileSync(join(ROOT, 'public/data/manifest.json'), 'utf8'));
  const path = latest.snapshots.find((s) => s.id === latest.latest).path;
  const file = join(scratch, 'synthetic.json');
  execFileSync(join(ROOT, TOOLS, 'minewatch-synth'), ['--from', join(ROOT, 'public/data', path), '--events', String(EVENTS), '--out', file]);
  execFileSync(join(ROOT, TOOLS, 'minewatch'), ['publish', '--snapshot', file, '--data', join(scratch, 'site', 'data')]);
  synthetic = JSON.parse(readFileSync(file, 'utf8'));
  big = await serve(join(scratch, 'site'), { prefix: '/' });
});
after(async () => {
  await browser?.close();
  await site?.close();
  await big?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const rowIds = (page) => page.locator('table.events tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.event));
const inRegion = (e, code) => e.regions.includes(code) || e.measures.some((m) => m.region === code);

/** Records the data files a page asks for. */
function dataRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const m = r.url().match(/\/data\/(.+)$/);
    if (m) seen.push(m[1]);
  });
  return seen;
}

test('a Russian search finds the region in every form, keeps q= in the address and survives a reload', async () => {
  const page = await newPage(browser, { width: 390, height: 800 });
  await open(page, site.url, 'events?lang=ru');
  await page.fill('#events-search', 'Караганда');
  await page.waitForFunction(() => decodeURIComponent(location.search).includes('q=Караганда'));
  await page.waitForFunction(() => /содерж/.test(document.querySelector('.search-result')?.textContent ?? ''));
  const karaganda = snapshot.events.filter((e) => inRegion(e, 'KZ-35') || /Karaganda|Карагандин|Қарағанды/.test(JSON.stringify([e.title, e.summary, e.region_as_reported]))).map((e) => e.id);
  const found = await rowIds(page);
  assert.ok(found.length > 0 && found.length < snapshot.events.length, `some but not all events: ${found.length}`);
  for (const id of snapshot.events.filter((e) => e.regions.includes('KZ-35')).map((e) => e.id)) {
    assert.ok(found.includes(id), `${id} (in Karaganda Region) is found`);
  }
  for (const id of found) assert.ok(karaganda.includes(id), `${id} mentions Karaganda`);
  assert.match(await text(page, '.search-result'), new RegExp(`Из них «Караганда» содерж\\S+ ${found.length}\\.`));
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling at 390 px');

  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('table.events tbody tr').length > 0 && /содерж/.test(document.querySelector('.search-result')?.textContent ?? ''));
  assert.equal(await page.locator('#events-search').inputValue(), 'Караганда');
  assert.deepEqual(await rowIds(page), found);

  await page.fill('#events-search', 'КАРАГАНДИНСКОЙ ОБЛАСТИ');
  await page.waitForFunction(() => decodeURIComponent(location.search).includes('q=КАРАГАНДИНСКОЙ'));
  await page.waitForFunction(() => /содерж/.test(document.querySelector('.search-result')?.textContent ?? ''));
  assert.ok((await rowIds(page)).length > 0, 'case and endings do not matter');

  await page.fill('#events-search', 'zzzqqq');
  await page.waitForFunction(() => /zzzqqq/.test(document.querySelector('.search-result')?.textContent ?? ''));
  assert.match(await text(page, '.search-result'), /Ни одно событие под этот фильтр не содержит «zzzqqq»/);
  assert.equal(await page.locator('table.events tbody tr').count(), 0);
  await page.fill('#events-search', '');
  await page.waitForFunction(() => !location.search.includes('q='));
  assert.equal((await rowIds(page)).length, snapshot.events.length, 'clearing the search shows every event again');
  page.assertNoPanic();
  await page.closeAll();
});

test('a Kazakh search folds Kazakh letters, and an English one case', async () => {
  const page = await newPage(browser, { width: 390, height: 800 });
  const inKaraganda = snapshot.events.filter((e) => e.regions.includes('KZ-35')).map((e) => e.id);
  for (const [lang, words] of [['kk', 'қарағанды'], ['kk', 'КАРАГАНДЫ'], ['en', 'KARAGANDA']]) {
    await open(page, site.url, `events?lang=${lang}&q=${encodeURIComponent(words)}`);
    await page.waitForFunction(() => document.querySelector('.search-result')?.textContent?.match(/\d/));
    const found = await rowIds(page);
    for (const id of inKaraganda) assert.ok(found.includes(id), `${words} (${lang}) finds ${id}`);
    assert.ok(found.length < snapshot.events.length, `${words} narrows the list`);
  }
  page.assertNoPanic();
  await page.closeAll();
});

test('a long list shows one page of rows at a time, its page in the address, by link and keyboard', async () => {
  const page = await newPage(browser, { width: 390, height: 800 });
  await open(page, big.url, 'events?lang=en');
  assert.equal(await page.locator('table.events tbody tr').count(), 50, 'only one page of rows is in the document');
  assert.match(await text(page, '.events-pager'), new RegExp(`Events 1–50 of ${EVENTS}`));
  const first = await rowIds(page);
  await page.click('.events-pager a[rel="next"]');
  await page.waitForFunction(() => location.search.includes('page=2'));
  await page.waitForFunction(() => /Events 51–100/.test(document.querySelector('.events-pager')?.textContent ?? ''));
  const second = await rowIds(page);
  assert.equal(second.length, 50);
  assert.ok(second.every((id) => !first.includes(id)), 'the second page has other events');
  // the keyboard: the next link takes focus and Enter follows it
  await page.focus('.events-pager a[rel="next"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search.includes('page=3'));
  await page.waitForFunction(() => document.querySelectorAll('table.events tbody tr').length === 20);
  assert.match(await text(page, '.events-pager'), new RegExp(`Events 101–${EVENTS} of ${EVENTS}`));
  assert.equal(await page.locator('.events-pager a[rel="next"]').count(), 0, 'no next page after the last');
  await page.goBack();
  await page.waitForFunction(() => location.search.includes('page=2') && document.querySelectorAll('table.events tbody tr').length === 50);
  assert.deepEqual(await rowIds(page), second, 'Back returns to the page before');
  // every order runs over the whole list, not the page
  await page.selectOption('#events-sort', 'oldest');
  await page.waitForFunction(() => location.search.includes('sort=oldest') && !location.search.includes('page='));
  const oldest = [...synthetic.events].map((e) => e.announced ?? e.period?.from ?? '9999').sort()[0];
  const firstRow = await rowIds(page);
  const firstEvent = synthetic.events.find((e) => e.id === firstRow[0]);
  assert.equal((firstEvent.announced ?? firstEvent.period?.from).slice(0, 4), oldest.slice(0, 4), 'the oldest event of all 120 comes first');
  // a page past the end shows the last page
  await open(page, big.url, 'events?lang=en&page=99');
  assert.equal(await page.locator('table.events tbody tr').count(), 20);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling at 390 px');
  page.assertNoPanic();
  await page.closeAll();
});

test('the search box and the pages fit a 320 px phone in Kazakh, Russian and English', async () => {
  for (const lang of ['kk', 'ru', 'en']) {
    const page = await newPage(browser, { width: 320, height: 700 });
    await open(page, big.url, `events?lang=${lang}&page=2&q=${encodeURIComponent(lang === 'en' ? 'farm' : 'ферм')}`);
    await page.waitForFunction(() => document.querySelector('#events-search')?.dataset.lines === 'ready');
    const overflow = await page.evaluate(() => {
      const wide = [...document.querySelectorAll('.search-field, .search-field *, .events-pager, .events-pager *, .search-result')]
        .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
        .map((el) => el.className || el.tagName);
      return { page: document.documentElement.scrollWidth > innerWidth, wide };
    });
    assert.deepEqual(overflow, { page: false, wide: [] }, `${lang}: nothing sticks out at 320 px`);
    const box = await page.locator('#events-search').boundingBox();
    assert.ok(box.height >= 40, `${lang}: the search box is a comfortable target (${box.height} px)`);
    assert.equal(await page.locator('label[for="events-search"]').count(), 1, `${lang}: the box has a label`);
    page.assertNoPanic();
    await page.closeAll();
  }
});

test('a click into the search box loads its lines once; typing then searches them without loading them again', async () => {
  const page = await newPage(browser, { width: 390, height: 800 });
  const asked = dataRequests(page);
  await open(page, big.url, 'events?lang=kk');
  await page.click('#events-search');
  await page.waitForFunction(() => document.querySelector('#events-search')?.dataset.lines === 'ready');
  // every state the box's lines go through while the reader types
  await page.evaluate(() => {
    const box = document.querySelector('#events-search');
    window.linesStates = [];
    new MutationObserver(() => window.linesStates.push(box.dataset.lines)).observe(box, { attributeFilter: ['data-lines'] });
  });
  await page.keyboard.type('ферм', { delay: 50 });
  await page.waitForFunction(() => decodeURIComponent(location.search).includes('q=ферм'));
  await page.waitForFunction(() => /ферм/.test(document.querySelector('.search-result')?.textContent ?? ''));
  await page.waitForTimeout(300);
  assert.deepEqual(asked.filter((p) => p.startsWith('search/')), [`search/${synthetic.id}/kk.json`], 'the Kazakh lines, once');
  assert.deepEqual(await page.evaluate(() => window.linesStates), [], 'the lines stay ready while the reader types');
  assert.ok((await rowIds(page)).length > 0, 'the search found events');
  page.assertNoPanic();
  await page.closeAll();
});

test('the app loads the index, not the snapshot, and an event page loads its own details shard', async () => {
  const page = await newPage(browser, { width: 1100, height: 900 });
  const asked = dataRequests(page);
  await open(page, big.url, '?lang=ru');
  await page.waitForSelector('.figure-card .value');
  assert.ok(asked.includes(`index/${synthetic.id}/ru.json`), `the Russian index is loaded: ${asked}`);
  assert.ok(!asked.some((p) => p.startsWith('snapshots/')), 'the whole snapshot is not loaded');
  assert.ok(!asked.some((p) => p.startsWith('details/') || p.startsWith('search/')), 'no details or search lines for the dashboard');

  const event = synthetic.events[75];
  asked.length = 0;
  await open(page, big.url, `events/${event.id}?lang=ru`);
  await page.waitForSelector('article.event .summary');
  assert.deepEqual(asked.filter((p) => p.startsWith('details/')), [`details/${synthetic.id}/1.json`], 'only the shard that holds event 76');
  assert.equal(await text(page, 'article.event h1'), event.title.ru);
  assert.equal(await text(page, 'article.event .summary'), event.summary.ru);
  const quoted = await page.locator('table.measures q').allInnerTexts();
  assert.deepEqual(quoted, event.measures.slice(0, quoted.length).map((m) => m.as_stated), 'the sources\' own words come from the shard');
  page.assertNoPanic();
  await page.closeAll();
});

test('the page asks for the index in its own language before the app\'s code arrives, and the app reads it', async () => {
  const page = await newPage(browser, { width: 390, height: 800 });
  const app = await holdTheApp(page);
  await page.goto(`${big.url}kk/`, { waitUntil: 'commit' });
  await page.waitForRequest((r) => r.url().endsWith(`/data/index/${synthetic.id}/kk.json`), { timeout: 15000 });
  app.release();
  await page.waitForSelector('#app:not([hidden]) .figure-card .value', { timeout: 30000 });
  assert.deepEqual(app.asked.map((a) => a.path), ['manifest.json', `index/${synthetic.id}/kk.json`], 'the manifest and the Kazakh index, once each');
  assert.ok(app.asked.every((a) => a.whileHeld), 'both before the app ran');
  page.assertNoPanic();
  await page.closeAll();
});

// The app checks files with the browser's digest (crypto.subtle), and with its own where a page
// served over plain http from another machine has none: both must find a file changed in one
// digit (the same length, so only the digest can tell) and both must pass the good index.
for (const [how, withoutSubtle] of [['the browser\'s digest', false], ['the app\'s own digest (no crypto.subtle)', true]]) {
  test(`a details shard that does not match its checksum is named, and the rest of the page still works: ${how}`, async () => {
    const shard = join(scratch, 'site', 'data', 'details', synthetic.id, '0.json');
    const original = readFileSync(shard, 'utf8');
    writeFileSync(shard, original.replace(/\d/, (d) => (d === '7' ? '8' : '7')));
    try {
      const page = await newPage(browser, { width: 390, height: 800 });
      if (withoutSubtle) {
        await page.context().addInitScript(() => Object.defineProperty(Crypto.prototype, 'subtle', { get: () => undefined }));
      }
      await open(page, big.url, `events/${synthetic.events[3].id}?lang=kk`);
      await page.waitForSelector('.notice.error');
      assert.equal(await page.evaluate(() => typeof crypto.subtle), withoutSubtle ? 'undefined' : 'object');
      assert.match(await text(page, '.notice.error'), /бақылау сомасы/);
      assert.ok(await page.locator('table.measures tbody tr').count() > 0, 'the figures from the index are still shown');
      page.assertNoPanic();
      await page.closeAll();
    } finally {
      writeFileSync(shard, original);
    }
  });
}

test('a download gathers the sources\' words from the shards when the reader asks for it', async () => {
  const page = await newPage(browser, { width: 1100, height: 900 });
  const asked = dataRequests(page);
  await open(page, big.url, '?lang=en&region=KZ-35');
  assert.ok(!asked.some((p) => p.startsWith('details/')), 'nothing is loaded for the download before it is asked for');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.downloads button[data-file$=".csv"]')]);
  const csv = readFileSync(await download.path(), 'utf8');
  const expected = synthetic.events.filter((e) => inRegion(e, 'KZ-35'));
  const words = expected.flatMap((e) => e.measures.map((m) => m.as_stated)).filter((w) => w && !/^[=+\-@]/.test(w));
  assert.ok(words.length > 0);
  for (const w of words.slice(0, 20)) assert.ok(csv.includes(w.replaceAll('"', '""')), `the CSV quotes «${w}»`);
  assert.ok(asked.some((p) => p.startsWith('details/')), 'the shards were loaded for the download');
  page.assertNoPanic();
  await page.closeAll();
});

test('a publisher\'s many sources show eight at first; "more" shows the rest and puts focus on the ninth', async () => {
  // 300 events: some publisher has more than eight of the sources the whole country's figures cite
  const dir = join(scratch, 'site-300');
  cpSync(join(ROOT, 'dist-root'), dir, { recursive: true });
  rmSync(join(dir, 'data'), { recursive: true, force: true });
  mkdirSync(join(dir, 'data'));
  const latest = JSON.parse(readFileSync(join(ROOT, 'public/data/manifest.json'), 'utf8'));
  const file = join(scratch, 'synthetic-300.json');
  execFileSync(join(ROOT, TOOLS, 'minewatch-synth'), ['--from', join(ROOT, 'public/data', latest.snapshots.find((x) => x.id === latest.latest).path), '--events', '300', '--out', file]);
  execFileSync(join(ROOT, TOOLS, 'minewatch'), ['publish', '--snapshot', file, '--data', join(dir, 'data')]);
  const many = await serve(dir, { prefix: '/' });
  for (const lang of ['ru', 'en']) {
    const page = await newPage(browser, { width: 390, height: 800 }, lang === 'ru' ? 'ru-RU' : 'en-US');
    await open(page, many.url, lang === 'en' ? '' : `${lang}/`);
    await page.waitForSelector('.cited-sources button.more-sources');
    const item = page.locator('.cited-sources li', { has: page.locator('button.more-sources') }).first();
    const shown = await item.locator('a, span').count();
    assert.equal(shown, 8, `${lang}: eight sources of the publisher at first`);
    const links = await item.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.target, a.textContent]));
    assert.ok(links.every(([href, target]) => /^https?:\/\//.test(href) && target === '_blank'), `${lang}: each opens its source`);
    assert.deepEqual(links.map((l) => l[2]).slice(0, 3), ['1', '2', '3']);
    const publisher = (await item.innerText()).split(':')[0];
    const more = Number((await item.locator('button.more-sources').innerText()).replace(/\D/g, ''));
    assert.ok(more > 0, `${lang}: the button says how many more`);
    await item.locator('button.more-sources').focus();
    await page.keyboard.press('Enter');
    const opened = page.locator('.cited-sources li', { hasText: `${publisher}:` }).first();
    await page.waitForFunction(() => document.activeElement?.closest('.cited-sources'));
    assert.equal(await opened.locator('a, span').count(), 8 + more, `${lang}: all of the publisher's sources`);
    assert.equal(await opened.locator('button.more-sources').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), '9', `${lang}: focus is on the ninth source`);
    page.assertNoPanic();
    await page.closeAll();
  }
  await many.close();
});
