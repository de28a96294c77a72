// Where a change of year goes in the browser: Chromium's trace of the main thread while the year
// select is changed, summed per change by kind of work. The benchmark (bench.mjs) gives the times a
// reader waits; this gives what fills them, including work that runs after the frame (the tab's
// icon, which Chromium fetches and decodes again on every change of address).
//   TRACE_CPU (CPU slowdown, default 4), TRACE_CHANGES (default 10), TRACE_PATH (default ru/)
// Usage: node tests/e2e/trace-changes.mjs SITE [SITE ...]   (a built site, served at its root,
// such as dist-root or one of scripts/bench.sh's scratch sites; sites given twice are measured
// again, in turn)
import { basename } from 'node:path';
import { launch } from './helpers.mjs';
import { serve } from './static-server.mjs';

const CPU = Number(process.env.TRACE_CPU ?? 4);
const CHANGES = Number(process.env.TRACE_CHANGES ?? 10);
const PATH = process.env.TRACE_PATH ?? 'ru/';

const ICON = 'the tab\'s icon (fetch and decode)';
// Trace events by name, as the kind of work they are (each counted once: the outermost of its kind).
const KINDS = {
  'the app (script and its DOM calls)': ['FunctionCall', 'RunMicrotasks', 'EventDispatch', 'FireAnimationFrame', 'TimerFire'],
  'style': ['UpdateLayoutTree'],
  'layout': ['Layout'],
  'paint': ['Paint', 'PrePaint', 'Layerize'],
  [ICON]: ['ResponseBodyLoader::DidFinishLoadingBody'],
};

async function traceOne(browser, dir) {
  const site = await serve(dir, { prefix: '/', compress: false });
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    await page.goto(`${site.url}${PATH}`);
    await page.waitForFunction(() => !document.getElementById('prerendered') && document.querySelector('#filter-year'),
      null, { timeout: 120000 });
    await page.waitForTimeout(1000);
    const years = await page.evaluate(() => [...document.querySelector('#filter-year').options].map((o) => o.value));
    if (years.length < 2) throw new Error(`${dir}: the year select has no year to choose`);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink'] });
    for (let i = 0; i < CHANGES; i += 1) {
      const year = i % 2 ? years[0] : years[1 + ((i / 2) % (years.length - 1))];
      await page.evaluate((value) => {
        const select = document.querySelector('#filter-year');
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, year);
      await page.waitForTimeout(400 * CPU);
    }
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const ours = traceEvents.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
    const sums = Object.fromEntries(Object.keys(KINDS).map((k) => [k, 0]));
    let tasks = 0;
    // the icon's own style and layout (an SVG icon is a document) count as the icon's
    const icon = ours.filter((e) => KINDS[ICON].includes(e.name));
    const inIcon = (e) => icon.some((i) => e.ts >= i.ts && e.ts + e.dur <= i.ts + i.dur);
    for (const [kind, names] of Object.entries(KINDS)) {
      const events = ours.filter((e) => names.includes(e.name) && (kind === ICON || !inIcon(e)))
        .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
      let end = -Infinity;
      for (const e of events) {
        if (e.ts >= end) { sums[kind] += e.dur; end = e.ts + e.dur; }
      }
    }
    let end = -Infinity;
    for (const e of ours.filter((x) => x.name === 'RunTask').sort((a, b) => a.ts - b.ts)) {
      if (e.ts >= end) { tasks += e.dur; end = e.ts + e.dur; }
    }
    return { site: basename(dir), tasks: tasks / 1000 / CHANGES, kinds: Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v / 1000 / CHANGES])) };
  } finally {
    await context.close();
    await site.close();
  }
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node tests/e2e/trace-changes.mjs SITE [SITE ...]');
  process.exit(2);
}
const browser = await launch();
try {
  const rows = [];
  for (const dir of dirs) rows.push(await traceOne(browser, dir));
  const kinds = Object.keys(KINDS);
  console.log(`\nMain-thread work per change of year, ms (CPU ${CPU}x, ${CHANGES} changes, /${PATH}, 1100 px)`);
  console.log(`| site | all tasks | ${kinds.join(' | ')} |`);
  console.log(`|---|---|${kinds.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.site} | ${r.tasks.toFixed(1)} | ${kinds.map((k) => r.kinds[k].toFixed(1)).join(' | ')} |`);
} finally {
  await browser.close();
}
