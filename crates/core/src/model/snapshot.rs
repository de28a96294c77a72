//! The snapshot file (`minewatch.snapshot/1`) as Rust types. Field names are a public contract.

use super::dates::{self, DatePrecision, DateSpan, PartialDate};
use super::metric::{Metric, Qualifier};
use super::statistic::Statistic;
use super::words::read_as_words;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

pub const SNAPSHOT_SCHEMA: &str = "minewatch.snapshot/1";

/// Read through [`SnapshotFile`], so that one event that cannot be read is set aside (named in
/// `unreadable`) while the rest of the snapshot is shown.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(from = "SnapshotFile")]
pub struct Snapshot {
    pub schema: String,
    pub id: String,
    #[serde(with = "dates::day")]
    pub published: NaiveDate,
    pub licence: Licence,
    pub changelog: String,
    pub regions: Vec<Region>,
    pub agencies: Vec<Agency>,
    pub sources: Vec<Source>,
    pub events: Vec<Event>,
    #[serde(default)]
    pub fx: Vec<FxRate>,
    /// Official aggregate statistics: never added into event totals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statistics: Vec<Statistic>,
    /// Records of the file that could not be read as an event or a statistic.
    #[serde(skip)]
    pub unreadable: Vec<Unreadable>,
    /// Lookups the views work out once (not part of the file).
    #[serde(skip)]
    pub lookups: super::lookups::Lookups,
}

/// A record of a snapshot file that does not have the shape of its kind, set aside.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    /// `events` or `statistics`.
    pub list: &'static str,
    /// Its place in the list, from 0.
    pub index: usize,
    /// Its `id`, when it has one.
    pub id: Option<String>,
    pub message: String,
}

/// The snapshot as the file holds it, records still unread.
#[derive(Deserialize)]
struct SnapshotFile {
    schema: String,
    id: String,
    #[serde(with = "dates::day")]
    published: NaiveDate,
    licence: Licence,
    changelog: String,
    regions: Vec<Region>,
    agencies: Vec<Agency>,
    sources: Vec<Source>,
    events: Vec<Box<RawValue>>,
    #[serde(default)]
    fx: Vec<FxRate>,
    #[serde(default)]
    statistics: Vec<Box<RawValue>>,
}

impl From<SnapshotFile> for Snapshot {
    fn from(file: SnapshotFile) -> Self {
        let mut unreadable = Vec::new();
        let events = read_records(file.events, "events", &mut unreadable);
        let statistics = read_records(file.statistics, "statistics", &mut unreadable);
        Snapshot {
            schema: file.schema,
            id: file.id,
            published: file.published,
            licence: file.licence,
            changelog: file.changelog,
            regions: file.regions,
            agencies: file.agencies,
            sources: file.sources,
            events,
            fx: file.fx,
            statistics,
            unreadable,
            lookups: Default::default(),
        }
    }
}

fn read_records<T: serde::de::DeserializeOwned>(
    records: Vec<Box<RawValue>>,
    list: &'static str,
    unreadable: &mut Vec<Unreadable>,
) -> Vec<T> {
    let mut out = Vec::with_capacity(records.len());
    for (index, record) in records.into_iter().enumerate() {
        match serde_json::from_str(record.get()) {
            Ok(read) => out.push(read),
            Err(err) => unreadable.push(Unreadable {
                list,
                index,
                id: id_of(&record),
                message: super::parse::plain_words(&without_position(&err)),
            }),
        }
    }
    out
}

/// A record's `id`, as it is written (text, a number, anything).
#[derive(Deserialize)]
struct IdOnly {
    id: Option<Box<RawValue>>,
}

/// The record's `id` when it is text.
fn id_of(record: &RawValue) -> Option<String> {
    let id = serde_json::from_str::<IdOnly>(record.get()).ok()?.id?;
    serde_json::from_str(id.get()).ok()
}

/// serde_json's message without "at line 1 column 40": the position is within the record,
/// not the file, and would mislead.
fn without_position(err: &serde_json::Error) -> String {
    let message = err.to_string();
    let position = format!(" at line {} column {}", err.line(), err.column());
    message
        .strip_suffix(&position)
        .map_or_else(|| message.clone(), str::to_string)
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Licence {
    pub id: String,
    pub name: String,
    pub url: String,
    pub attribution: String,
}

/// Names in Kazakh, Russian and English.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Names {
    pub kk: String,
    pub ru: String,
    pub en: String,
}

/// Free text that a source or an editor gave in one or more languages.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct Text {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ru: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kk: Option<String>,
}

impl Text {
    /// The text in the first of the given languages that has it.
    pub fn first_of<'a>(&'a self, langs: &[&'static str]) -> Option<(&'static str, &'a str)> {
        langs.iter().find_map(|lang| {
            let text = match *lang {
                "en" => self.en.as_deref(),
                "ru" => self.ru.as_deref(),
                "kk" => self.kk.as_deref(),
                _ => None,
            };
            text.map(|t| (*lang, t))
        })
    }

    /// The text a reader of `lang` is shown, with its language: in `lang` where it is written,
    /// else in the next language that reader prefers (a Kazakh reader gets Russian before
    /// English; an English reader Russian before Kazakh). Blank text counts as none.
    pub fn for_reader(&self, lang: super::choices::Lang) -> Option<(super::choices::Lang, &str)> {
        use super::choices::Lang;
        let order: [Lang; 3] = match lang {
            Lang::En => [Lang::En, Lang::Ru, Lang::Kk],
            Lang::Ru => [Lang::Ru, Lang::Kk, Lang::En],
            Lang::Kk => [Lang::Kk, Lang::Ru, Lang::En],
        };
        order.into_iter().find_map(|l| {
            let found = match l {
                Lang::En => self.en.as_deref(),
                Lang::Ru => self.ru.as_deref(),
                Lang::Kk => self.kk.as_deref(),
            };
            found.filter(|t| !t.trim().is_empty()).map(|t| (l, t))
        })
    }

