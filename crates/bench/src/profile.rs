//! `minewatch-profile DATA_DIR [LANG]`: where the domain's time goes for a published site, natively
//! (the WebAssembly app runs the same code, about 1.5 to 2 times slower): reading the index,
//! checking it, one view model for the whole country and for a year, the events list sorted and
//! searched. Prints the median of five runs of each step, in milliseconds.

use minewatch_core::model::choices::Lang;
use minewatch_core::model::compact::{Index, Search, INDEX_SCHEMA, SEARCH_SCHEMA};
use minewatch_core::model::dates::PartialDate;
use minewatch_core::model::events_list::events_list;
use minewatch_core::model::filter::Filter;
use minewatch_core::model::fold::Query;
use minewatch_core::model::manifest::{Manifest, MANIFEST_SCHEMA};
use minewatch_core::model::metric::Metric;
use minewatch_core::model::parse::parse_versioned;
use minewatch_core::model::series::Step;
use minewatch_core::model::snapshot::Snapshot;
use minewatch_core::model::sort::SortKey;
use minewatch_core::model::validate::check;
use minewatch_core::model::view_model::{view_model, Asked};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

fn median_ms<T>(mut f: impl FnMut() -> T) -> (f64, T) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..5 {
        let t = Instant::now();
        last = Some(f());
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    (times[2], last.expect("ran"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first().map(Path::new) else {
        eprintln!("usage: minewatch-profile DATA_DIR [LANG]");
        return ExitCode::from(2);
    };
    let lang: Lang = args.get(1).and_then(|l| l.parse().ok()).unwrap_or(Lang::Ru);
    let read = |p: &str| std::fs::read_to_string(dir.join(p)).unwrap_or_default();
    let Ok(manifest) = parse_versioned::<Manifest>(&read("manifest.json"), MANIFEST_SCHEMA) else {
        eprintln!("{}: no manifest", dir.display());
        return ExitCode::from(2);
    };
    let Some(parts) = manifest.entry(None).and_then(|e| e.parts.clone()) else {
        eprintln!("the latest snapshot lists no app files");
        return ExitCode::from(2);
    };
    let index_text = parts
        .index
        .get(lang.code())
        .map(|p| read(&p.path))
        .unwrap_or_default();
    let search_text = parts
        .search
        .get(lang.code())
        .map(|p| read(&p.path))
        .unwrap_or_default();
    let (parse, index) = median_ms(|| parse_versioned::<Index>(&index_text, INDEX_SCHEMA));
    let Ok(index) = index else {
        eprintln!("the index does not read");
        return ExitCode::from(1);
    };
    let (convert, snapshot) = median_ms(|| index.clone().into_snapshot());
    let Ok(snapshot): Result<Snapshot, _> = snapshot else {
        return ExitCode::from(1);
    };
    let (checking, _) = median_ms(|| check(snapshot.clone()).map(|c| c.problems.len()));
    let asked = Asked {
        metrics: &Metric::ALL,
        currency: None,
        step: None,
        compare_regions: true,
    };
    let (whole, _) = median_ms(|| view_model(&snapshot, &Filter::default(), asked));
    let everything = Filter::default();
    let (overview_ms, _) = median_ms(|| {
        minewatch_core::model::overview::overview(&snapshot, &everything, &Metric::ALL)
            .summaries
            .len()
    });
    let q = minewatch_core::model::series::quantity(&snapshot, None, None);
    let (period_ms, _) = median_ms(|| {
        minewatch_core::model::series::by_period(&snapshot, &everything, &q, None)
            .points
            .len()
    });
    let (region_ms, _) = median_ms(|| {
        minewatch_core::model::series::by_region(&snapshot, &everything, &q)
            .points
            .len()
    });
    let (select_ms, _) = median_ms(|| {
        minewatch_core::model::filter::select(&snapshot, &everything)
            .events
            .len()
    });
    eprintln!("overview {overview_ms:.1} by_period {period_ms:.1} by_region {region_ms:.1} select {select_ms:.1}");
    let year = Filter {
        from: PartialDate::parse("2023"),
        to: PartialDate::parse("2023"),
        ..Filter::default()
    };
    let (one_year, _) = median_ms(|| {
        view_model(
            &snapshot,
            &year,
            Asked {
                step: Some(Step::Month),
                ..asked
            },
        )
    });
    let (list, _) = median_ms(|| {
        events_list(
            &snapshot,
            &Filter::default(),
            SortKey::Newest,
            &Query::default(),
            None,
            |e| e.id.clone(),
        )
    });
    let (search_parse, search) =
        median_ms(|| parse_versioned::<Search>(&search_text, SEARCH_SCHEMA));
    let lines = search.map(|s| s.texts).unwrap_or_default();
    let query = Query::new("Караганда");
    let (searching, found) = median_ms(|| {
        events_list(
            &snapshot,
            &Filter::default(),
            SortKey::Newest,
            &query,
            Some(&lines),
            |e| e.id.clone(),
        )
    });
    println!(
        "{} events, index {} bytes, search lines {} bytes ({lang:?})",
        snapshot.events.len(),
        index_text.len(),
        search_text.len()
    );
    for (what, ms) in [
        ("read the index (JSON)", parse),
        ("index to snapshot", convert),
        ("check the rules", checking),
        ("view model, whole country", whole),
        ("view model, one year by month", one_year),
        ("events list, newest first", list),
        ("read the search lines", search_parse),
        ("search \"Караганда\"", searching),
    ] {
        println!("{what:>32}: {ms:8.1} ms");
    }
    println!("{:>32}: {}", "found", found.found.len());
    ExitCode::SUCCESS
}
