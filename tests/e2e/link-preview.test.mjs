// Link previews as a chat app makes them: a real link-preview library (open-graph-scraper, from
// the npm registry) fetches the pre-rendered pages, dashboard, an event, a region and the events
// list, in kk, ru and en: the card's title and description are in the link's language, with a
// figure; its image is an absolute address that answers 200 with a 1200x630 PNG in that language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ogs from 'open-graph-scraper';
import { serveBuild, bundledSnapshot, pngSize, ORIGIN } from './helpers.mjs';

const snapshot = bundledSnapshot();
let site;
before(async () => { site = await serveBuild('subpath'); });
after(async () => { await site?.close(); });

const event = snapshot.events.find((e) => e.id === 'saryarka-sez-2022-02');
const region = snapshot.regions.find((r) => r.code === 'KZ-35');
// Words each language's card must hold, and letters another language's card would not.
const WORDS = {
  en: { dashboard: /Kazakhstan/, events: /events/i, script: /^[^\u0400-\u04ff]*$/ },
  ru: { dashboard: /Казахстан/, events: /событи/i, script: /[\u0400-\u04ff]/ },
  kk: { dashboard: /Қазақстан/, events: /оқиға/i, script: /[\u0400-\u04ff]/ },
};
const PAGES = [
  ['dashboard', '', (lang) => WORDS[lang].dashboard],
  ['an event', `events/${event.id}`, (lang) => new RegExp(event.title[lang].slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))],
  ['a region', `regions/${region.code}`, (lang) => new RegExp(region.names[lang])],
  ['the events list', 'events', (lang) => WORDS[lang].events],
];

for (const [name, route, expected] of PAGES) {
  test(`the link preview of ${name} is in the link's language, with a figure and its own image`, async () => {
    const images = new Map();
    for (const [prefix, lang] of [['', 'en'], ['ru/', 'ru'], ['kk/', 'kk']]) {
      const url = site.url + prefix + route;
      const { error, result } = await ogs({ url, timeout: 10 });
      assert.equal(error, false, `${url}: ${JSON.stringify(result)}`);
      const card = `${result.ogTitle} ${result.ogDescription}`;
      assert.match(card, expected(lang), `${lang} ${name}: ${card}`);
      assert.match(result.ogTitle, WORDS[lang].script, `${lang} ${name}: the title is in ${lang}: ${result.ogTitle}`);
      assert.match(result.ogDescription, /\d/, `${lang} ${name}: the description has a figure: ${result.ogDescription}`);
      assert.equal(result.ogUrl, `${ORIGIN}/minewatch/${prefix}${route}`);
      assert.equal(result.ogLocale, { en: 'en_GB', ru: 'ru_RU', kk: 'kk_KZ' }[lang]);
      const [image] = result.ogImage ?? [];
      assert.ok(image?.url.startsWith(`${ORIGIN}/`), `${lang} ${name}: an absolute image address: ${image?.url}`);
      assert.ok(image.url.endsWith(`/${lang}.png`), `${lang} ${name}: the image in the link's language: ${image.url}`);
      assert.equal(String(image.width), '1200');
      assert.equal(String(image.height), '630');
      // what the chat app fetches, from this machine's server in place of the origin
      const png = await fetch(image.url.replace(`${ORIGIN}/minewatch/`, site.url));
      assert.equal(png.status, 200, image.url);
      const bytes = Buffer.from(await png.arrayBuffer());
      assert.deepEqual(pngSize(bytes), [1200, 630]);
      images.set(lang, bytes.toString('base64'));
    }
    if (images.size) assert.equal(new Set(images.values()).size, 3, `${name}: three images, one per language`);
  });
}
