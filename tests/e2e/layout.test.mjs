// Right on every screen: at 320, 360, 390 and 1280 px, in Kazakh, Russian and English, no page scrolls
// sideways and every chart, map tile, legend, table cell and control lies inside the viewport (a
// chart's words inside its picture too).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveBuild, newPage, open, bundledSnapshot } from './helpers.mjs';

let browser, site;
const snapshot = bundledSnapshot();
const withPeriod = snapshot.events.find((e) => e.period && !e.announced)?.id ?? snapshot.events[0].id;
const mostFigures = [...snapshot.events].sort((a, b) => b.measures.length - a.measures.length)[0].id;
before(async () => { browser = await launch(); site = await serveBuild('subpath'); });
after(async () => { await browser?.close(); await site?.close(); });

const ROUTES = [
  '', '?from=2024&to=2024', '?region=KZ-63&from=2024', '?metric=farms_shut&step=month', '?metric=equipment_value&currency=USD',
  'events', `events/${withPeriod}`, `events/${mostFigures}`, 'regions/KZ-35', 'regions/KZ-62', 'data', 'about',
  'embed/map', 'embed/timeline?step=month', 'embed/regions?metric=equipment_value', 'embed/events', 'embed/totals?region=KZ-35',
];

/** Everything in the page that pokes out of the viewport, with "Show as table" opened. */
async function outside(page) {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('main details')) d.open = true;
    const vw = document.documentElement.clientWidth;
    const out = [];
    const hidden = (el) => el.closest('.sr-only, [hidden], dialog:not([open])') || getComputedStyle(el).display === 'none';
    const parts = document.querySelectorAll('main svg text, main svg rect, main td, main th, main select, main button, main input, main p, main li, main h1, main h2');
    for (const el of parts) {
      if (hidden(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      // a chart's words also lie inside its picture, which would cut them
      const picture = el.tagName === 'text' ? el.ownerSVGElement?.getBoundingClientRect() : null;
      const cut = picture && (r.left < picture.left - 1 || r.right > picture.right + 1);
      if (r.left < -1 || r.right > vw + 1 || cut) out.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} [${Math.round(r.left)}, ${Math.round(r.right)}] "${(el.textContent ?? '').trim().slice(0, 40)}"`);
    }
    const scroll = document.scrollingElement.scrollWidth - vw;
    return { scroll, out: out.slice(0, 10), count: out.length };
  });
}

for (const [lang, locale] of [['en', 'en-US'], ['ru', 'ru-RU'], ['kk', 'kk-KZ']]) {
  for (const width of [320, 360, 390, 1280]) {
    test(`${lang} at ${width} px: no page scrolls sideways and everything fits`, async () => {
      const page = await newPage(browser, { width, height: 800 }, locale);
      for (const route of ROUTES) {
        const path = route + (route.includes('?') ? '&' : '?') + `lang=${lang}`;
        await open(page, site.url, path);
        const { scroll, out, count } = await outside(page);
        assert.ok(scroll <= 0, `${path} at ${width}px scrolls sideways by ${scroll}px`);
        assert.equal(count, 0, `${path} at ${width}px: ${count} parts outside the screen: ${out.join('; ')}`);
      }
      page.assertNoPanic();
      await page.closeAll();
    });
  }
}

test('charts are redrawn for the width: the map keeps all 20 tiles and its eastern column on a phone', async () => {
  const page = await newPage(browser, { width: 320, height: 800 });
  await open(page, site.url, 'embed/map');
  const tiles = await page.locator('#chart-map a.tile rect').evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect().right));
  assert.equal(tiles.length, 20);
  assert.ok(Math.max(...tiles) <= 320, `the east (Abai, Jetisu, East Kazakhstan) is on screen: ${Math.max(...tiles)}`);
  const viewBox = await page.locator('#chart-map').getAttribute('viewBox');
  assert.ok(Number(viewBox.split(' ')[2]) <= 320, `drawn for the phone (${viewBox}), not shrunk from a desktop drawing`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForFunction(() => Number(document.querySelector('#chart-map').getAttribute('viewBox').split(' ')[2]) > 500);
  page.assertNoPanic();
  await page.closeAll();
});
