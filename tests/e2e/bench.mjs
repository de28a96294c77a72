// The benchmark's browser half: for each scratch site given (a folder with the app and its data),
// measures in headless Chromium, on a 1100 px wide page:
//   first figure   from navigation to the paint after the first headline figure appears (median)
//   filter change  from the change event of the year select to the paint after the page settles
//   events page    from a click on "Events" in the header to the paint after the list settles
//   event page     from a click on the list's first event to the paint after its summary shows
//   search         from each keystroke in the events search to the paint after the list settles
//                  (after a click into the box has loaded the search lines)
//   heap           the JavaScript heap plus the WebAssembly memory, after all of the above
// Filter change and search are also given to "DOM done": from the event to the last change the app
// makes to the page (its own work, without the wait for the browser's next frame, which puts a
// floor of about one frame, 17 ms, under the paint times).
// "Settles" means: the change reached the address or the page, and a frame went by with no change
// to the page. Times are taken in the page (performance.now), not by this script.
// Run by scripts/bench.sh; BENCH_CPU="1 4" (CPU slowdowns), BENCH_RUNS (first-figure loads),
// BENCH_SAMPLES (filter changes).
import { basename, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { launch } from './helpers.mjs';
import { serve } from './static-server.mjs';

const sites = process.argv.slice(2);
const cpus = (process.env.BENCH_CPU ?? '1 4').split(/\s+/).filter(Boolean).map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const QUERIES = ['Караганда', 'ферма', 'Pavlodar'];
const LOAD_TIMEOUT = 120000;

const quantile = (xs, q) => {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};

// In the page before anything runs: when the first headline figure is painted, where the
// WebAssembly memory is, and `__settle`, which resolves at the paint after the page settles.
function instrument() {
  const frameEnd = () => new Promise((ok) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => ok(performance.now());
    channel.port2.postMessage(0);
  }));
  let lastMutation = 0;
  new MutationObserver(() => { lastMutation = performance.now(); })
    .observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  const firstFigure = new MutationObserver(async () => {
    if (document.querySelector('.figure-card .value')) {
      firstFigure.disconnect();
      window.__firstFigure = await frameEnd();
    }
  });
  firstFigure.observe(document, { subtree: true, childList: true });
  addEventListener('TrunkApplicationStarted', (e) => { window.__wasmMemory = e.detail?.wasm?.memory; });
  window.__settle = async (t0, done, timeout = 60000) => {
    const ends = [];
    for (;;) {
      const end = await frameEnd();
      ends.push(end);
      if (end - t0 > timeout) return null;
      const before = ends.length > 1 ? ends[ends.length - 2] : t0;
      // settled: the change is there, and nothing on the page changed in the latest frame
      if (done() && lastMutation <= before) {
        const after = Math.max(lastMutation, t0);
        window.__domDone = after - t0;
        return (ends.find((e) => e > after) ?? end) - t0;
      }
    }
  };
}

