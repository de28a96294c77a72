// What changed between snapshots, as a reader sees it: the change list on /data, the "newer data"
// line on a pinned link or embed, and the official statistics beside the event totals.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveBuild, newPage, open, text, noSideScroll } from './helpers.mjs';

let browser, site;
before(async () => { browser = await launch(); site = await serveBuild('subpath'); });
after(async () => { await browser?.close(); await site?.close(); });

const PHONE = { width: 360, height: 780 };

test('/data lists each snapshot\'s changes, figure by figure, with the editors\' reason, in every language', async () => {
  for (const [lang, why, changed, fields] of [
    ['en', /Audit item 13: the title said 'for illegal mining'/, /^Changed/, /^Also changed: .*title/],
    ['ru', /Аудит, п\. 13/, /^Изменено/, /^Также изменено: .*заголовок/],
    ['kk', /Аудит, 13-тармақ/, /^Өзгерді/, /^Сондай-ақ өзгерді: .*тақырып/],
  ]) {
    const page = await newPage(browser, PHONE, lang);
    await open(page, site.url, `data?lang=${lang}`);
    const list = page.locator('#changes-2026-12-01');
    await list.locator('.change').first().waitFor();
    const astana = list.locator('.change[data-id="astana-conviction"]');
    assert.match(await astana.locator('h3').innerText(), changed);
    assert.match(await astana.locator('.why').innerText(), why);
    assert.match(await astana.locator('.fields').innerText(), fields, 'the fields are named in the reader\'s language');
    // a figure that changed, old -> new
    const office = list.locator('.change[data-id="aktobe-oil-office"] .figure-changes li[data-change="changed"]');
    assert.match(await office.first().innerText(), /1 .*→/);
    // events added, and the counts
    assert.equal(await list.locator('.change[data-change="added"][data-id="aktobe-industrial-zone-land"]').count(), 1);
    assert.match(await list.locator('.change-counts').innerText(), /2.*12.*0.*6/);
    // a changed event links to its page in the new snapshot
    assert.match(await astana.locator('h3 a').getAttribute('href'), new RegExp(`/minewatch/${lang === 'en' ? '' : `${lang}/`}events/astana-conviction\\?.*snapshot=2026-12-01`));
    await noSideScroll(page);
    page.assertNoPanic();
    await page.closeAll();
  }
});

test('a pinned embed says newer data exists, how many of its figures changed, and links to the change list', async () => {
  const page = await newPage(browser, PHONE);
  await open(page, site.url, 'embed/totals?region=KZ-15&snapshot=2026-11-22');
  const line = page.locator('.newer-data');
  assert.match(await line.innerText(), /^Newer data exists \(snapshot 2026-12-04\): 1 of the figures this view shows has changed since\. 2 events were added\. See what changed$/);
  // its own figures stay as pinned: Aktobe's one criminal case of 2026-11-22
  assert.match(await text(page, '.figure-card[data-metric="criminal_cases"]'), /1 case/);
  const href = await line.locator('a').getAttribute('href');
  assert.match(href, /\/minewatch\/data(\?lang=en)?#changes-2026-12-04$/);
  await noSideScroll(page);
  page.assertNoPanic();
  await page.closeAll();
  // the same embed on the latest data says nothing of the kind
  const live = await newPage(browser, PHONE);
  await open(live, site.url, 'embed/totals?region=KZ-15');
  assert.equal(await live.locator('.newer-data').count(), 0);
  await live.closeAll();
});

test('a pinned link to a page says so in the reader\'s language, counting that event\'s figures', async () => {
  const page = await newPage(browser, PHONE, 'ru');
  await open(page, site.url, 'events/aktobe-oil-office?snapshot=2026-11-22&lang=ru');
  assert.match(await text(page, '.newer-data'), /^Есть более новые данные \(снимок 2026-12-04\): с тех пор изменился 1 из показателей этого вида\./);
  await page.click('.newer-data a');
  await page.locator('#changes-2026-12-04 .change').first().waitFor();
  assert.match(page.url(), /\/minewatch\/ru\/data#changes-2026-12-04$/);
  page.assertNoPanic();
  await page.closeAll();
});

test('official statistics stand beside the event totals and are never added into them', async () => {
  const page = await newPage(browser, PHONE, 'kk');
  await open(page, site.url, '?from=2024&to=2024&lang=kk');
  const stats = page.locator('.statistics');
  assert.equal(await stats.locator('h2').innerText(), 'Ресми статистика');
  const q13 = stats.locator('.statistic[data-id="afm-2024-q1-q3"]');
  assert.match(await q13.locator('.official-figure[data-official-metric="criminal_cases"] .official-value').innerText(), /^9 /);
  assert.match(await q13.locator('.may-include a[href*="afm-cases-2024"]').innerText(), /17 қылмыстық іс/);
  // the headline card counts the one event's 17 cases, not 17 + 9 + 18
  assert.match(await text(page, '.figure-card[data-metric="criminal_cases"] .value'), /^17 /);
  // the sources and their own words are one tap away
  await q13.locator('summary').click();
  assert.match(await q13.locator('.official-quotes').innerText(), /nove casos contra mineradores/);
  await noSideScroll(page);
  page.assertNoPanic();
  await page.closeAll();
});

test('the two reports of the same 202 MW are counted once, and the page says which was not added', async () => {
  const page = await newPage(browser, { width: 1100, height: 900 });
  await open(page, site.url, '?from=2022-02&to=2022-02');
  const card = page.locator('.figure-card[data-metric="power_mw"]');
  assert.match(await card.locator('.value').first().innerText(), /^202 MW$/);
  assert.equal(await card.locator(".counted-once").innerText(), "1 report not added: it may repeat another operation (see the note below).");
  assert.match(await text(page, ".scope-notes"), /the totals count each such group once: .*34 mining objects stopped on 18–20 February 2022/);
  page.assertNoPanic();
  await page.closeAll();
});
