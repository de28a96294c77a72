//! What changed between two snapshots, event by event and figure by figure
//! (`minewatch.changes/1`, published as `changes/ID.json`). The editors' tool writes it; the reader
//! sees it on /data, and a pinned view counts how many of its own figures changed since.

use super::choices::Lang;
use super::metric::{Metric, Qualifier};
use super::snapshot::{Event, Measure, Snapshot, Text};
use super::statistic::Statistic;
use super::words::read_as_words;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const CHANGES_SCHEMA: &str = "minewatch.changes/1";

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Changes {
    pub schema: String,
    /// The snapshot compared against.
    pub from: String,
    /// The snapshot these are the changes of.
    pub to: String,
    /// Events added, removed or changed, in the new snapshot's order (removed ones last).
    pub events: Vec<RecordChange>,
    /// Official statistics added, removed or changed.
    #[serde(default)]
    pub statistics: Vec<RecordChange>,
    /// Sources, agencies, regions and exchange rates added, removed or changed.
    #[serde(default)]
    pub references: Vec<ReferenceChange>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Added,
    Removed,
    Changed,
}

read_as_words! {
    Change { Change::Added => "added", Change::Removed => "removed", Change::Changed => "changed" }
}

/// An event or a statistic that changed.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct RecordChange {
    pub id: String,
    pub change: Change,
    /// Its title (the new one, or the old one when it was removed).
    pub title: Text,
    /// Why, in the editors' words (required by the tool for a change or a removal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<Text>,
    /// Its fields other than the figures that changed (`title`, `announced`, `regions`…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
    /// Its figures that were added, removed or changed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<FigureChange>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct FigureChange {
    pub change: Change,
    pub metric: Metric,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old: Option<Figure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new: Option<Figure>,
}

/// A figure as the change list shows it: enough to read it without the snapshot.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Figure {
    pub value: Option<f64>,
    /// The currency for money, else the unit.
    pub unit: String,
    pub qualifier: Qualifier,
    pub as_stated: String,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<crate::model::RegionCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    pub preferred: bool,
}

