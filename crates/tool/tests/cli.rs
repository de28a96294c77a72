//! The editors' tool as an editor runs it: its output and exit codes, on the real sources, on a
//! broken source folder (every kind of error once), and on attempts to change what is published.

mod common;

use common::copy_dir;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn minewatch(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_minewatch"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the tool runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A folder of its own for one test, removed when the test ends (kept when it fails, to look
/// into), so that test runs do not fill the temporary folder.
struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

fn scratch(name: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("minewatch-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    Scratch(dir)
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{} has {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

/// Every file under a folder with its bytes, to prove nothing was written.
fn snapshot_of(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read dir").flatten() {
            if entry.path().is_dir() {
                stack.push(entry.path());
            } else {
                out.push((entry.path(), std::fs::read(entry.path()).expect("read")));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn the_sources_and_every_published_snapshot_are_clean() {
    let run = minewatch(&["check", "editorial"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("clean: snapshot 2026-12-04, 14 events, 7 statistics"),
        "{}",
        run.stdout
    );
    for file in [
        "public/data/snapshots/2026-11-22.json",
        "public/data/snapshots/2026-12-01.json",
        "public/data/snapshots/2026-12-04.json",
    ] {
        let run = minewatch(&["check", file]);
        assert_eq!(run.code, 0, "{file}: {}{}", run.stdout, run.stderr);
    }
}

#[test]
fn publishing_the_current_sources_reproduces_the_latest_snapshot_exactly() {
    let data = scratch("reproduce");
    copy_dir(&root().join("public/data"), &data);
    let before = snapshot_of(&data);
    let run = minewatch(&["publish", "--data", data.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("already published, and the sources reproduce it exactly"),
        "{}",
        run.stdout
    );
    assert_eq!(snapshot_of(&data), before, "nothing was written");
}

#[test]
fn a_path_that_cannot_be_read_is_exit_2() {
    let run = minewatch(&["check", "no/such/folder"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("no/such/folder: cannot be read"),
        "{}",
        run.stderr
    );
    assert_eq!(
        minewatch(&["frobnicate"]).code,
        2,
        "an unknown command shows the usage"
    );
}

#[test]
fn a_broken_source_folder_names_every_problem_with_its_file_and_line() {
    let dir = scratch("broken");
    copy_dir(&root().join("editorial"), &dir);
    let events = dir.join("events");
    // 1. TOML that does not parse
    edit(
        &events.join("shardara-2022-03.toml"),
        "kind = \"raid\"",
        "kind = \"raid",
    );
    // 2. a misspelt field
    edit(
        &events.join("kundyzdy-station-2022-03.toml"),
        "qualifier = \"exact\"",
        "qualifer = \"exact\"\nqualifier = \"exact\"",
    );
    // 3. a figure that is not a number
    edit(
        &events.join("astana-conviction.toml"),
        "value = 2\n",
        "value = \"two\"\n",
    );
    // 4. an id written in an event's file
    let talgar = std::fs::read_to_string(events.join("talgar-gang-2022-08.toml")).unwrap();
    std::fs::write(
        events.join("talgar-gang-2022-08.toml"),
        format!("id = \"talgar\"\n{talgar}"),
    )
    .unwrap();
    // 5. a file name that cannot be an id
    std::fs::copy(
        events.join("afm-2023-results.toml"),
        events.join("Bad Name.toml"),
    )
    .unwrap();
    // 6. a date that is not a date
    edit(
        &events.join("afm-campaign-2022-03.toml"),
        "announced = \"2022-03-15\"",
        "announced = \"2022-03-35\"",
    );
    // 7. a source that is not listed, 8. a region that is not known
    edit(
        &events.join("aktobe-oil-office.toml"),
        "sources = [\"ratel-aktobe\"]",
        "sources = [\"no-such-source\"]",
    );
    edit(
        &events.join("aktobe-oil-office.toml"),
        "regions = [\"KZ-15\"]",
        "regions = [\"KZ-99\"]",
    );
    // 9. a misspelt language (and, once fixed by commenting it out, a missing translation)
    edit(
        &events.join("afm-2023-results.toml"),
        "\nkk = \"ҚМА: 2023",
        "\nkk_draft = \"ҚМА: 2023",
    );
    // 10. an overlap named one way only
    edit(
        &events.join("pm-34-objects-2022-02.toml"),
        "may_overlap = [\"energy-inspections-2022-02\"]",
        "may_overlap = [\"energy-inspections-2022-02\", \"astana-conviction\"]",
    );
    // 11. two preferred figures of one thing
    edit(
        &events.join("afm-cases-2024.toml"),
        "preferred = false",
        "preferred = true",
    );
    // 12. money with no currency
    edit(
        &events.join("east-kazakhstan-power-theft.toml"),
        "currency = \"KZT\"\n",
        "",
    );
    // 13. a word that is not one of its set, 14. a number where a word belongs
    edit(
        &events.join("saryarka-sez-2022-02.toml"),
        "confidence = \"high\"",
        "confidence = \"hihg\"",
    );
    edit(
        &events.join("afm-farm-300k-income.toml"),
        "scope = \"local\"",
        "scope = 3",
    );
    // 15. a file that is missing
    std::fs::remove_file(dir.join("rates.toml")).unwrap();
    let run = minewatch(&["check", dir.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let d = dir.display();
    let expect = [
        format!("{d}/events/shardara-2022-03.toml:1: "),
        format!("{d}/events/kundyzdy-station-2022-03.toml:"),
        "unknown field `qualifer`".to_string(),
        format!("{d}/events/astana-conviction.toml:"),
        "expected a number".to_string(),
        format!("{d}/events/talgar-gang-2022-08.toml:1: the id is the file's name (\"talgar-gang-2022-08\"); remove this line"),
        format!("{d}/events/Bad Name.toml: the file's name is the record's id"),
        "\"2022-03-35\" is not a date".to_string(),
        format!("{d}/rates.toml: the file is missing"),
        format!("{d}/events/afm-2023-results.toml:15: unknown field `kk_draft`"),
        format!("{d}/events/saryarka-sez-2022-02.toml:9: unknown variant `hihg`, expected one of `high`, `medium`, `low`"),
        format!("{d}/events/afm-farm-300k-income.toml:4: invalid type: integer `3`, expected one of `local`, `regional`, `multi_regional`, `national`"),
    ];
    for e in &expect {
        assert!(
            run.stdout.contains(e.as_str()),
            "expected {e:?} in:\n{}",
            run.stdout
        );
    }
    // A folder that reads is then checked against the data rules, each at its line.
    std::fs::write(dir.join("rates.toml"), "").unwrap();
    for (file, from, to) in [
        ("shardara-2022-03.toml", "kind = \"raid", "kind = \"raid\""),
        (
            "kundyzdy-station-2022-03.toml",
            "qualifer = \"exact\"\n",
            "",
        ),
        ("astana-conviction.toml", "value = \"two\"\n", "value = 2\n"),
        ("afm-campaign-2022-03.toml", "2022-03-35", "2022-03-15"),
        ("afm-2023-results.toml", "\nkk_draft = ", "\n# kk = "),
        ("saryarka-sez-2022-02.toml", "\"hihg\"", "\"high\""),
        (
            "afm-farm-300k-income.toml",
            "scope = 3",
            "scope = \"local\"",
        ),
    ] {
        edit(&events.join(file), from, to);
    }
    std::fs::write(events.join("talgar-gang-2022-08.toml"), talgar).unwrap();
    std::fs::remove_file(events.join("Bad Name.toml")).unwrap();
    let run = minewatch(&["check", dir.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let line_of = |file: &str, needle: &str| {
        let text = std::fs::read_to_string(events.join(file)).unwrap();
        text.lines()
            .position(|l| l.contains(needle))
            .map(|i| i + 1)
            .unwrap()
    };
    let expect = [
        format!("{d}/events/aktobe-oil-office.toml:{}: event \"aktobe-oil-office\": figure 1 (equipment_units_seized) cites source \"no-such-source\", which is not in the list of sources; add it there first", line_of("aktobe-oil-office.toml", "no-such-source")),
        format!("{d}/events/aktobe-oil-office.toml:{}: event \"aktobe-oil-office\": region \"KZ-99\" is not a known region code", line_of("aktobe-oil-office.toml", "KZ-99")),
        format!("{d}/events/afm-2023-results.toml:12: event \"afm-2023-results\": the title is missing in kk; write it in kk, ru and en"),
        format!("{d}/events/pm-34-objects-2022-02.toml:{}: event \"pm-34-objects-2022-02\": it may overlap \"astana-conviction\", but \"astana-conviction\" does not name it back", line_of("pm-34-objects-2022-02.toml", "may_overlap")),
        format!("{d}/events/afm-cases-2024.toml:"),
        "of its criminal_cases figures are marked preferred; exactly one must be".to_string(),
        format!("{d}/events/east-kazakhstan-power-theft.toml:"),
        "is an amount of money but names no currency".to_string(),
    ];
    for e in &expect {
        assert!(
            run.stdout.contains(e.as_str()),
            "expected {e:?} in:\n{}",
            run.stdout
        );
    }
}

#[test]
fn a_published_snapshot_is_never_changed_and_a_change_needs_a_reason() {
    let data = scratch("publish-data");
    copy_dir(&root().join("public/data"), &data);
    let sources = scratch("publish-sources");
    copy_dir(&root().join("editorial"), &sources);
    let (s, d) = (sources.to_str().unwrap(), data.to_str().unwrap());
    let figure = sources.join("events/astana-conviction.toml");
    edit(&figure, "value = 2\n", "value = 3\n");
    let before = snapshot_of(&data);
    let run = minewatch(&["publish", "--sources", s, "--data", d]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("is already published and the sources no longer reproduce it"),
        "{}",
        run.stdout
    );
    assert_eq!(snapshot_of(&data), before, "nothing was written");
    // A new id, but the last snapshot's reasons are still there and the changed event says no why.
    edit(
        &sources.join("snapshot.toml"),
        "id = \"2026-12-04\"\npublished = \"2026-12-04\"",
        "id = \"2026-12-05\"\npublished = \"2026-12-05\"",
    );
    let run = minewatch(&["publish", "--sources", s, "--data", d]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("[reasons.saryarka-sez-2022-02] is given, but \"saryarka-sez-2022-02\" did not change since 2026-12-04; remove it"),
        "{}",
        run.stdout
    );
    let head = std::fs::read_to_string(sources.join("snapshot.toml")).unwrap();
    let head = head
        .split("\n[reasons.")
        .next()
        .unwrap_or_default()
        .to_string();
    std::fs::write(sources.join("snapshot.toml"), &head).unwrap();
    let run = minewatch(&["publish", "--sources", s, "--data", d]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("\"astana-conviction\" changed since 2026-12-04, but no reason is given"),
        "{}",
        run.stdout
    );
    assert_eq!(snapshot_of(&data), before, "nothing was written");
    // With the reason, it publishes: new files, the old ones byte for byte as they were.
    std::fs::write(
        sources.join("snapshot.toml"),
        format!("{head}\n[reasons.astana-conviction]\nen = \"Three vehicles, not two, by the court's ruling.\"\nru = \"Три машины, а не две, по решению суда.\"\nkk = \"Сот шешімі бойынша екі емес, үш көлік.\"\n"),
    )
    .unwrap();
    let run = minewatch(&["publish", "--sources", s, "--data", d]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    for f in [
        "snapshots/2026-12-05.json",
        "snapshots/2026-12-05.csv",
        "changes/2026-12-05.json",
    ] {
        assert!(run.stdout.contains(f), "{}", run.stdout);
    }
    for (path, bytes) in &before {
        let name = path.file_name().unwrap().to_string_lossy();
        if name != "manifest.json" && name != "datapackage.json" {
            assert_eq!(
                &std::fs::read(path).unwrap(),
                bytes,
                "{} is unchanged",
                path.display()
            );
        }
    }
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data.join("manifest.json")).unwrap())
            .unwrap();
    assert_eq!(manifest["latest"], "2026-12-05");
    assert_eq!(manifest["snapshots"].as_array().unwrap().len(), 4);
    let changes: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(data.join("changes/2026-12-05.json")).unwrap(),
    )
    .unwrap();
    let events = changes["events"].as_array().unwrap();
    assert_eq!(events.len(), 1, "{changes}");
    assert_eq!(events[0]["id"], "astana-conviction");
    assert_eq!(events[0]["figures"][0]["old"]["value"], 2.0);
    assert_eq!(events[0]["figures"][0]["new"]["value"], 3.0);
    assert!(events[0]["why"]["en"]
        .as_str()
        .unwrap()
        .contains("court's ruling"));
    // Publishing the same sources again changes nothing.
    let again = minewatch(&["publish", "--sources", s, "--data", d]);
    assert_eq!(again.code, 0, "{}{}", again.stdout, again.stderr);
    assert!(
        again.stdout.contains("already published"),
        "{}",
        again.stdout
    );
}

#[test]
fn an_assembled_snapshot_publishes_into_an_empty_site() {
    let data = scratch("empty-site");
    let run = minewatch(&[
        "publish",
        "--snapshot",
        "public/data/snapshots/2026-11-22.json",
        "--data",
        data.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let published = std::fs::read(data.join("snapshots/2026-11-22.json")).unwrap();
    let check = minewatch(&[
        "check",
        data.join("snapshots/2026-11-22.json").to_str().unwrap(),
    ]);
    assert_eq!(check.code, 0, "{}", check.stdout);
    assert!(!published.is_empty());
    assert!(data.join("manifest.json").is_file() && data.join("datapackage.json").is_file());
    assert!(
        !data.join("changes").exists(),
        "the first snapshot has nothing to compare with"
    );
}

#[test]
fn diff_names_events_and_figures_added_removed_and_changed_as_text_and_json() {
    let (old, new) = (
        "public/data/snapshots/2026-11-22.json",
        "public/data/snapshots/2026-12-01.json",
    );
    let run = minewatch(&["diff", old, new]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("Changes from 2026-11-22 to 2026-12-01: events 2 added, 12 changed, 0 removed; statistics 6 added"), "{}", run.stdout);
    assert!(
        run.stdout.contains("+ event aktobe-industrial-zone-land"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("~ criminal_cases: 1 cases [exact] \"criminal case opened\" (ratel-aktobe)\n        -> no figure"), "{}", run.stdout);
    assert!(
        run.stdout.contains("- farms_shut: 1 farms"),
        "E1's farm is no longer counted as shut:\n{}",
        run.stdout
    );
    let json = minewatch(&["diff", old, new, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
    assert_eq!(v["schema"], "minewatch.changes/1");
    assert_eq!(v["events"].as_array().unwrap().len(), 14);
    let back = minewatch(&["diff", new, old]);
    assert!(
        back.stdout
            .contains("events 0 added, 12 changed, 2 removed"),
        "{}",
        back.stdout
    );
}

#[test]
fn diff_of_the_second_and_third_snapshots_lists_every_correction_of_the_audit() {
    let run = minewatch(&[
        "diff",
        "public/data/snapshots/2026-12-01.json",
        "public/data/snapshots/2026-12-04.json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    assert!(out.starts_with("Changes from 2026-12-01 to 2026-12-04: events 0 added, 10 changed, 0 removed; statistics 1 added, 5 changed, 0 removed"), "{out}");
    for expected in [
        // 1, 3: the November copy is a statistic of its own
        "+ statistic afm-2024-mining-cases-to-november",
        "- criminal_cases: 4 cases (grey_mining) [exact] \"Of these, four cases",
        // 2: the undated 1.2 GW
        "~ statistic illegal-mining-load-2022-02",
        // 4: an estimate is 'about'
        "-> 2500000000 KZT [approx, not preferred] \"Оценочная стоимость",
        // 5, 6: qualifiers as seed 002 states them
        "-> 55 farms (voluntary) [at_most, not preferred]",
        "-> 67000 units [approx, not preferred] \"over 67,000 devices\"",
        // 7: 'beendet' is not 'forced'
        "- farms_shut: 51 farms (forced) [exact] \"weitere 51",
        "+ farms_shut: 51 farms (ended) [exact] \"weitere 51",
        // 8: the Dutch sentence that says they were stopped
        "een halt toe geroepen.\" (seed-001)",
        // 10: nothing cited to words that were not recorded
        "- electricity_theft_value: 9000000000 KZT [at_least, not preferred] \"more than 9 billion tenge\" (maxbit-16-million)",
        // CoinGeek's 65,000
        "+ equipment_units_seized: 65000 units [at_least, not preferred] \"over 65,000\" (coingeek)",
        // the wording of titles, sources and regions
        "~ event talgar-gang-2022-08",
        "fields changed: notes, summary, title",
        "~ source coindesk-2022-08-09 (note, title, url)",
        "~ region KZ-33 (also_seen, names)",
        "~ region KZ-62 (also_seen, names)",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
}
