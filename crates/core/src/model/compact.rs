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

/// An event without its long text. On the wire it is an array in this order (see [`EventRow`]),
/// with numbers rather than names, so that a hundred thousand events stay small and quick to read.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(from = "EventRow", into = "EventRow")]
pub struct IndexEvent {
    pub id: crate::model::EventId,
    /// A number in `words`.
    pub kind: u32,
    /// In the index's language only.
    pub title: Text,
    pub announced: Option<PartialDate>,
    /// 0 day, 1 month, 2 year, 3 unknown.
    pub precision: u8,
    pub period: Option<Period>,
    /// Numbers in `regions`.
    pub regions: Vec<u16>,
    /// 0 local, 1 regional, 2 multi-regional, 3 national.
    pub scope: u8,
    /// Numbers in `agencies`.
    pub agencies: Vec<u16>,
    /// 0 high, 1 medium, 2 low.
    pub confidence: u8,
    /// Ids of events that may describe the same operation.
    pub may_overlap: Vec<crate::model::EventId>,
    pub measures: Vec<IndexMeasure>,
}

/// [`IndexEvent`] as the file writes it: a positional array.
#[derive(Deserialize, Serialize)]
struct EventRow(
    crate::model::EventId,
    u32,
    Text,
    Option<PartialDate>,
    u8,
    Option<Period>,
    Vec<u16>,
    u8,
    Vec<u16>,
    u8,
    Vec<crate::model::EventId>,
    Vec<IndexMeasure>,
);

impl From<EventRow> for IndexEvent {
    fn from(r: EventRow) -> Self {
        let EventRow(
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
            measures,
        ) = r;
        IndexEvent {
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
            measures,
        }
    }
}

impl From<IndexEvent> for EventRow {
    fn from(e: IndexEvent) -> Self {
        EventRow(
            e.id,
            e.kind,
            e.title,
            e.announced,
            e.precision,
            e.period,
            e.regions,
            e.scope,
            e.agencies,
            e.confidence,
            e.may_overlap,
            e.measures,
        )
    }
}

/// A figure without the source's words. On the wire an array in this order (see
/// [`MeasureRow`]).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(from = "MeasureRow", into = "MeasureRow")]
pub struct IndexMeasure {
    /// Its place in `Metric::ALL`.
    pub metric: u8,
    pub value: Option<Figure>,
    /// Numbers in `words`.
    pub unit: Option<u32>,
    pub currency: Option<u32>,
    /// 0 exact, 1 about, 2 at least, 3 at most.
    pub qualifier: u8,
    /// Numbers in `sources`.
    pub sources: Vec<u32>,
    /// A number in `regions`.
    pub region: Option<u16>,
    /// 1 or 0.
    pub preferred: u8,
    /// The breakdown: a number in `words`.
    pub kind: Option<u32>,
}

/// [`IndexMeasure`] as the file writes it: a positional array.
#[derive(Deserialize, Serialize)]
struct MeasureRow(
    u8,
    Option<Figure>,
    Option<u32>,
    Option<u32>,
    u8,
    Vec<u32>,
    Option<u16>,
    u8,
    Option<u32>,
);

impl From<MeasureRow> for IndexMeasure {
    fn from(r: MeasureRow) -> Self {
        let MeasureRow(metric, value, unit, currency, qualifier, sources, region, preferred, kind) =
            r;
        IndexMeasure {
            metric,
            value,
            unit,
            currency,
            qualifier,
            sources,
            region,
            preferred,
            kind,
        }
    }
}

impl From<IndexMeasure> for MeasureRow {
    fn from(m: IndexMeasure) -> Self {
        MeasureRow(
            m.metric,
            m.value,
            m.unit,
            m.currency,
            m.qualifier,
            m.sources,
            m.region,
            m.preferred,
            m.kind,
        )
    }
}

/// Why an index cannot be read as the snapshot it stands for: it names something it does not
/// list (the file is not what the tool wrote).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IndexError {
    /// A code of a closed set (metric, qualifier, date precision, scope, confidence) out of range.
    #[error("event \"{event}\" has {what} number {number}, which the index does not define")]
    UnknownCode {
        event: String,
        what: &'static str,
        number: u32,
    },
    /// A number in one of the index's lists (words, regions, agencies, sources) past its end.
    #[error("event \"{event}\" names {list} number {number}, which the index does not list")]
    NotListed {
        event: String,
        list: &'static str,
        number: u32,
    },
}

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

/// A value of a closed set by its code: its place in the set's list (the declaration order, which
/// the tests hold to the list). A value the list does not hold (a sum's "at least about", never in
/// data) gets a code past the list's end, which reading refuses: never another value's code.
fn code_of<T: PartialEq>(list: &[T], x: &T) -> u8 {
    list.iter()
        .position(|y| y == x)
        .map_or(u8::MAX, |p| p as u8)
}

