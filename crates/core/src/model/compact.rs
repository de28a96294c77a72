//! What the app loads instead of the whole snapshot, all derived from it by the publishing tool:
//!
//! - an **index** per language (`index/ID/LANG.json`): the reference tables and every event's
//!   structure and figures, with its title in that language only and without its long text;
//!   enough for every total, chart, map and list;
//! - **details** in shards of [`SHARD_SIZE`] events (`details/ID/N.json`): the titles and
//!   summaries in every language, the sources' own words, notes, loaded when a page shows them;
//! - a **search** text per language (`search/ID/LANG.json`): one folded line per event.
//!
//! The manifest names each index and search file with its checksum; the index names each shard
//! with its checksum, so every file the app reads is checked against the manifest.

use super::choices::Lang;
use super::dates::{self, DatePrecision, PartialDate};
use super::fold::fold;
use super::metric::{Metric, Qualifier};
use super::snapshot::{
    Agency, Confidence, Event, FxRate, Licence, Measure, Period, Region, Scope, Snapshot, Source,
    Text, SNAPSHOT_SCHEMA,
};
use super::statistic::Statistic;
use chrono::NaiveDate;
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};

pub const INDEX_SCHEMA: &str = "minewatch.index/1";
pub const DETAILS_SCHEMA: &str = "minewatch.details/1";
pub const SEARCH_SCHEMA: &str = "minewatch.search/1";

/// Events per details shard: an event page loads one shard.
pub const SHARD_SIZE: usize = 50;

/// A file the app loads, with what it must be.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Part {
    /// Relative to the data folder.
    pub path: String,
    pub sha256: String,
    pub bytes: u64,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Index {
    pub schema: String,
    pub id: String,
    #[serde(with = "dates::day")]
    pub published: NaiveDate,
    /// The language of the titles.
    pub lang: String,
    pub licence: Licence,
    pub changelog: String,
    pub regions: Vec<Region>,
    pub agencies: Vec<Agency>,
    pub sources: Vec<Source>,
    pub fx: Vec<FxRate>,
    pub statistics: Vec<Statistic>,
    /// The words events and figures name by number: kinds, units, currencies, breakdowns.
    pub words: Vec<String>,
    pub events: Vec<IndexEvent>,
    /// The details shards, in order: shard `n` holds events `n * SHARD_SIZE ..`.
    pub details: Vec<Part>,
}

/// An event without its long text, as an array of: id, kind (a number in `words`), title (one
/// language), announced, date precision (0 day, 1 month, 2 year, 3 unknown), period, regions
/// (numbers in `regions`), scope (0 local, 1 regional, 2 multi-regional, 3 national), agencies
/// (numbers in `agencies`), confidence (0 high, 1 medium, 2 low), may overlap (ids), figures.
/// Numbers rather than names, so that a hundred thousand events stay small and quick to read.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct IndexEvent(
    pub String,
    pub u32,
    pub Text,
    pub Option<PartialDate>,
    pub u8,
    pub Option<Period>,
    pub Vec<u16>,
    pub u8,
    pub Vec<u16>,
    pub u8,
    pub Vec<String>,
    pub Vec<IndexMeasure>,
);

/// A figure without the source's words: metric (its place in `Metric::ALL`), value, unit and
/// currency (numbers in `words`), qualifier (0 exact, 1 about, 2 at least, 3 at most), sources
/// (numbers in `sources`), region (a number in `regions`), preferred (1 or 0), breakdown (a
/// number in `words`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct IndexMeasure(
    pub u8,
    pub Option<Figure>,
    pub Option<u32>,
    pub Option<u32>,
    pub u8,
    pub Vec<u32>,
    pub Option<u16>,
    pub u8,
    pub Option<u32>,
);

/// A figure's value, written without ".0" when it is whole.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct Figure(pub f64);

impl Serialize for Figure {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.fract() == 0.0 && self.0.abs() < 9.0e15 {
            s.serialize_i64(self.0 as i64)
        } else {
            s.serialize_f64(self.0)
        }
    }
}