async function measure(browser, siteDir, cpu) {
  const site = await serve(siteDir, { prefix: '/', compress: false });
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'ru-RU' });
  await context.addInitScript(instrument);
  const manifest = JSON.parse(readFileSync(join(siteDir, 'data', 'manifest.json'), 'utf8'));
  const events = manifest.snapshots.find((s) => s.id === manifest.latest)?.events;
  const result = { site: basename(siteDir), cpu, events };
  try {
    const firsts = [];
    let page;
    for (let i = 0; i < RUNS; i += 1) {
      if (page) await page.close();
      page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      page.cdp = cdp;
      await page.goto(`${site.url}ru/`);
      await page.waitForFunction(() => window.__firstFigure, null, { timeout: LOAD_TIMEOUT, polling: 100 });
      firsts.push(await page.evaluate(() => window.__firstFigure));
    }
    // a pre-rendered page shows its figure before the app runs: interact once the app has it
    await page.waitForFunction(() => !document.getElementById('prerendered'), null, { timeout: LOAD_TIMEOUT });
    result.first = quantile(firsts, 0.5);

    const changes = await page.evaluate(async (samples) => {
      const select = document.querySelector('#filter-year');
      if (!select) return [];
      const values = [...select.options].map((o) => o.value);
      const out = [];
      const dom = [];
      for (let i = 0; i < samples; i += 1) {
        const value = i % 2 === 0 ? values[1 + ((i / 2) % (values.length - 1))] : values[0];
        const before = location.search;
        const t0 = performance.now();
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        out.push(await window.__settle(t0, () => location.search !== before));
        dom.push(window.__domDone);
      }
      return { out, dom };
    }, SAMPLES);
    result.filterP50 = quantile(changes.out, 0.5);
    result.filterP95 = quantile(changes.out, 0.95);
    result.filterDom = changes.dom;

    result.eventsPage = await page.evaluate(async () => {
      const link = [...document.querySelectorAll('header nav a')].find((a) => /\/events(\?|$)/.test(a.getAttribute('href') ?? ''));
      const t0 = performance.now();
      link.click();
      return window.__settle(t0, () => document.querySelector('table.events tbody tr'));
    });

    result.search = await page.evaluate(async (queries) => {
      const input = document.querySelector('#events-search');
      if (!input) return null;
      // a click into the box loads the search lines; typing starts once they are in
      input.focus();
      input.dispatchEvent(new Event('pointerenter'));
      for (let i = 0; i < 1200 && input.dataset.lines && input.dataset.lines !== 'ready'; i += 1) {
        await new Promise((ok) => setTimeout(ok, 50));
      }
      const out = [];
      const dom = [];
      for (const q of queries) {
        for (let i = 1; i <= q.length; i += 1) {
          const t0 = performance.now();
          input.value = q.slice(0, i);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          out.push(await window.__settle(t0, () => true));
          dom.push(window.__domDone);
        }
        const t0 = performance.now();
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await window.__settle(t0, () => true);
      }
      return { out, dom };
    }, QUERIES);

    result.eventPage = await page.evaluate(async () => {
      const link = document.querySelector('table.events tbody tr a');
      const t0 = performance.now();
      link.click();
      return window.__settle(t0, () => document.querySelector('article.event .summary')?.textContent?.trim());
    });

    await page.cdp.send('HeapProfiler.collectGarbage');
    const heap = await page.cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__wasmMemory?.buffer?.byteLength ?? 0);
    result.heapMb = (heap.usedSize + wasm) / 1048576;
    result.wasmMb = wasm / 1048576;
  } catch (e) {
    result.error = e.message.split('\n')[0];
  } finally {
    await context.close();
    await site.close();
  }
  return result;
}

const ms = (x) => (x == null ? '—' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);
const browser = await launch();
let failed = 0;
for (const cpu of cpus) {
  const rows = [];
  for (const site of sites) {
    const r = await measure(browser, site, cpu);
    rows.push(r);
    if (r.error) failed += 1;
    console.error(JSON.stringify(r));
  }
  console.log(`\nCPU ${cpu}x (headless Chromium, ${RUNS} loads, ${SAMPLES} filter changes, ${QUERIES.join('', '').length} keystrokes)`);
  console.log('| site | events | first figure | filter change p50 / p95 (DOM done) | events page | event page | search p50 / p95 (DOM done) | heap (of it WebAssembly) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    if (r.error && r.first == null) {
      console.log(`| ${r.site} | | did not finish: ${r.error} | | | | | |`);
      continue;
    }
    const pair = (xs) => `${ms(quantile(xs, 0.5))} / ${ms(quantile(xs, 0.95))}`;
    const search = r.search ? `${pair(r.search.out)} (${pair(r.search.dom)})` : 'no search';
    const filter = `${ms(r.filterP50)} / ${ms(r.filterP95)}${r.filterDom ? ` (${pair(r.filterDom)})` : ''}`;
    const heap = r.heapMb == null ? '—' : `${r.heapMb.toFixed(0)} MB (${r.wasmMb.toFixed(0)} MB)`;
    console.log(`| ${r.site} | ${r.events} | ${ms(r.first)} | ${filter} | ${ms(r.eventsPage)} | ${ms(r.eventPage)} | ${search} | ${heap} |${r.error ? ` (stopped: ${r.error})` : ''}`);
  }
}
await browser.close();
// A benchmark, not a test: no time is judged, but every measurement must have run to its end.
if (failed > 0) {
  console.error(`${failed} measurement(s) did not finish`);
  process.exit(1);
}