fn nth<T: Copy>(list: &[T], n: u8, what: &'static str, id: &str) -> Result<T, IndexError> {
    list.get(n as usize)
        .copied()
        .ok_or_else(|| IndexError::UnknownCode {
            event: id.to_string(),
            what,
            number: u32::from(n),
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
    pub id: crate::model::EventId,
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
            measures.push(IndexMeasure {
                metric: code_of(&Metric::ALL, &m.metric),
                value: m.value.map(Figure),
                unit: m.unit.as_deref().map(|w| words.number(w)),
                currency: m.currency.as_deref().map(|w| words.number(w)),
                qualifier: code_of(&QUALIFIERS, &m.qualifier),
                sources: m
                    .sources
                    .iter()
                    .filter_map(|id| sources.get(id.as_str()).map(|n| *n as u32))
                    .collect(),
                region: m
                    .region
                    .as_deref()
                    .and_then(|r| regions.get(r).map(|n| *n as u16)),
                preferred: u8::from(m.preferred),
                kind: m.kind.as_deref().map(|w| words.number(w)),
            });
        }
        events.push(IndexEvent {
            id: e.id.clone(),
            kind: words.number(&e.kind),
            title: shown(&e.title, lang),
            announced: e.announced,
            precision: code_of(&PRECISIONS, &e.date_precision),
            period: e.period.clone(),
            regions: e
                .regions
                .iter()
                .filter_map(|r| regions.get(r.as_str()).map(|n| *n as u16))
                .collect(),
            scope: code_of(&SCOPES, &e.scope),
            agencies: e
                .agencies
                .iter()
                .filter_map(|a| agencies.get(a.as_str()).map(|n| *n as u16))
                .collect(),
            confidence: code_of(&CONFIDENCES, &e.confidence),
            may_overlap: e.may_overlap.clone(),
            measures,
        });
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
            crate::order::sort(&mut publishers);
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
    /// summaries, the sources' words and notes empty until their shard is loaded). A number the
    /// index does not list or define is an error: the file is not what the tool wrote.
    pub fn into_snapshot(mut self) -> Result<Snapshot, IndexError> {
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

    /// The item at `number` of one of the index's lists.
    fn listed<'a, T>(
        list: &'a [T],
        number: u32,
        name: &'static str,
        event: &str,
    ) -> Result<&'a T, IndexError> {
        list.get(number as usize)
            .ok_or_else(|| IndexError::NotListed {
                event: event.to_string(),
                list: name,
                number,
            })
    }

    fn word(&self, n: u32, id: &str) -> Result<String, IndexError> {
        Self::listed(&self.words, n, "word", id).cloned()
    }

    fn region(&self, n: u16, id: &str) -> Result<crate::model::RegionCode, IndexError> {
        Self::listed(&self.regions, u32::from(n), "region", id).map(|r| r.code.clone())
    }

    fn event(&self, e: IndexEvent) -> Result<Event, IndexError> {
        let id = e.id;
        let mut measures = Vec::with_capacity(e.measures.len());
        for m in e.measures {
            let sources = m
                .sources
                .iter()
                .map(|n| Self::listed(&self.sources, *n, "source", &id).map(|s| s.id.clone()))
                .collect::<Result<_, _>>()?;
            measures.push(Measure {
                metric: nth(&Metric::ALL, m.metric, "metric", &id)?,
                value: m.value.map(|f| f.0),
                unit: m.unit.map(|n| self.word(n, &id)).transpose()?,
                currency: m.currency.map(|n| self.word(n, &id)).transpose()?,
                qualifier: nth(&QUALIFIERS, m.qualifier, "qualifier", &id)?,
                as_stated: String::new(),
                sources,
                region: m.region.map(|n| self.region(n, &id)).transpose()?,
                preferred: m.preferred == 1,
                kind: m.kind.map(|n| self.word(n, &id)).transpose()?,
                note: None,
            });
        }
        let agencies = e
            .agencies
            .iter()
            .map(|n| {
                Self::listed(&self.agencies, u32::from(*n), "agency", &id).map(|a| a.id.clone())
            })
            .collect::<Result<_, _>>()?;
        Ok(Event {
            kind: self.word(e.kind, &id)?,
            title: e.title,
            summary: Text::default(),
            announced: e.announced,
            date_precision: nth(&PRECISIONS, e.precision, "date precision", &id)?,
            date_note: None,
            period: e.period,
            regions: e
                .regions
                .into_iter()
                .map(|n| self.region(n, &id))
                .collect::<Result<_, _>>()?,
            scope: nth(&SCOPES, e.scope, "scope", &id)?,
            region_as_reported: None,
            locality: None,
            agencies,
            measures,
            confidence: nth(&CONFIDENCES, e.confidence, "confidence", &id)?,
            notes: Vec::new(),
            may_overlap: e.may_overlap,
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
