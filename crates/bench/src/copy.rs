//! Copies of real events in batches, varied so that they read and compress like real ones.

use minewatch_core::model::dates::PartialDate;
use minewatch_core::model::snapshot::{Event, Region, Scope, Snapshot, Source, Text};
use minewatch_core::model::validate;
use std::collections::HashMap;

/// How many batches cite one copy of a source.
const BATCHES_PER_SOURCE: usize = 4;

pub fn synthesise(real: &Snapshot, events: usize, seed: u64) -> Snapshot {
    let mut rng = fastrand::Rng::with_seed(seed);
    let words = Words::of(real);
    let per_batch = real.events.len();
    let batches = events.div_ceil(per_batch);
    let mut out = Snapshot {
        id: format!("synthetic-{events}"),
        events: Vec::with_capacity(events),
        ..real.clone()
    };
    let mut sources_made: HashMap<String, ()> = HashMap::new();
    for b in 0..batches {
        let wanted = (events - b * per_batch).min(per_batch);
        let templates = real.events.get(..wanted).unwrap_or(&real.events);
        let ids: Vec<String> = templates.iter().map(|e| copy_id(&e.id, b)).collect();
        let mut batch = make_batch(real, templates, &ids, b, &mut rng, &words, true);
        let sources = batch_sources(real, templates, b);
        if !batch_is_valid(real, &batch, &sources) {
            batch = make_batch(real, templates, &ids, b, &mut rng, &words, false);
        }
        for s in sources {
            if sources_made.insert(s.id.clone(), ()).is_none() {
                out.sources.push(s);
            }
        }
        out.events.extend(batch);
    }
    out
}

fn copy_id(id: &str, batch: usize) -> String {
    format!("{id}-b{batch}")
}

fn source_copy_id(id: &str, batch: usize) -> String {
    format!("{id}-c{}", batch / BATCHES_PER_SOURCE)
}

fn batch_sources(real: &Snapshot, templates: &[Event], b: usize) -> Vec<Source> {
    let mut ids: Vec<&str> = templates
        .iter()
        .flat_map(|e| e.measures.iter().flat_map(|m| m.sources.iter()))
        .map(String::as_str)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter()
        .filter_map(|id| real.source(id))
        .map(|s| Source {
            id: source_copy_id(&s.id, b),
            url: s
                .url
                .as_ref()
                .map(|u| format!("{u}#copy-{}", b / BATCHES_PER_SOURCE)),
            title: format!("{} ({})", s.title, b / BATCHES_PER_SOURCE + 1),
            ..s.clone()
        })
        .collect()
}

fn batch_is_valid(real: &Snapshot, batch: &[Event], sources: &[Source]) -> bool {
    let mut used: Vec<&str> = batch
        .iter()
        .flat_map(|e| e.measures.iter().flat_map(|m| m.sources.iter()))
        .map(String::as_str)
        .collect();
    used.sort_unstable();
    used.dedup();
    let trial = Snapshot {
        events: batch.to_vec(),
        sources: sources
            .iter()
            .filter(|s| used.binary_search(&s.id.as_str()).is_ok())
            .chain(&real.sources)
            .cloned()
            .collect(),
        ..real.clone()
    };
    matches!(validate::check(trial), Ok(c) if c.problems.is_empty())
}

#[allow(clippy::too_many_arguments)]
fn make_batch(
    real: &Snapshot,
    templates: &[Event],
    ids: &[String],
    b: usize,
    rng: &mut fastrand::Rng,
    words: &Words,
    vary_dates: bool,
) -> Vec<Event> {
    let years = if vary_dates { -rng.i32(0..=5) } else { 0 };
    templates
        .iter()
        .zip(ids)
        .map(|(template, id)| {
            let mut e = template.clone();
            e.id = id.as_str().into();
            e.announced = e.announced.map(|d| shift(d, years));
            if let Some(p) = e.period.as_mut() {
                p.from = shift(p.from, years);
                p.to = shift(p.to, years);
            }
            e.may_overlap = template
                .may_overlap
                .iter()
                .filter_map(|other| {
                    let copy = copy_id(other, b);
                    ids.contains(&copy).then(|| copy.into())
                })
                .collect();
            if vary_dates {
                move_region(real, &mut e, rng);
            }
            let factor = 0.3 + rng.f64() * 2.7;
            for m in &mut e.measures {
                if let Some(v) = m.value {
                    let scaled = (v * factor).round().max(1.0);
                    m.as_stated = restate(&m.as_stated, v, scaled);
                    m.value = Some(scaled);
                }
                m.sources = m.sources.iter().map(|s| source_copy_id(s, b)).collect();
            }
            e.title = vary(&e.title, words, rng);
            e.summary = vary(&e.summary, words, rng);
            e
        })
        .collect()
}