    pub fn any(&self) -> &str {
        self.first_of(&["en", "ru", "kk"]).map_or("", |(_, t)| t)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RegionKind {
    Region,
    City,
}

read_as_words! {
    RegionKind { RegionKind::Region => "region", RegionKind::City => "city" }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Region {
    /// ISO 3166-2:KZ code, e.g. `KZ-63`.
    pub code: super::RegionCode,
    pub names: Names,
    pub kind: RegionKind,
    #[serde(default, with = "dates::optional_day")]
    pub valid_from: Option<NaiveDate>,
    #[serde(default, with = "dates::optional_day")]
    pub valid_to: Option<NaiveDate>,
    /// Codes of the regions this one was split from.
    #[serde(default)]
    pub parts_from: Vec<super::RegionCode>,
    /// Other names sources use (Nur-Sultan for Astana, South Kazakhstan for Turkistan).
    #[serde(default)]
    pub former_names: Vec<String>,
    /// Other spellings of the current name that sources use (Абайская область for область Абай).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_seen: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Agency {
    pub id: super::AgencyId,
    pub names: Names,
    #[serde(default)]
    pub abbreviation: Option<String>,
    /// The abbreviation in each language (АФМ, ҚМА, AFM), where the agency has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<Names>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Source {
    pub id: String,
    /// Where the reader can open it; `null` when no address was recorded.
    pub url: Option<String>,
    pub title: String,
    pub publisher: String,
    /// ISO 639-1 language of the source text.
    pub language: String,
    /// When the source was published (a day, a month or a year), or `null` when unknown.
    pub published: Option<PartialDate>,
    /// `official`, `news`, `court` or `archive`.
    pub kind: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Local,
    Regional,
    MultiRegional,
    National,
}

read_as_words! {
    Scope {
        Scope::Local => "local",
        Scope::Regional => "regional",
        Scope::MultiRegional => "multi_regional",
        Scope::National => "national",
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    High,
    Medium,
    Low,
}

read_as_words! {
    Confidence {
        Confidence::High => "high",
        Confidence::Medium => "medium",
        Confidence::Low => "low",
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Period {
    pub from: PartialDate,
    pub to: PartialDate,
}

impl Period {
    /// Every day from the first day of `from` to the last day of `to`.
    pub fn span(&self) -> DateSpan {
        DateSpan {
            first: self.from.first_day(),
            last: self.to.last_day(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Event {
    pub id: super::EventId,
    /// `raid`, `inspection`, `campaign`, `investigation`, `conviction` or `report`.
    pub kind: String,
    pub title: Text,
    pub summary: Text,
    /// When the figures were announced: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `null`.
    pub announced: Option<PartialDate>,
    pub date_precision: DatePrecision,
    #[serde(default)]
    pub date_note: Option<String>,
    #[serde(default)]
    pub period: Option<Period>,
    /// ISO 3166-2:KZ codes as the regions were at the event's date; empty when unknown.
    pub regions: Vec<super::RegionCode>,
    pub scope: Scope,
    pub region_as_reported: Option<String>,
    pub locality: Option<String>,
    pub agencies: Vec<super::AgencyId>,
    pub measures: Vec<Measure>,
    pub confidence: Confidence,
    #[serde(default)]
    pub notes: Vec<String>,
    /// Other events this one may overlap with (the same operation reported twice).
    #[serde(default)]
    pub may_overlap: Vec<super::EventId>,
}

impl Event {
    /// The days the event may have happened on: the announcement, else the operation period.
    pub fn date_span(&self) -> Option<DateSpan> {
        if let Some(date) = self.announced {
            return Some(DateSpan::of(date));
        }
        self.period.as_ref().map(Period::span)
    }

    pub fn announced_date(&self) -> Option<PartialDate> {
        self.announced
    }

    pub fn measures_of(&self, metric: Metric) -> impl Iterator<Item = &Measure> {
        self.measures.iter().filter(move |m| m.metric == metric)
    }
}

/// One figure as one or more sources state it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Measure {
    pub metric: Metric,
    /// `null`: the source reports the thing but states no figure.
    pub value: Option<f64>,
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub currency: Option<String>,
    pub qualifier: Qualifier,
    /// The source's own words.
    pub as_stated: String,
    pub sources: Vec<String>,
    /// Set when the figure is one region's part of a larger event.
    #[serde(default)]
    pub region: Option<super::RegionCode>,
    pub preferred: bool,
    /// A breakdown: `voluntary` / `forced` / `ended` (how, not stated) for farms; `property`, `vehicle`, `digital_asset`,
    /// `cash`, `other` for confiscated assets.
    #[serde(default)]
    pub kind: Option<String>,
    /// Why this value is or is not the one the totals use, or what is odd about it.
    #[serde(default)]
    pub note: Option<String>,
}

impl Measure {
    /// What the value is counted in: the currency for money, else the unit.
    pub fn unit_key(&self) -> &str {
        self.currency
            .as_deref()
            .or(self.unit.as_deref())
            .unwrap_or("")
    }
}

/// An exchange rate: how many `quote` for one `base`, with the source it came from.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct FxRate {
    pub base: String,
    pub quote: String,
    pub rate: f64,
    /// The day (or month) the rate is for.
    pub date: PartialDate,
    pub source: String,
    #[serde(default)]
    pub note: Option<String>,
}

impl Snapshot {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn region(&self, code: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.code == code)
    }

    pub fn agency(&self, id: &str) -> Option<&Agency> {
        self.agencies.iter().find(|a| a.id == id)
    }
}
