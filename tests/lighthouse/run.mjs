// Lighthouse 12.8 (mobile: simulated slow 4G, 4x CPU) on the release build under /minewatch/,
// served gzip-compressed as GitHub Pages serves it. Prints one row per page and language.
// Run: scripts/lighthouse.sh (after a release build in ../../dist).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../e2e/static-server.mjs';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('../../dist/data/manifest.json', 'utf8'));
const latest = manifest.snapshots.find((s) => s.id === manifest.latest);
const snapshot = JSON.parse(readFileSync(`../../dist/data/${latest.path}`, 'utf8'));
const event = snapshot.events[0].id;
const site = await serve('../../dist', { prefix: '/minewatch/' });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const pages = [['dashboard', ''], ['event', `events/${event}`], ['region', 'regions/KZ-61'], ['embed', 'embed/map']];
const rows = [];
for (const [name, path] of pages) {
  for (const lang of ['en', 'kk']) {
    const url = `${site.url}${lang === 'en' ? '' : 'kk/'}${path}`;
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const a = lhr.audits;
    const ms = (k) => Math.round(a[k].numericValue);
    rows.push(`| ${name} | ${lang} | ${Math.round(lhr.categories.performance.score * 100)} | ${ms('first-contentful-paint')} | ${ms('largest-contentful-paint')} | ${a['cumulative-layout-shift'].numericValue.toFixed(3)} | ${ms('total-blocking-time')} | ${Math.round(a['total-byte-weight'].numericValue / 1024)} | ${['accessibility', 'best-practices', 'seo'].map((c) => Math.round(lhr.categories[c].score * 100)).join(' / ')} |`);
    console.error(rows.at(-1));
  }
}
console.log('| page | lang | performance | FCP ms | LCP ms | CLS | TBT ms | KiB transferred | a11y / best practices / SEO |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
await chrome.kill();
await site.close();
