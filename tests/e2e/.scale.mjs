import { launch, serveBuild, newPage, open, bundledSnapshot } from './helpers.mjs';
const browser = await launch(); const site = await serveBuild('subpath');
const real = bundledSnapshot();
for (const n of [2500, 5000, 10000]) {
  const s = JSON.parse(JSON.stringify(real)); const e = s.events[0]; const t = e.measures[0];
  e.measures = Array.from({ length: n }, (_, i) => ({ ...t, kind: `k${i >> 1}`, value: (i % 7) + 1, preferred: i % 2 === 0 }));
  const page = await newPage(browser, { width: Number(process.env.W ?? 1100), height: 900 });
  await page.route('**/data/snapshots/**', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(s) }));
  const t0 = Date.now();
  await page.goto(site.url + `events/${e.id}`); await page.waitForSelector('table.measures tbody tr', { timeout: 120000 });
  console.log(n, 'figures:', Date.now() - t0, 'ms');
  await page.closeAll();
}
await browser.close(); await site.close();