const PRECISIONS: [DatePrecision; 4] = [
    DatePrecision::Day,
    DatePrecision::Month,
    DatePrecision::Year,
    DatePrecision::Unknown,
];
const SCOPES: [Scope; 4] = [
    Scope::Local,
    Scope::Regional,
    Scope::MultiRegional,
    Scope::National,
];
const CONFIDENCES: [Confidence; 3] = [Confidence::High, Confidence::Medium, Confidence::Low];
const QUALIFIERS: [Qualifier; 4] = [
    Qualifier::Exact,
    Qualifier::Approx,
    Qualifier::AtLeast,
    Qualifier::AtMost,
];

fn number_of<T: PartialEq>(list: &[T], x: &T) -> u8 {
    list.iter().position(|y| y == x).unwrap_or(0) as u8
}

fn nth<T: Copy>(list: &[T], n: u8, what: &str, id: &str) -> Result<T, String> {
    list.get(n as usize).copied().ok_or_else(|| {
        format!("event \"{id}\" has {what} number {n}, which the index does not define")
    })
}

/// Numbers for the words of an index, each word once, in the order first met.
#[derive(Default)]
struct Words {
    list: Vec<String>,
    numbers: HashMap<String, u32>,
}

impl Words {
    fn number(&mut self, word: &str) -> u32 {
        if let Some(n) = self.numbers.get(word) {
            return *n;
        }
        let n = self.list.len() as u32;
        self.list.push(word.to_string());
        self.numbers.insert(word.to_string(), n);
        n
    }
}

/// The long text of a run of events.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Details {
    pub schema: String,
    pub snapshot: String,
    /// The place of the first event in the index.
    pub first: usize,
    pub events: Vec<EventDetails>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct EventDetails {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    pub date_note: Option<String>,
    pub region_as_reported: Option<String>,
    pub locality: Option<String>,
    pub notes: Vec<String>,
    /// Per figure, in order: the source's words and the editors' note.
    pub measures: Vec<(String, Option<String>)>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Search {
    pub schema: String,
    pub snapshot: String,
    pub lang: String,
    /// One folded line per event, in the index's order.
    pub texts: Vec<String>,
}

/// The text in `lang`, else in the next language a reader of `lang` prefers (ru, kk, en for a
/// Russian reader): the one language a list shows.
pub fn shown(text: &Text, lang: Lang) -> Text {
    let mut out = Text::default();
    match text.for_reader(lang) {
        Some((Lang::En, t)) => out.en = Some(t.to_string()),
        Some((Lang::Ru, t)) => out.ru = Some(t.to_string()),
        Some((Lang::Kk, t)) => out.kk = Some(t.to_string()),
        None => {}
    }
    out
}

/// The index of a snapshot in one language; `details` are the shards' parts, in order.
pub fn index_of(s: &Snapshot, lang: Lang, details: Vec<Part>) -> Index {
    fn numbers<'a>(list: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
        list.enumerate().map(|(i, id)| (id, i)).collect()
    }
    let sources = numbers(s.sources.iter().map(|x| x.id.as_str()));
    let regions = numbers(s.regions.iter().map(|x| x.code.as_str()));
    let agencies = numbers(s.agencies.iter().map(|x| x.id.as_str()));
    let mut words = Words::default();
    let mut events = Vec::with_capacity(s.events.len());
    for e in &s.events {
        let mut measures = Vec::with_capacity(e.measures.len());
        for m in &e.measures {
            measures.push(IndexMeasure(
                Metric::ALL.iter().position(|x| *x == m.metric).unwrap_or(0) as u8,
                m.value.map(Figure),
                m.unit.as_deref().map(|w| words.number(w)),
                m.currency.as_deref().map(|w| words.number(w)),
                number_of(&QUALIFIERS, &m.qualifier),
                m.sources
                    .iter()
                    .filter_map(|id| sources.get(id.as_str()).map(|n| *n as u32))
                    .collect(),
                m.region
                    .as_deref()
                    .and_then(|r| regions.get(r).map(|n| *n as u16)),
                u8::from(m.preferred),
                m.kind.as_deref().map(|w| words.number(w)),
            ));
        }
        events.push(IndexEvent(
            e.id.clone(),
            words.number(&e.kind),
            shown(&e.title, lang),
            e.announced,
            number_of(&PRECISIONS, &e.date_precision),
            e.period.clone(),
            e.regions
                .iter()
                .filter_map(|r| regions.get(r.as_str()).map(|n| *n as u16))
                .collect(),
            number_of(&SCOPES, &e.scope),
            e.agencies
                .iter()
                .filter_map(|a| agencies.get(a.as_str()).map(|n| *n as u16))
                .collect(),
            number_of(&CONFIDENCES, &e.confidence),
            e.may_overlap.clone(),
            measures,
        ));
    }
    Index {
        schema: INDEX_SCHEMA.into(),
        id: s.id.clone(),
        published: s.published,
        lang: lang.code().into(),
        licence: s.licence.clone(),
        changelog: s.changelog.clone(),
        regions: s.regions.clone(),
        agencies: s.agencies.clone(),
        sources: s.sources.clone(),
        fx: s.fx.clone(),
        statistics: s.statistics.clone(),
        words: words.list,
        events,
        details,
    }
}

