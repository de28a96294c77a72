//! The files the app loads instead of the snapshot (index, details shards, search lines) give
//! exactly what the whole snapshot gives: the same totals, charts and lists for every filter,
//! and the same events once their details are put back. Checked on every published snapshot,
//! and against the files as published (their checksums in the manifest and the index).

mod common;

use minewatch_core::model::choices::{Currency, Lang};
use minewatch_core::model::compact::{
    details_of, index_of, search_of, shard_of, with_details, Details, Index, IndexError,
    IndexEvent, Search, DETAILS_SCHEMA, INDEX_SCHEMA, SEARCH_SCHEMA, SHARD_SIZE,
};
use minewatch_core::model::filter::Filter;
use minewatch_core::model::fold::Query;
use minewatch_core::model::manifest::{Manifest, MANIFEST_SCHEMA};
use minewatch_core::model::metric::Metric;
use minewatch_core::model::parse::parse_versioned;
use minewatch_core::model::series::Step;
use minewatch_core::model::snapshot::Snapshot;
use minewatch_core::model::validate::check;
use minewatch_core::model::view_model::{view_model, Asked, ViewModel};
use sha2::{Digest, Sha256};

/// The snapshot as the app has it after reading the index file in one language.
fn through_index(s: &Snapshot, lang: Lang) -> Snapshot {
    let text = serde_json::to_string(&index_of(s, lang, Vec::new())).expect("writes");
    let index: Index = parse_versioned(&text, INDEX_SCHEMA).expect("the index reads back");
    index
        .into_snapshot()
        .expect("the index names only its own sources")
}

fn model(s: &Snapshot, f: &Filter, currency: Option<Currency>) -> ViewModel {
    view_model(
        s,
        f,
        Asked {
            metrics: &Metric::ALL,
            currency,
            step: Some(Step::Year),
            compare_regions: true,
        },
    )
}

/// The figures a region view leaves out are kept whole in the summaries; the words the sources
/// used and the editors' notes are not shown with them, and the index does not carry them.
fn without_long_text(mut m: ViewModel) -> ViewModel {
    for s in std::sync::Arc::make_mut(&mut m.summaries) {
        for (_, measure) in &mut s.outside {
            measure.as_stated.clear();
            measure.note = None;
        }
    }
    m
}

#[test]
fn the_index_gives_exactly_the_totals_charts_and_lists_of_the_snapshot() {
    for s in common::published() {
        for lang in Lang::ALL {
            let compact = through_index(&s, lang);
            assert_eq!(compact.events.len(), s.events.len());
            assert!(check(compact.clone()).is_ok_and(|c| c.problems.is_empty()));
            for f in common::filters(&s) {
                for currency in [None, Some(Currency::Usd)] {
                    let (full, small) = (
                        without_long_text(model(&s, &f, currency)),
                        model(&compact, &f, currency),
                    );
                    assert_eq!(full, small, "snapshot {} in {lang:?}, filter {f:?}", s.id);
                }
            }
        }
    }
}

#[test]
fn the_view_model_counts_what_the_overview_counts() {
    for s in common::published() {
        for f in common::filters(&s) {
            let m = model(&s, &f, None);
            let o = minewatch_core::model::overview::overview(
                &s,
                &Filter {
                    metric: None,
                    ..f.clone()
                },
                &Metric::ALL,
            );
            assert_eq!(m.summaries.as_slice(), &*o.summaries);
            let ids: Vec<&str> = m.events(&s).iter().map(|e| e.id.as_str()).collect();
            let expected: Vec<&str> = o.selection.events.iter().map(|e| e.id.as_str()).collect();
            assert_eq!(ids, expected);
        }
    }
}

#[test]
fn the_shards_put_back_every_event_exactly_as_the_snapshot_has_it() {
    for s in common::published() {
        let shards: Vec<Details> = details_of(&s)
            .iter()
            .map(|d| {
                let text = serde_json::to_string(d).expect("writes");
                parse_versioned(&text, DETAILS_SCHEMA).expect("reads back")
            })
            .collect();
        for lang in Lang::ALL {
            let compact = through_index(&s, lang);
            for (place, (small, full)) in compact.events.iter().zip(&s.events).enumerate() {
                let shard = shards
                    .get(shard_of(place))
                    .expect("a shard for every event");
                let details = shard
                    .events
                    .iter()
                    .find(|d| d.id == small.id)
                    .expect("the event is in its shard");
                assert_eq!(with_details(small, details).as_ref(), Some(full));
            }
        }
        // details never fit another event
        if let (Some(a), Some(b)) = (s.events.first(), s.events.get(1)) {
            let other = details_of(&s)[0].events[1].clone();
            assert_eq!(other.id, b.id);
            assert!(with_details(a, &other).is_none());
        }
    }
}