/// The same date some whole years earlier (29 February becomes the 28th).
fn shift(d: PartialDate, years: i32) -> PartialDate {
    let year = d.year + years;
    let day = match (d.month, d.day) {
        (Some(2), Some(29)) => Some(28),
        _ => d.day,
    };
    PartialDate { year, day, ..d }
}

/// A one-region event moved to another region that existed at its date.
fn move_region(real: &Snapshot, e: &mut Event, rng: &mut fastrand::Rng) {
    let ([old], Some(span)) = (e.regions.as_slice(), e.date_span()) else {
        return;
    };
    if !matches!(e.scope, Scope::Local | Scope::Regional) {
        return;
    }
    let existed = |r: &&Region| {
        r.valid_from.is_none_or(|f| f <= span.first) && r.valid_to.is_none_or(|t| t >= span.last)
    };
    let choices: Vec<&Region> = real.regions.iter().filter(existed).collect();
    if choices.is_empty() {
        return;
    }
    let Some(new) = choices.get(rng.usize(..choices.len())) else {
        return;
    };
    let old = old.clone();
    if let (Some(old_region), Some(name)) = (real.region(&old), e.region_as_reported.as_mut()) {
        *name = name.replace(&old_region.names.en, &new.names.en);
    }
    for m in &mut e.measures {
        if m.region.as_deref() == Some(old.as_str()) {
            m.region = Some(new.code.clone());
        }
    }
    e.regions = vec![new.code.clone()];
}

/// The source's words with the new figure where the old one was written plainly.
fn restate(as_stated: &str, old: f64, new: f64) -> String {
    let plain = format!("{old}");
    if as_stated.contains(&plain) {
        as_stated.replacen(&plain, &format!("{new}"), 1)
    } else {
        format!("{as_stated} [{new}]")
    }
}

/// The words of the real titles and summaries, per language.
struct Words {
    en: Vec<String>,
    ru: Vec<String>,
    kk: Vec<String>,
}

impl Words {
    fn of(real: &Snapshot) -> Self {
        let pick = |get: fn(&Text) -> Option<&String>| {
            let mut words: Vec<String> = real
                .events
                .iter()
                .flat_map(|e| [get(&e.title), get(&e.summary)])
                .flatten()
                .flat_map(|t| t.split_whitespace().map(str::to_string))
                .collect();
            words.sort();
            words.dedup();
            words
        };
        Words {
            en: pick(|t| t.en.as_ref()),
            ru: pick(|t| t.ru.as_ref()),
            kk: pick(|t| t.kk.as_ref()),
        }
    }
}

/// The text with about a third of its words swapped for words of the same language drawn from
/// the real text: as long as the real text, and as varied.
fn reword(text: &str, words: &[String], rng: &mut fastrand::Rng) -> String {
    text.split_whitespace()
        .map(|w| match words.get(rng.usize(..words.len().max(1))) {
            Some(other) if rng.u8(..3) == 0 && !w.chars().any(|c| c.is_ascii_digit()) => {
                other.as_str()
            }
            _ => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn vary(text: &Text, words: &Words, rng: &mut fastrand::Rng) -> Text {
    let mut again = |t: &Option<String>, w: &[String]| t.as_ref().map(|t| reword(t, w, rng));
    Text {
        en: again(&text.en, &words.en),
        ru: again(&text.ru, &words.ru),
        kk: again(&text.kk, &words.kk),
    }
}
