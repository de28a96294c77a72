// How the totals count, as a careful reader checks it: where two reports may be one operation, both
// event pages say which figure the totals use, which they leave out and why; a low-confidence
// event's figures are counted and named under each total they enter. In kk, ru and en, on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveBuild, newPage, open, noSideScroll } from './helpers.mjs';

let browser, site;
before(async () => { browser = await launch(); site = await serveBuild('subpath'); });
after(async () => { await browser?.close(); await site?.close(); });

const PHONE = { width: 360, height: 780 };

// The farms line of each page, in each language: the 34 objects are left out for the 13 farms, because
// the ministry's sources are surer.
const WORDS = {
  en: { farms: /^Mining farms shut down: /, surer: /the sources of the event counted are surer \(confidence high; the other’s medium\)/, here_left: /leave out this event’s 34 farms and use 13 farms/, here_used: /use this event’s 13 farms and leave out 34 farms/ },
  ru: { farms: /^Закрытые майнинг-фермы: /, surer: /источники учтённого события надёжнее \(достоверность: высокая; у другого: средняя\)/, here_left: /34 фермы этого события в итоги не входит, учтено 13 ферм/, here_used: /в итогах учтено 13 ферм этого события, а 34 фермы/ },
  kk: { farms: /^Жабылған майнинг-фермалар: /, surer: /есептелген оқиғаның дереккөздері сенімдірек \(сенімділігі: жоғары; екіншісінде: орташа\)/, here_left: /осы оқиғаның 34 ферма саны жиынтықтарға кірмейді, .*13 ферма саны алынады/, here_used: /осы оқиғаның 13 ферма санын алады, ал .*34 ферма санын қоспайды/ },
};

test('both event pages of a possible repeat say which figure the totals use, which they leave out and why', async () => {
  for (const lang of ['en', 'ru', 'kk']) {
    const w = WORDS[lang];
    for (const [id, here] of [['pm-34-objects-2022-02', w.here_left], ['energy-inspections-2022-02', w.here_used]]) {
      const page = await newPage(browser, PHONE, lang);
      await open(page, site.url, `events/${id}?lang=${lang}`);
      const decisions = page.locator('.overlap-decisions li');
      assert.equal(await decisions.count(), 2, `${lang} ${id}: farms and power are decided`);
      const lines = await decisions.allInnerTexts();
      const farms = lines.find((l) => w.farms.test(l));
      assert.ok(farms, `${lang} ${id}: a line for the farms in ${JSON.stringify(lines)}`);
      assert.match(farms, here);
      assert.match(farms, w.surer);
      // the other event is one tap away
      const other = id.startsWith('pm') ? 'energy-inspections-2022-02' : 'pm-34-objects-2022-02';
      assert.equal(await page.locator(`.overlap a[href*="events/${other}"]`).count(), 1);
      await noSideScroll(page);
      page.assertNoPanic();
      await page.closeAll();
    }
  }
});

test('an overlap that decides no total says so', async () => {
  const page = await newPage(browser, PHONE, 'ru');
  await open(page, site.url, 'events/afm-farm-300k-income?lang=ru');
  assert.equal(await page.locator('.overlap-decisions').count(), 0);
  assert.match(await page.locator('.overlap').innerText(), /Ни один итог от этого не зависит/);
  assert.equal(await page.locator('.overlap a[href*="events/afm-cases-2024"]').count(), 1);
  page.assertNoPanic();
  await page.closeAll();
});

const LOW = {
  en: /^Counted, with care: 1 of these events has low confidence \(one doubtful source\):/,
  ru: /^Учтено с оговоркой: у 1 из этих событий низкая достоверность \(один сомнительный источник\):/,
  kk: /^Сақтықпен есептелді: 1 оқиғаның сенімділігі төмен \(жалғыз күмәнді дереккөз\):/,
};

test('the figure cards name the low-confidence events they count, and link to them', async () => {
  for (const lang of ['en', 'ru', 'kk']) {
    const page = await newPage(browser, PHONE, lang);
    await open(page, site.url, `?lang=${lang}`);
    const farms = page.locator('.figure-card[data-metric="farms_shut"] .low-confidence');
    assert.match(await farms.innerText(), LOW[lang]);
    assert.equal(await farms.locator('a[href*="events/afm-farm-300k-income"]').count(), 1);
    const assets = page.locator('.figure-card[data-metric="assets_confiscated"] .low-confidence');
    assert.equal(await assets.locator('a[href*="events/astana-conviction"]').count(), 1);
    // a total without a low-confidence figure says nothing of the kind
    assert.equal(await page.locator('.figure-card[data-metric="criminal_cases"] .low-confidence').count(), 0);
    await noSideScroll(page);
    // the link opens the event, which says why it is marked
    await farms.locator('a').click();
    await page.waitForSelector('article.event .notice.warn');
    assert.match(page.url(), /events\/afm-farm-300k-income/);
    page.assertNoPanic();
    await page.closeAll();
  }
  // a year without the low-confidence events: no mark
  const page = await newPage(browser, PHONE);
  await open(page, site.url, '?from=2022&to=2022');
  assert.equal(await page.locator('.low-confidence').count(), 0);
  await page.closeAll();
});

test('with JavaScript off, the pre-rendered event page already says which figure the totals use', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${site.url}events/pm-34-objects-2022-02`);
  const lines = await page.locator('#prerendered > [lang="en"] .overlap-decisions li').allInnerTexts();
  assert.ok(lines.some((l) => WORDS.en.here_left.test(l)), JSON.stringify(lines));
  await page.goto(site.url);
  assert.match(await page.locator('#prerendered > [lang="en"] .figure-card[data-metric="farms_shut"] .low-confidence').innerText(), LOW.en);
  await context.close();
});