impl Figure {
    pub fn of(m: &Measure) -> Self {
        Figure {
            value: m.value,
            unit: m.unit_key().to_string(),
            qualifier: m.qualifier,
            as_stated: m.as_stated.clone(),
            sources: m.sources.clone(),
            region: m.region.clone(),
            kind: m.kind.clone(),
            preferred: m.preferred,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct ReferenceChange {
    /// `source`, `agency`, `region` or `rate`.
    pub table: String,
    pub id: String,
    pub change: Change,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
}

impl Changes {
    /// How many figures of these events were added, removed or changed.
    pub fn figures_changed_in<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> usize {
        let by_id: BTreeMap<&str, &RecordChange> =
            self.events.iter().map(|c| (c.id.as_str(), c)).collect();
        ids.into_iter()
            .filter_map(|id| by_id.get(id))
            .map(|c| c.figures.len())
            .sum()
    }

    pub fn added_events(&self) -> usize {
        self.events
            .iter()
            .filter(|c| c.change == Change::Added)
            .count()
    }
}

/// The changes from `old` to `new`; `why` holds the editors' reasons by record id.
pub fn diff(old: &Snapshot, new: &Snapshot, why: &BTreeMap<String, Text>) -> Changes {
    let events = record_changes(&old.events, &new.events, why);
    let statistics = record_changes(&old.statistics, &new.statistics, why);
    let mut references = Vec::new();
    table_changes(
        "source",
        &old.sources,
        &new.sources,
        |s| s.id.clone(),
        &mut references,
    );
    table_changes(
        "agency",
        &old.agencies,
        &new.agencies,
        |a| a.id.to_string(),
        &mut references,
    );
    table_changes(
        "region",
        &old.regions,
        &new.regions,
        |r| r.code.to_string(),
        &mut references,
    );
    table_changes(
        "rate",
        &old.fx,
        &new.fx,
        |r| format!("{}/{} {}", r.base, r.quote, r.date),
        &mut references,
    );
    Changes {
        schema: CHANGES_SCHEMA.into(),
        from: old.id.clone(),
        to: new.id.clone(),
        events,
        statistics,
        references,
    }
}

/// What events and statistics share for the change list.
trait Recorded: Serialize {
    fn id(&self) -> &str;
    fn title(&self) -> &Text;
    fn measures(&self) -> &[Measure];
}

impl Recorded for Event {
    fn id(&self) -> &str {
        &self.id
    }
    fn title(&self) -> &Text {
        &self.title
    }
    fn measures(&self) -> &[Measure] {
        &self.measures
    }
}

impl Recorded for Statistic {
    fn id(&self) -> &str {
        &self.id
    }
    fn title(&self) -> &Text {
        &self.title
    }
    fn measures(&self) -> &[Measure] {
        &self.measures
    }
}

fn record_changes<T: Recorded>(
    old: &[T],
    new: &[T],
    why: &BTreeMap<String, Text>,
) -> Vec<RecordChange> {
    let change =
        |r: &T, change: Change, fields: Vec<String>, figures: Vec<FigureChange>| RecordChange {
            id: r.id().to_string(),
            change,
            title: r.title().clone(),
            why: why.get(r.id()).cloned(),
            fields,
            figures,
        };
    let old_by: BTreeMap<&str, &T> = old.iter().map(|r| (r.id(), r)).collect();
    let new_ids: std::collections::BTreeSet<&str> = new.iter().map(|r| r.id()).collect();
    let mut out = Vec::new();
    for r in new {
        match old_by.get(r.id()) {
            None => out.push(change(
                r,
                Change::Added,
                Vec::new(),
                r.measures().iter().map(added).collect(),
            )),
            Some(before) => {
                let fields = changed_fields(*before, r, &["measures"]);
                let figures = figure_changes(before.measures(), r.measures());
                if !fields.is_empty() || !figures.is_empty() {
                    out.push(change(r, Change::Changed, fields, figures));
                }
            }
        }
    }
    for r in old.iter().filter(|r| !new_ids.contains(r.id())) {
        out.push(change(
            r,
            Change::Removed,
            Vec::new(),
            r.measures().iter().map(removed).collect(),
        ));
    }
    out
}

fn added(m: &Measure) -> FigureChange {
    FigureChange {
        change: Change::Added,
        metric: m.metric,
        old: None,
        new: Some(Figure::of(m)),
    }
}

fn removed(m: &Measure) -> FigureChange {
    FigureChange {
        change: Change::Removed,
        metric: m.metric,
        old: Some(Figure::of(m)),
        new: None,
    }
}

/// How alike two figures are: sources in common, same unit, same value, same words.
type Closeness = (usize, bool, bool, bool);

/// Pairs the figures of two versions of a record: first those that are the same; then, within
/// one metric, region and breakdown, those that cite a source in common or state the same value in
/// the same unit, the closest pairs first. What is left over was added or removed.
fn figure_changes(old: &[Measure], new: &[Measure]) -> Vec<FigureChange> {
    let mut old_left: Vec<Option<&Measure>> = old.iter().map(Some).collect();
    let mut new_left: Vec<Option<&Measure>> = new.iter().map(Some).collect();
    for n in new_left.iter_mut() {
        if let Some(slot) = old_left
            .iter_mut()
            .find(|o| o.is_some_and(|o| Some(o) == *n))
        {
            *slot = None;
            *n = None;
        }
    }
    let mut pairs: Vec<(Closeness, usize, usize)> = Vec::new();
    for (i, o) in old_left.iter().enumerate() {
        for (j, n) in new_left.iter().enumerate() {
            let (Some(o), Some(n)) = (o, n) else { continue };
            if o.metric != n.metric || o.region != n.region || o.kind != n.kind {
                continue;
            }
            let shared = o.sources.iter().filter(|s| n.sources.contains(s)).count();
            let same_unit = o.unit_key() == n.unit_key();
            let same_value = o.value.map(f64::to_bits) == n.value.map(f64::to_bits);
            if shared > 0 || (same_unit && same_value) {
                pairs.push((
                    (shared, same_unit, same_value, o.as_stated == n.as_stated),
                    i,
                    j,
                ));
            }
        }
    }
    crate::order::sort_by(&mut pairs, |a, b| {
        b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
    });
    let mut out = Vec::new();
    for (_, i, j) in pairs {
        let (Some(o), Some(n)) = (
            old_left.get(i).copied().flatten(),
            new_left.get(j).copied().flatten(),
        ) else {
            continue;
        };
        out.push(FigureChange {
            change: Change::Changed,
            metric: n.metric,
            old: Some(Figure::of(o)),
            new: Some(Figure::of(n)),
        });
        if let Some(slot) = old_left.get_mut(i) {
            *slot = None;
        }
        if let Some(slot) = new_left.get_mut(j) {
            *slot = None;
        }
    }
    out.extend(new_left.into_iter().flatten().map(added));
    out.extend(old_left.into_iter().flatten().map(removed));
    out
}

/// Names of the top-level fields (other than `skip`) whose values differ.
fn changed_fields<T: Serialize>(old: &T, new: &T, skip: &[&str]) -> Vec<String> {
    let (Ok(serde_json::Value::Object(a)), Ok(serde_json::Value::Object(b))) =
        (serde_json::to_value(old), serde_json::to_value(new))
    else {
        return Vec::new();
    };
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    crate::order::sort(&mut keys);
    keys.dedup();
    keys.into_iter()
        .filter(|k| !skip.contains(&k.as_str()) && a.get(*k) != b.get(*k))
        .cloned()
        .collect()
}

fn table_changes<T: Serialize + PartialEq>(
    table: &str,
    old: &[T],
    new: &[T],
    key: impl Fn(&T) -> String,
    out: &mut Vec<ReferenceChange>,
) {
    let old_by: BTreeMap<String, &T> = old.iter().map(|x| (key(x), x)).collect();
    let new_by: BTreeMap<String, &T> = new.iter().map(|x| (key(x), x)).collect();
    for (id, n) in &new_by {
        let (change, fields) = match old_by.get(id) {
            None => (Change::Added, Vec::new()),
            Some(o) if *o != *n => (Change::Changed, changed_fields(*o, *n, &[])),
            Some(_) => continue,
        };
        out.push(ReferenceChange {
            table: table.into(),
            id: id.clone(),
            change,
            fields,
        });
    }
    for id in old_by.keys().filter(|id| !new_by.contains_key(*id)) {
        out.push(ReferenceChange {
            table: table.into(),
            id: id.clone(),
            change: Change::Removed,
            fields: Vec::new(),
        });
    }
}

/// The reason in a language, for the text form of the change list.
pub fn why_in(change: &RecordChange, lang: Lang) -> Option<&str> {
    let why = change.why.as_ref()?;
    match lang {
        Lang::Kk => why.kk.as_deref(),
        Lang::Ru => why.ru.as_deref(),
        Lang::En => why.en.as_deref(),
    }
    .or(why.en.as_deref())
}

/// What changed since a pinned snapshot, for the events a view shows, over every newer list of
/// changes (`None` in the list: that list could not be loaded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SincePinned {
    /// Figures of the shown events added, removed or changed; `None` when a list is missing.
    pub figures_changed: Option<usize>,
    /// Events added to the data since.
    pub events_added: Option<usize>,
}

pub fn since_pinned(lists: &[Option<&Changes>], shown: &[&str]) -> SincePinned {
    if lists.iter().any(Option::is_none) {
        return SincePinned {
            figures_changed: None,
            events_added: None,
        };
    }
    let lists: Vec<&Changes> = lists.iter().flatten().copied().collect();
    SincePinned {
        figures_changed: Some(
            lists
                .iter()
                .map(|c| c.figures_changed_in(shown.iter().copied()))
                .sum(),
        ),
        events_added: Some(lists.iter().map(|c| c.added_events()).sum()),
    }
}
