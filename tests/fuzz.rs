//! Fuzzing: thousands of mutated snapshots, made from the bundled one by a seeded generator, go
//! through parsing, validation, selection, totals, chart series and geometry, wording and export.
//! None may panic. Bounded: `FUZZ_CASES` cases (default 3,000) or `FUZZ_SECONDS` (default 60),
//! whichever comes first; `FUZZ_SEED` picks another seed. A failing case is written to
//! `target/fuzz-failure.json` to replay.

#[path = "../crates/core/tests/common/mod.rs"]
mod common;

use minewatch::components::charts::labels::{filter_line, tick_text, value_text};
use minewatch::i18n::format::{figure, rough_amount};
use minewatch::i18n::{Locale, LOCALES};
use minewatch_core::chart::colour::{class_limits, class_of, fill_index};
use minewatch_core::chart::region_plot::{region_plot, RegionRow};
use minewatch_core::chart::scale::nice_ticks;
use minewatch_core::chart::timeline_plot::timeline_plot;
use minewatch_core::model::dates::PartialDate;
use minewatch_core::model::export::{csv, rows};
use minewatch_core::model::filter::{select, Filter};
use minewatch_core::model::metric::Metric;
use minewatch_core::model::overview::overview;
use minewatch_core::model::parse::parse_versioned;
use minewatch_core::model::series::Step as TimeStep;
use minewatch_core::model::series::{by_period, by_region, quantity, total};
use minewatch_core::model::snapshot::{Snapshot, SNAPSHOT_SCHEMA};
use minewatch_core::model::validate::check;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

/// xorshift64*: small, seeded, the same sequence on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const NUMBERS: [f64; 16] = [
    0.0,
    5e-324,
    1e-310,
    2.2e-308,
    1e-7,
    1e-6,
    0.5,
    1.0,
    3.0,
    1e15,
    1.0000001e15,
    1e16,
    1e300,
    1e308,
    f64::MAX,
    -1.0,
];
const TEXTS: [&str; 14] = [
    "",
    " ",
    "=HYPERLINK(\"x\")",
    "KZ-99",
    "KZ-35",
    "KZ-10",
    "2022",
    "2022-13",
    "2022-02-30",
    "9999-12-31",
    "snapshots/%2e%2e/x.json",
    "ümlaut «кавычки» қазақша",
    "\u{202e}rtl",
    "a,b\"c\n",
];

/// Every path to a number, string, array or object in a JSON tree.
fn paths(v: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(here.clone());
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                here.push(Step::Key(k.clone()));
                paths(child, here, out);
                here.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                here.push(Step::Index(i));
                paths(child, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn at<'a>(v: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |v, step| match step {
        Step::Key(k) => v.get_mut(k.as_str()),
        Step::Index(i) => v.get_mut(*i),
    })
}

/// One to four random changes: numbers to extremes, text to odd strings, values removed, nulled,
/// duplicated or swapped for another type, arrays emptied or grown.
fn mutate(base: &Value, rng: &mut Rng) -> Value {
    let mut doc = base.clone();
    for _ in 0..1 + rng.below(4) {
        let mut all = Vec::new();
        paths(&doc, &mut Vec::new(), &mut all);
        let figures: Vec<&Vec<Step>> = all
            .iter()
            .filter(|p| matches!(p.last(), Some(Step::Key(k)) if k == "value" || k == "rate"))
            .collect();
        let path = if rng.below(2) == 0 && !figures.is_empty() {
            (*rng.pick(&figures)).clone()
        } else {
            rng.pick(&all).clone()
        };
        let Some(target) = at(&mut doc, &path) else {
            continue;
        };
        let type_breaking = rng.below(10) == 0;
        match target {
            _ if type_breaking => match rng.below(3) {
                0 => *target = Value::Null,
                1 => *target = json!(*rng.pick(&TEXTS)),
                _ => *target = json!([]),
            },
            Value::Number(n) => {
                *target = if rng.below(2) == 0 {
                    json!(*rng.pick(&NUMBERS))
                } else {
                    json!(
                        n.as_f64().unwrap_or(0.0) * *rng.pick(&[1e300, 1e-300, 1e-320, 10.0, 0.0])
                    )
                }
            }
            Value::String(_) => *target = json!(*rng.pick(&TEXTS)),
            Value::Array(items) => match rng.below(3) {
                0 => items.clear(),
                1 => {
                    if let Some(one) = items.get(rng.below(items.len())).cloned() {
                        for _ in 0..rng.below(50) {
                            items.push(one.clone());
                        }
                    }
                }
                _ => items.reverse(),
            },
            Value::Object(map) => {
                let keys: Vec<String> = map.keys().cloned().collect();
                if !keys.is_empty() {
                    let key = rng.pick(&keys).clone();
                    if let Some(v) = map.get_mut(&key) {
                        *v = Value::Null;
                    }
                }
            }
            _ => *target = json!(*rng.pick(&NUMBERS)),
        }
    }
    doc
}

