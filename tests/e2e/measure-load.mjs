// Load time on a cheap phone, roughly: Chromium with the CPU slowed 4x and a slow 4G network
// (150 ms round trip, 1.6 Mbit/s down), a cold cache each run. Prints the median of five runs of
// the time from navigation to the first headline figure a reader can see and to the map, for the
// dashboard and for an embed, pre-rendered and not (a filtered address), with the blocking time
// (long tasks past 50 ms from the first paint) where the app takes a page over; and, for a year
// chosen on the pre-rendered dashboard as soon as it shows, when that year's figures show.
// Run: node measure-load.mjs (after a release build in ../../dist;
// LOAD_DIST=path measures another sub-path build, e.g. an earlier commit's, in the same run of the machine).
import { resolve } from 'node:path';
import { launch, serveBuild } from './helpers.mjs';
import { serve } from './static-server.mjs';

const RUNS = Number(process.env.LOAD_RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A page in a context of its own, on the cheap phone's screen, CPU and network, cold cache. */
async function slowPhone(browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}

async function timeTo(browser, url, selectors) {
  const { context, page } = await slowPhone(browser);
  // every task of 50 ms or more, as the browser reports it
  await page.addInitScript(() => {
    window.minewatchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.minewatchLongTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const start = Date.now();
  await page.goto(url);
  const times = {};
  for (const [name, selector] of selectors) {
    await page.waitForSelector(selector, { timeout: 60000 });
    times[name] = Date.now() - start;
  }
  if (selectors.some(([name]) => name === 'app')) {
    // blocking time once the app is live and a second has passed: what Lighthouse's TBT counts
    // (each long task's time past 50 ms, from the first paint on), here on this profile
    await page.waitForTimeout(1000);
    times.blocking = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      return Math.round(window.minewatchLongTasks.filter(([at]) => at >= paint)
        .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0));
    });
  }
  await context.close();
  return times;
}

const browser = await launch();
const site = process.env.LOAD_DIST ? await serve(resolve(process.env.LOAD_DIST), { prefix: '/minewatch/' }) : await serveBuild('subpath');
// "first figure" is the first one a reader can see (pre-rendered, or the app's); "app" is when the
// app has taken the page over (filters work).
const APP = '#app:not([hidden]) .figure-card .value';
// a language's dashboard: its path (LOAD_LANG_QUERY=1: `?lang=`, for a build from before the paths)
const inLang = (code) => (process.env.LOAD_LANG_QUERY ? `${site.url}?lang=${code}` : `${site.url}${code}/`);
const cases = [
  ['dashboard', site.url, [['first figure', '.figure-card .value:visible'], ['map', '#chart-map a.tile:visible'], ['app', APP]]],
  ['dashboard in Kazakh', inLang('kk'), [['first figure', '.figure-card .value:visible'], ['app', APP]]],
  ['dashboard in Russian', inLang('ru'), [['first figure', '.figure-card .value:visible'], ['app', APP]]],
  ['an old link (?lang=kk), moved to /kk/', `${site.url}?lang=kk`, [['first figure', '.figure-card .value:visible']]],
  ['dashboard, filtered (not pre-rendered)', `${site.url}?region=KZ-35&from=2022`, [['first figure', '.figure-card .value:visible']]],
  ['embed (map)', `${site.url}embed/map`, [['map', '#chart-map a.tile:visible']]],
  ['embed (map), pinned to the first snapshot', `${site.url}embed/map?snapshot=2026-11-22`, [['map', '#chart-map a.tile:visible']]],
];
// A reader who picks a year as soon as the pre-rendered figures show (before the app can count):
// when the figures of that year show. The choice is kept and applied when the app takes over.
async function yearChosenEarly(browser, url) {
  const { context, page } = await slowPhone(browser);
  const start = Date.now();
  await page.goto(url);
  await page.waitForSelector('.figure-card .value:visible', { timeout: 60000 });
  const year = await page.evaluate(() => [...document.querySelectorAll('#filter-year option')].map((o) => o.value).find(Boolean));
  await page.selectOption('#filter-year >> nth=0', year);
  const chosen = Date.now() - start;
  await page.waitForFunction((y) => new URL(location.href).searchParams.get('from') === y && !document.getElementById('prerendered')
    && document.querySelector('#app .figure-card .value'), year, { timeout: 60000 });
  const shown = Date.now() - start;
  await context.close();
  return { chosen, shown };
}

for (const [name, url, selectors] of cases) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await timeTo(browser, url, selectors));
  const labels = [...selectors.map(([label]) => label), ...('blocking' in runs[0] ? ['blocking'] : [])];
  const line = labels.map((label) => `${label} ${median(runs.map((r) => r[label]))} ms`).join(', ');
  console.log(`${name}: ${line} (median of ${RUNS}, 4x CPU slowdown, slow 4G, cold cache)`);
}
{
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await yearChosenEarly(browser, site.url));
  console.log(`dashboard, a year chosen as soon as the figures show: chosen at ${median(runs.map((r) => r.chosen))} ms, `
    + `that year's figures at ${median(runs.map((r) => r.shown))} ms (median of ${RUNS}, 4x CPU slowdown, slow 4G, cold cache)`);
}
await browser.close();
await site.close();
