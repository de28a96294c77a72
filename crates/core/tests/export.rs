//! CSV and JSON downloads, and the published whole-snapshot CSV with its data package.
//! `UPDATE_EXPORTS=1 cargo test --test export` rewrites the published files after a new snapshot.

mod common;

use minewatch_core::model::export::{csv, datapackage, json_rows, rows};
use minewatch_core::model::filter::{select, Filter};

/// A small RFC 4180 reader, to check that what we write reads back cell for cell.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut out = vec![];
    let (mut row, mut cell, mut quoted, mut chars) =
        (vec![], String::new(), false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut cell)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut cell));
                out.push(std::mem::take(&mut row));
            }
            (c, _) => cell.push(c),
        }
    }
    out
}

#[test]
fn csv_has_a_bom_a_header_and_one_row_per_figure_of_the_shown_events() {
    let s = common::good().snapshot;
    let filter = Filter {
        regions: vec!["KZ-63".into()],
        ..Filter::default()
    };
    let events = select(&s, &filter).events;
    let text = csv(&rows(&s, &events));
    assert!(
        text.starts_with('\u{feff}'),
        "Excel needs the BOM to read UTF-8"
    );
    let table = read_csv(text.trim_start_matches('\u{feff}'));
    assert_eq!(table[0][0], "event_id");
    let figures: usize = events.iter().map(|e| e.measures.len()).sum();
    assert_eq!(table.len() - 1, figures);
    let ids: std::collections::BTreeSet<&str> = table[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids.into_iter().collect::<Vec<_>>(), ["a", "c"]);
}

#[test]
fn cyrillic_quotes_commas_and_newlines_survive_the_round_trip() {
    let mut s = common::good().snapshot;
    let title = "Ферма в «Сарыарке», \"крупная\"\nвторая строка";
    s.events[0].title.en = Some(title.into());
    let all: Vec<_> = s.events.iter().collect();
    let table = read_csv(csv(&rows(&s, &all)).trim_start_matches('\u{feff}'));
    assert_eq!(table[1][1], title);
    assert!(
        table.iter().all(|r| r.len() == 25),
        "every row has every column"
    );
}

#[test]
fn an_unstated_figure_is_an_empty_cell_and_null_in_json_never_zero() {
    let s = common::good().snapshot;
    let b: Vec<_> = s.events.iter().filter(|e| e.id == "b").collect();
    let r = rows(&s, &b);
    let table = read_csv(csv(&r).trim_start_matches('\u{feff}'));
    let cases = table
        .iter()
        .find(|row| row[14] == "criminal_cases")
        .expect("row");
    assert_eq!(cases[16], "");
    let json: serde_json::Value = serde_json::from_str(&json_rows(&r)).expect("json");
    assert_eq!(json[1]["value"], serde_json::Value::Null);
    assert_eq!(json[0]["value"], 50.0);
}

/// The cells of a table's rows, by column name.
fn column<'a>(table: &'a [Vec<String>], name: &str) -> Vec<&'a str> {
    let i = table[0].iter().position(|c| c == name).expect(name);
    table[1..].iter().map(|r| r[i].as_str()).collect()
}

#[test]
fn a_period_a_scope_and_names_are_kept_and_source_addresses_line_up_with_their_ids() {
    let mut s = common::good().snapshot;
    s.events[0].announced = None;
    s.events[0].date_precision = minewatch_core::model::DatePrecision::Unknown;
    s.events[0].period = Some(minewatch_core::model::snapshot::Period {
        from: minewatch_core::model::PartialDate::parse("2022-02-18").unwrap(),
        to: minewatch_core::model::PartialDate::parse("2022-02-20").unwrap(),
    });
    s.sources[0].url = None;
    let first_source = s.sources[0].id.clone();
    let all: Vec<_> = s.events.iter().collect();
    let table = read_csv(csv(&rows(&s, &all)).trim_start_matches('\u{feff}'));
    let id0 = s.events[0].id.as_str();
    let ids = column(&table, "event_id");
    let row0 = ids
        .iter()
        .position(|i| *i == id0)
        .expect("row of the first event");
    assert_eq!(column(&table, "period_from")[row0], "2022-02-18");
    assert_eq!(column(&table, "period_to")[row0], "2022-02-20");
    assert_eq!(column(&table, "date_precision")[row0], "unknown");
    let scopes = column(&table, "scope");
    let names = column(&table, "event_region_names");
    for (i, e) in ids.iter().enumerate() {
        let event = s.events.iter().find(|x| x.id == *e).expect("event");
        if event.regions.is_empty() {
            let want = if scopes[i] == "national" {
                "Kazakhstan (nationwide)"
            } else {
                "(place not known)"
            };
            assert_eq!(names[i], want);
        } else {
            assert!(
                !names[i].is_empty() && !names[i].contains("KZ-"),
                "names, not codes: {}",
                names[i]
            );
        }
    }
    assert!(
        scopes.contains(&"national"),
        "the fixture has a nationwide event"
    );
    for ((ids, urls), publishers) in column(&table, "source_ids")
        .into_iter()
        .zip(column(&table, "source_urls"))
        .zip(column(&table, "source_publishers"))
    {
        let ids: Vec<&str> = ids.split(';').collect();
        let urls: Vec<&str> = urls.split(" ; ").collect();
        assert_eq!(
            ids.len(),
            urls.len(),
            "one address per source id: {ids:?} {urls:?}"
        );
        assert_eq!(ids.len(), publishers.split(';').count());
        for (id, url) in ids.iter().zip(urls) {
            assert_eq!(url.is_empty(), *id == first_source, "{id}: {url}");
        }
    }
    assert!(column(&table, "agency_names").iter().any(|n| !n.is_empty()));
}

#[test]
fn text_that_a_spreadsheet_would_run_as_a_formula_is_neutralised() {
    let mut s = common::good().snapshot;
    let attacks = [
        "=HYPERLINK(\"http://x\",\"y\")",
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "\tTAB",
        "\rCR",
    ];
    for (e, attack) in s.events.iter_mut().zip(attacks.iter().cycle()) {
        e.title.en = Some(attack.to_string());
        for m in &mut e.measures {
            m.as_stated = format!("{attack} stated");
        }
    }
    let all: Vec<_> = s.events.iter().collect();
    let table = read_csv(csv(&rows(&s, &all)).trim_start_matches('\u{feff}'));
    for cell in column(&table, "event_title")
        .into_iter()
        .chain(column(&table, "as_stated"))
    {
        assert!(cell.starts_with('\''), "neutralised: {cell:?}");
        assert!(
            attacks.iter().any(|a| cell[1..].starts_with(a)),
            "the text follows: {cell:?}"
        );
    }
    assert_eq!(
        minewatch_core::model::export::neutralised("2.5 billion tenge"),
        "2.5 billion tenge"
    );
    assert_eq!(minewatch_core::model::export::neutralised("«=»"), "«=»");
    let package = datapackage(&s, "x.csv");
    assert!(package["resources"][0]["description"]
        .as_str()
        .expect("said")
        .contains("apostrophe"));
}