/// Everything the reader's pages do with a snapshot, without the browser.
fn exercise(snapshot: &Snapshot) {
    let region = snapshot.regions.first().map(|r| r.code.clone());
    let filters = [
        Filter::default(),
        Filter {
            regions: region.into_iter().collect(),
            from: PartialDate::parse("2022"),
            ..Filter::default()
        },
        Filter {
            to: PartialDate::parse("2022-03"),
            metric: Some(Metric::FarmsShut),
            ..Filter::default()
        },
    ];
    for filter in &filters {
        let view = overview(snapshot, filter, &Metric::ALL);
        let events = select(snapshot, filter).events;
        let _ = csv(&rows(snapshot, &events));
        for metric in [
            None,
            Some(Metric::FarmsShut),
            Some(Metric::EquipmentValue),
            Some(Metric::PowerMw),
        ] {
            for currency in [None, Some("USD")] {
                let q = quantity(snapshot, metric, currency);
                let regions = by_region(snapshot, filter, &q);
                let (points, not_split) = (regions.points, regions.not_split);
                let periods = by_period(snapshot, filter, &q, None).points;
                let (all, _) = total(snapshot, filter, &q);
                let row = |p: &minewatch::model::series::Point| RegionRow {
                    key: p.key.clone(),
                    label: p.key.to_string(),
                    value: p.value,
                    value_text: value_text(Locale::kk, &q, p),
                    chosen: false,
                };
                let rows: Vec<RegionRow> = points.iter().map(row).collect();
                let regions_plot = region_plot(&rows, &row(&not_split), 300.0);
                let scale = regions_plot.projection.scale;
                let timeline = timeline_plot(&periods, TimeStep::Month, 300.0, &[]);
                assert!(regions_plot
                    .rows
                    .iter()
                    .map(|r| &r.bar)
                    .chain(timeline.columns.iter())
                    .all(|b| b.area.x.is_finite()
                        && b.area.y.is_finite()
                        && b.area.width.is_finite()
                        && b.area.height.is_finite()));
                let max = points
                    .iter()
                    .chain(periods.iter())
                    .filter_map(|p| p.value)
                    .fold(0.0, f64::max);
                let limits = class_limits(max, true);
                for p in points.iter().chain([&all, &not_split]) {
                    if let Some(c) = class_of(p.value, &limits) {
                        let _ = fill_index(c, limits.len());
                    }
                    for l in LOCALES {
                        let _ = value_text(l, &q, p);
                        let _ = tick_text(l, &q, scale.max);
                    }
                }
                for t in nice_ticks(scale.max, 4) {
                    assert!(t.is_finite());
                }
            }
        }
        for summary in view.summaries.iter() {
            for t in &summary.totals {
                for l in LOCALES {
                    let _ = figure(l, t.value, &t.unit, t.is_money);
                    let _ = rough_amount(l, t.value, true);
                }
            }
        }
        let _ = filter_line(Locale::ru, snapshot, filter);
    }
}

#[test]
fn thousands_of_mutated_snapshots_never_panic() {
    let env = |k: &str, d: u64| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let (cases, seconds, seed) = (
        env("FUZZ_CASES", 3000),
        env("FUZZ_SECONDS", 60),
        env("FUZZ_SEED", 0x5EED_2026),
    );
    let text = common::read("public/data/snapshots/2026-11-22.json");
    let base: Value = serde_json::from_str(&text).expect("the bundled snapshot is JSON");
    let mut rng = Rng(seed | 1);
    let started = Instant::now();
    let (mut tried, mut accepted) = (0u64, 0u64);
    std::panic::set_hook(Box::new(|_| {}));
    while tried < cases && started.elapsed() < Duration::from_secs(seconds) {
        tried += 1;
        let doc = mutate(&base, &mut rng);
        let mutated = doc.to_string();
        let outcome = std::panic::catch_unwind(|| {
            let Ok(snapshot) = parse_versioned::<Snapshot>(&mutated, SNAPSHOT_SCHEMA) else {
                return false;
            };
            match check(snapshot) {
                Ok(checked) => {
                    exercise(&checked.snapshot);
                    true
                }
                Err(_) => false,
            }
        });
        match outcome {
            Ok(used) => accepted += u64::from(used),
            Err(_) => {
                let _ = std::panic::take_hook();
                let out = common::root().join("target/fuzz-failure.json");
                let _ = std::fs::write(&out, &mutated);
                panic!(
                    "case {tried} (seed {seed:#x}) panicked; the snapshot is in {}",
                    out.display()
                );
            }
        }
    }
    let _ = std::panic::take_hook();
    println!("fuzz: {tried} mutated snapshots, {accepted} passed validation and went through every step, 0 panics ({:.1} s)", started.elapsed().as_secs_f64());
    assert!(tried >= 100, "at least a hundred cases ran");
    assert!(
        accepted * 4 >= tried,
        "most mutations must reach the later steps ({accepted} of {tried})"
    );
}
