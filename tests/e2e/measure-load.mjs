// Load time on a cheap phone, roughly: Chromium with the CPU slowed 4x and a slow 4G network
// (150 ms round trip, 1.6 Mbit/s down), a cold cache each run. Prints the median of five runs of
// the time from navigation to the first headline figure and to the map, for the dashboard and
// for an embed. Run: node measure-load.mjs (after a release build in ../../dist).
import { launch, serveBuild } from './helpers.mjs';

const RUNS = Number(process.env.LOAD_RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeTo(browser, url, selectors) {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const start = Date.now();
  await page.goto(url);
  const times = {};
  for (const [name, selector] of selectors) {
    await page.waitForSelector(selector, { timeout: 60000 });
    times[name] = Date.now() - start;
  }
  await context.close();
  return times;
}

const browser = await launch();
const site = await serveBuild('subpath');
const cases = [
  ['dashboard', site.url, [['first figure', '.figure-card .value'], ['map', '#chart-map a.tile']]],
  ['dashboard in Kazakh', `${site.url}?lang=kk`, [['first figure', '.figure-card .value']]],
  ['embed (map)', `${site.url}embed/map?snapshot=2026-11-22`, [['map', '#chart-map a.tile']]],
];
for (const [name, url, selectors] of cases) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await timeTo(browser, url, selectors));
  const line = selectors.map(([label]) => `${label} ${median(runs.map((r) => r[label]))} ms`).join(', ');
  console.log(`${name}: ${line} (median of ${RUNS}, 4x CPU slowdown, slow 4G, cold cache)`);
}
await browser.close();
await site.close();