/// The details shards of a snapshot, in order.
pub fn details_of(s: &Snapshot) -> Vec<Details> {
    s.events
        .chunks(SHARD_SIZE)
        .enumerate()
        .map(|(n, chunk)| Details {
            schema: DETAILS_SCHEMA.into(),
            snapshot: s.id.clone(),
            first: n * SHARD_SIZE,
            events: chunk
                .iter()
                .map(|e| EventDetails {
                    id: e.id.clone(),
                    title: e.title.clone(),
                    summary: e.summary.clone(),
                    date_note: e.date_note.clone(),
                    region_as_reported: e.region_as_reported.clone(),
                    locality: e.locality.clone(),
                    notes: e.notes.clone(),
                    measures: e
                        .measures
                        .iter()
                        .map(|m| (m.as_stated.clone(), m.note.clone()))
                        .collect(),
                })
                .collect(),
        })
        .collect()
}

/// The search lines of a snapshot in one language: the title and summary a reader of `lang` is
/// shown, the places (with other names sources use), the agencies with their abbreviations, and
/// the publishers of the sources, folded (see [`fold`]).
pub fn search_of(s: &Snapshot, lang: Lang) -> Search {
    let name = |n: &super::snapshot::Names| match lang {
        Lang::En => n.en.clone(),
        Lang::Ru => n.ru.clone(),
        Lang::Kk => n.kk.clone(),
    };
    let sources: HashMap<&str, &super::snapshot::Source> =
        s.sources.iter().map(|x| (x.id.as_str(), x)).collect();
    let texts = s
        .events
        .iter()
        .map(|e| {
            let mut words: Vec<String> = Vec::new();
            words.push(shown(&e.title, lang).any().to_string());
            words.push(shown(&e.summary, lang).any().to_string());
            for code in &e.regions {
                if let Some(r) = s.region(code) {
                    words.push(name(&r.names));
                    words.extend(r.former_names.iter().cloned());
                    words.extend(r.also_seen.iter().cloned());
                }
            }
            words.extend(e.region_as_reported.iter().cloned());
            words.extend(e.locality.iter().cloned());
            for id in &e.agencies {
                if let Some(a) = s.agency(id) {
                    words.push(name(&a.names));
                    words.extend(a.abbreviation.iter().cloned());
                    words.extend(a.short.as_ref().map(name));
                }
            }
            let mut publishers: Vec<&str> = e
                .measures
                .iter()
                .flat_map(|m| m.sources.iter())
                .filter_map(|id| sources.get(id.as_str()))
                .map(|src| src.publisher.as_str())
                .collect();
            publishers.sort_unstable();
            publishers.dedup();
            words.extend(publishers.into_iter().map(str::to_string));
            fold(&words.join(" "))
        })
        .collect();
    Search {
        schema: SEARCH_SCHEMA.into(),
        snapshot: s.id.clone(),
        lang: lang.code().into(),
        texts,
    }
}

impl Index {
    /// The snapshot the index stands for, without the long text (titles in one language,
    /// summaries, the sources' words and notes empty until their shard is loaded). A figure that
    /// names a source the index does not list is an error: the file is not what the tool wrote.
    pub fn into_snapshot(mut self) -> Result<Snapshot, String> {
        let listed = std::mem::take(&mut self.events);
        let mut events = Vec::with_capacity(listed.len());
        for e in listed {
            events.push(self.event(e)?);
        }
        Ok(Snapshot {
            schema: SNAPSHOT_SCHEMA.into(),
            id: self.id,
            published: self.published,
            licence: self.licence,
            changelog: self.changelog,
            regions: self.regions,
            agencies: self.agencies,
            sources: self.sources,
            events,
            fx: self.fx,
            statistics: self.statistics,
            unreadable: Vec::new(),
            lookups: Default::default(),
        })
    }

