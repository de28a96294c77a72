//! The code's layers, as the architecture document draws them: shared components never reach
//! into a page, and the domain's record types never depend on the queries over them (which would
//! close a circle: a snapshot, its statistics, the totals, the filter, the snapshot again).

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("the folder exists").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn no_component_imports_from_a_page() {
    let files = rust_files(&root().join("src/components"));
    assert!(files.len() > 20, "the components were found");
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        assert!(
            !text.contains("crate::pages"),
            "{} uses a page: move what it needs into components/",
            file.display()
        );
    }
}

#[test]
fn the_domain_records_depend_on_no_query() {
    const QUERIES: [&str; 9] = [
        "aggregate",
        "filter",
        "overview",
        "series",
        "view_model",
        "statistics_view",
        "events_list",
        "placement",
        "overlap",
    ];
    for record in ["snapshot.rs", "statistic.rs", "metric.rs", "dates.rs"] {
        let path = root().join("crates/core/src/model").join(record);
        let text = std::fs::read_to_string(&path).expect("readable");
        for query in QUERIES {
            for form in [format!("super::{query}::"), format!("super::{query};")] {
                assert!(
                    !text.contains(&form),
                    "{record} uses the query module {query}: a record type must not depend on \
                     the code that queries it"
                );
            }
        }
    }
}
