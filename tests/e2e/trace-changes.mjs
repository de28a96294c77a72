// Where a change of year goes in the browser: Chromium's trace of the main thread while the year
// select is changed, summed per change by kind of work. The benchmark (bench.mjs) gives the times a
// reader waits; this gives what fills them, including work that runs after the frame (the tab's
// icon, which Chromium fetches and decodes again on every change of address).
// With TRACE_PROFILE=1 it runs Chromium's CPU profiler instead, and sums the script's time per
// change by what it does (setting markup, handing strings to the DOM, attributes, nodes,
// formatting, the reactive graph, the views, the app's own code): run it on a site whose app
// keeps its functions' names, as scripts/profile-changes.sh makes one.
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
const PROFILE = process.env.TRACE_PROFILE === '1';

const ICON = 'the tab\'s icon (fetch and decode)';
// Trace events by name, as the kind of work they are (each counted once: the outermost of its kind).
const KINDS = {
  'the app (script and its DOM calls)': ['FunctionCall', 'RunMicrotasks', 'EventDispatch', 'FireAnimationFrame', 'TimerFire'],
  'style': ['UpdateLayoutTree'],
  'layout': ['Layout'],
  'paint': ['Paint', 'PrePaint', 'Layerize'],
  [ICON]: ['ResponseBodyLoader::DidFinishLoadingBody'],
};

// What a function of the profile does, by its name (the first group that matches), else by
// where it is: the app's WebAssembly, its JavaScript glue, or the browser's own.
const GROUPS = [
  ['markup set (innerHTML)', /innerHTML/],
  ['strings handed to the DOM', /^(decode|encode|encodeInto)$|StringFromWasm0|StringToWasm0/],
  ['attributes set and removed', /^(setAttribute|removeAttribute|add|toggle)$|_attribute/],
  ['nodes made, moved and removed', /^(insertBefore|remove|removeChild|appendChild|replaceChild|cloneNode|createElement|createElementNS|createTextNode|before|after|replaceWith)$|nodeValue|set_data/],
  ['formatting (core::fmt)', /core(\[[0-9a-f]+\])?::fmt|flt2dec|Formatter|::fmt::|as core.*::fmt::(Display|Debug)>::fmt/],
  ['allocation and copying', /dlmalloc|raw_vec|^mem(cpy|move|set|cmp)$|alloc::|__rdl_|__rust_(alloc|dealloc|realloc)/],
  ['reactive graph', /reactive_graph/],
  ['views (tachys)', /tachys/],
  ['the app\'s own code', /minewatch/],
  ['garbage collection', /^\(garbage collector\)$/],
  ['calls between WebAssembly and JavaScript', /^(wasm-to-js|js-to-wasm)$/],
];

function groupOf(frame) {
  const name = frame.functionName;
  for (const [group, pattern] of GROUPS) if (pattern.test(name)) return group;
  if (/^wasm:|\.wasm$/.test(frame.url)) return 'other WebAssembly (libraries, the standard library)';
  if (/minewatch-web-[a-z]+-[0-9a-f]+\.js$/.test(frame.url)) return 'the app\'s JavaScript glue';
  return 'other (the browser\'s own script)';
}

/** Changes the page's year CHANGES times, from one year to all years and back. */
async function changeYears(page, dir) {
  const years = await page.evaluate(() => [...document.querySelector('#filter-year').options].map((o) => o.value));
  if (years.length < 2) throw new Error(`${dir}: the year select has no year to choose`);
  for (let i = 0; i < CHANGES; i += 1) {
    const year = i % 2 ? years[0] : years[1 + ((i / 2) % (years.length - 1))];
    await page.evaluate((value) => {
      const select = document.querySelector('#filter-year');
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, year);
    await page.waitForTimeout(400 * CPU);
  }
}

/** Self time per change by group, and the functions that take the most, from a CPU profile. */
function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const groups = new Map();
  const functions = new Map();
  const others = new Map();
  let total = 0;
  for (const [id, us] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || ['(idle)', '(program)', '(root)'].includes(frame.functionName)) continue;
    const group = groupOf(frame);
    const name = frame.functionName || `(${frame.url.split('/').pop()})`;
    groups.set(group, (groups.get(group) ?? 0) + us);
    functions.set(name, (functions.get(name) ?? 0) + us);
    if (group.startsWith('other (')) others.set(name, (others.get(name) ?? 0) + us);
    total += us;
  }
  const perChange = (entries) => [...entries].sort((a, b) => b[1] - a[1]).map(([k, us]) => [k, us / 1000 / CHANGES]);
  return {
    total: total / 1000 / CHANGES,
    groups: perChange(groups),
    functions: perChange(functions).slice(0, 12),
    others: perChange(others).slice(0, 6),
  };
}

/** Opens the site's page once the app has taken it over, and gives it to `measure`. */
async function onSite(browser, dir, measure) {
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
    return await measure(page, cdp);
  } finally {
    await context.close();
    await site.close();
  }
}

const profileOne = (browser, dir) => onSite(browser, dir, async (page, cdp) => {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await changeYears(page, dir);
  const { profile } = await cdp.send('Profiler.stop');
  return { site: basename(dir), ...summarise(profile) };
});

const traceOne = (browser, dir) => onSite(browser, dir, async (page) => {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink'] });
  await changeYears(page, dir);
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
});

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node tests/e2e/trace-changes.mjs SITE [SITE ...]');
  process.exit(2);
}
const browser = await launch();
try {
  if (PROFILE) {
    for (const dir of dirs) {
      const r = await profileOne(browser, dir);
      console.log(`\nScript per change of year on ${r.site}, ms of self time (CPU profile, CPU ${CPU}x, ${CHANGES} changes, /${PATH}): ${r.total.toFixed(2)} in all`);
      console.log('| what it does | ms |\n|---|---|');
      for (const [group, ms] of r.groups) console.log(`| ${group} | ${ms.toFixed(2)} |`);
      console.log(`\nThe browser's own script, most first: ${r.others.map(([name, ms]) => `${name || '(anonymous)'} ${ms.toFixed(2)}`).join(', ')}`);
      console.log('\nThe functions that take the most:');
      for (const [name, ms] of r.functions) console.log(`${ms.toFixed(3).padStart(7)}  ${name.slice(0, 140)}`);
    }
  } else {
    const rows = [];
    for (const dir of dirs) rows.push(await traceOne(browser, dir));
    const kinds = Object.keys(KINDS);
    console.log(`\nMain-thread work per change of year, ms (CPU ${CPU}x, ${CHANGES} changes, /${PATH}, 1100 px)`);
    console.log(`| site | all tasks | ${kinds.join(' | ')} |`);
    console.log(`|---|---|${kinds.map(() => '---').join('|')}|`);
    for (const r of rows) console.log(`| ${r.site} | ${r.tasks.toFixed(1)} | ${kinds.map((k) => r.kinds[k].toFixed(1)).join(' | ')} |`);
  }
} finally {
  await browser.close();
}