    fn word(&self, n: u32, id: &str) -> Result<String, String> {
        self.words.get(n as usize).cloned().ok_or_else(|| {
            format!("event \"{id}\" names word number {n}, which the index does not list")
        })
    }

    fn region(&self, n: u16, id: &str) -> Result<String, String> {
        self.regions
            .get(n as usize)
            .map(|r| r.code.clone())
            .ok_or_else(|| {
                format!("event \"{id}\" names region number {n}, which the index does not list")
            })
    }

    fn event(&self, e: IndexEvent) -> Result<Event, String> {
        let IndexEvent(
            id,
            kind,
            title,
            announced,
            precision,
            period,
            regions,
            scope,
            agencies,
            confidence,
            may_overlap,
            figures,
        ) = e;
        let mut measures = Vec::with_capacity(figures.len());
        for IndexMeasure(
            metric,
            value,
            unit,
            currency,
            qualifier,
            cited,
            region,
            preferred,
            kind,
        ) in figures
        {
            let mut ids = Vec::with_capacity(cited.len());
            for n in cited {
                match self.sources.get(n as usize) {
                    Some(src) => ids.push(src.id.clone()),
                    None => {
                        return Err(format!(
                            "event \"{id}\" cites source number {n}, which the index does not list"
                        ))
                    }
                }
            }
            measures.push(Measure {
                metric: nth(&Metric::ALL, metric, "metric", &id)?,
                value: value.map(|f| f.0),
                unit: unit.map(|n| self.word(n, &id)).transpose()?,
                currency: currency.map(|n| self.word(n, &id)).transpose()?,
                qualifier: nth(&QUALIFIERS, qualifier, "qualifier", &id)?,
                as_stated: String::new(),
                sources: ids,
                region: region.map(|n| self.region(n, &id)).transpose()?,
                preferred: preferred == 1,
                kind: kind.map(|n| self.word(n, &id)).transpose()?,
                note: None,
            });
        }
        let mut agency_ids = Vec::with_capacity(agencies.len());
        for n in agencies {
            match self.agencies.get(n as usize) {
                Some(a) => agency_ids.push(a.id.clone()),
                None => {
                    return Err(format!(
                        "event \"{id}\" names agency number {n}, which the index does not list"
                    ))
                }
            }
        }
        Ok(Event {
            kind: self.word(kind, &id)?,
            title,
            summary: Text::default(),
            announced,
            date_precision: nth(&PRECISIONS, precision, "date precision", &id)?,
            date_note: None,
            period,
            regions: regions
                .into_iter()
                .map(|n| self.region(n, &id))
                .collect::<Result<_, _>>()?,
            scope: nth(&SCOPES, scope, "scope", &id)?,
            region_as_reported: None,
            locality: None,
            agencies: agency_ids,
            measures,
            confidence: nth(&CONFIDENCES, confidence, "confidence", &id)?,
            notes: Vec::new(),
            may_overlap,
            id,
        })
    }
}

/// The shard that holds the event at `place` in the index.
pub fn shard_of(place: usize) -> usize {
    place / SHARD_SIZE
}

/// The event with its long text put back. `None` when the details are not this event's (another
/// id, or another number of figures).
pub fn with_details(event: &Event, d: &EventDetails) -> Option<Event> {
    if d.id != event.id || d.measures.len() != event.measures.len() {
        return None;
    }
    let mut e = event.clone();
    e.title = d.title.clone();
    e.summary = d.summary.clone();
    e.date_note = d.date_note.clone();
    e.region_as_reported = d.region_as_reported.clone();
    e.locality = d.locality.clone();
    e.notes = d.notes.clone();
    for (m, (words, note)) in e.measures.iter_mut().zip(&d.measures) {
        m.as_stated = words.clone();
        m.note = note.clone();
    }
    Some(e)
}