#[test]
fn the_published_app_files_match_their_checksums_and_the_snapshot() {
    let manifest: Manifest =
        parse_versioned(&common::read("public/data/manifest.json"), MANIFEST_SCHEMA)
            .expect("manifest parses");
    let sha = |text: &str| format!("{:x}", Sha256::digest(text.as_bytes()));
    for entry in &manifest.snapshots {
        let s = common::parse_snapshot(&format!("public/data/{}", entry.path)).expect("parses");
        let parts = entry
            .parts
            .as_ref()
            .expect("every snapshot lists its app files");
        for lang in Lang::ALL {
            let part = parts.index.get(lang.code()).expect("an index per language");
            let text = common::read(&format!("public/data/{}", part.path));
            assert_eq!(sha(&text), part.sha256, "{}", part.path);
            assert_eq!(text.len() as u64, part.bytes);
            let index: Index = parse_versioned(&text, INDEX_SCHEMA).expect("reads");
            assert_eq!(index.details.len(), s.events.len().div_ceil(SHARD_SIZE));
            for shard in &index.details {
                let text = common::read(&format!("public/data/{}", shard.path));
                assert_eq!(sha(&text), shard.sha256, "{}", shard.path);
            }
            let part = parts
                .search
                .get(lang.code())
                .expect("search lines per language");
            let text = common::read(&format!("public/data/{}", part.path));
            assert_eq!(sha(&text), part.sha256, "{}", part.path);
            let search: Search = parse_versioned(&text, SEARCH_SCHEMA).expect("reads");
            assert_eq!(search.texts, search_of(&s, lang).texts);
            assert_eq!(
                index.into_snapshot().map(|c| c.events.len()),
                Ok(s.events.len())
            );
        }
    }
}

#[test]
fn russian_and_kazakh_searches_find_the_region_in_any_form() {
    let s = common::published().into_iter().next().expect("a snapshot");
    let in_karaganda: Vec<&str> = s
        .events
        .iter()
        .filter(|e| e.regions.iter().any(|r| r == "KZ-35"))
        .map(|e| e.id.as_str())
        .collect();
    assert!(
        !in_karaganda.is_empty(),
        "the data has events in Karaganda region"
    );
    for (lang, words) in [
        (Lang::Ru, "Караганда"),
        (Lang::Kk, "қарағанды"),
        (Lang::En, "KARAGANDA"),
    ] {
        let lines = search_of(&s, lang).texts;
        let q = Query::new(words);
        let found: Vec<&str> = s
            .events
            .iter()
            .zip(&lines)
            .filter(|(_, line)| q.matches(line))
            .map(|(e, _)| e.id.as_str())
            .collect();
        for id in &in_karaganda {
            assert!(found.contains(id), "{words} ({lang:?}) finds {id}");
        }
    }
}

#[test]
fn an_index_that_names_what_it_does_not_list_is_refused_in_words() {
    let s = common::published().into_iter().next().expect("a snapshot");
    let index = index_of(&s, Lang::En, Vec::new());
    let with_event = |change: &dyn Fn(&mut IndexEvent)| {
        let mut broken = index.clone();
        if let Some(e) = broken.events.iter_mut().find(|e| !e.measures.is_empty()) {
            change(e);
        }
        broken.into_snapshot()
    };
    let err = with_event(&|e| {
        if let Some(m) = e.measures.first_mut() {
            m.sources = vec![99_999];
        }
    })
    .expect_err("an unknown source")
    .to_string();
    assert!(err.contains("source number 99999"), "{err}");
    let err = with_event(&|e| {
        if let Some(m) = e.measures.first_mut() {
            m.metric = 200;
        }
    })
    .expect_err("an unknown metric")
    .to_string();
    assert!(err.contains("metric number 200"), "{err}");
    let err = with_event(&|e| e.regions = vec![500])
        .expect_err("an unknown region")
        .to_string();
    assert!(err.contains("region number 500"), "{err}");
    let err = with_event(&|e| e.kind = 9_999)
        .expect_err("an unknown word")
        .to_string();
    assert!(err.contains("word number 9999"), "{err}");
    let err = with_event(&|e| e.agencies = vec![700])
        .expect_err("an unknown agency")
        .to_string();
    assert!(err.contains("agency number 700"), "{err}");
    for (what, change) in [
        (
            "date precision",
            &(|e: &mut IndexEvent| e.precision = 4) as &dyn Fn(&mut IndexEvent),
        ),
        ("scope", &|e: &mut IndexEvent| e.scope = 9),
        ("confidence", &|e: &mut IndexEvent| e.confidence = 3),
        ("qualifier", &|e: &mut IndexEvent| {
            if let Some(m) = e.measures.first_mut() {
                m.qualifier = 4;
            }
        }),
    ] {
        let err = with_event(change).expect_err(what);
        assert!(
            matches!(&err, IndexError::UnknownCode { what: w, .. } if *w == what),
            "{what}: {err}"
        );
    }
}

#[test]
fn the_index_writes_the_same_arrays_as_before_its_fields_had_names() {
    // a published index file reads back, and writes again byte for byte: the named fields did
    // not change the format on the wire (old files and their checksums stay valid)
    let manifest: minewatch_core::model::manifest::Manifest = parse_versioned(
        &common::read("public/data/manifest.json"),
        minewatch_core::model::manifest::MANIFEST_SCHEMA,
    )
    .expect("manifest parses");
    let mut read = 0;
    for entry in &manifest.snapshots {
        for part in entry.parts.iter().flat_map(|p| p.index.values()) {
            let text = common::read(&format!("public/data/{}", part.path));
            let index: Index = parse_versioned(&text, INDEX_SCHEMA).expect("reads");
            assert_eq!(
                serde_json::to_string(&index).expect("writes") + "\n",
                text,
                "{}",
                part.path
            );
            read += 1;
        }
    }
    assert!(
        read >= 3,
        "every language's index of the latest snapshot at least"
    );
}
