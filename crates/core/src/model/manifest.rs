//! The manifest (`minewatch.manifest/1`): which snapshots are published, newest first.

use super::compact::Part;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const MANIFEST_SCHEMA: &str = "minewatch.manifest/1";

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Manifest {
    pub schema: String,
    pub latest: String,
    pub snapshots: Vec<SnapshotEntry>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct SnapshotEntry {
    pub id: String,
    /// Path relative to the data folder, e.g. `snapshots/2026-11-22.json`.
    pub path: String,
    pub published: String,
    pub sha256: String,
    pub events: usize,
    /// Size of the file in bytes.
    #[serde(default)]
    pub bytes: Option<u64>,
    pub summary: String,
    /// The list of changes against the snapshot before it (`changes/ID.json`); absent for the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<String>,
    /// What the app loads instead of the snapshot (see `compact`); absent in manifests written
    /// before it existed, when the app loads the snapshot itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parts: Option<Parts>,
}

/// The app's files of one snapshot, by language code (`kk`, `ru`, `en`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Parts {
    pub index: BTreeMap<String, Part>,
    pub search: BTreeMap<String, Part>,
}

impl Manifest {
    /// The entry for a pinned id, or the latest when none is asked for.
    pub fn entry(&self, pinned: Option<&str>) -> Option<&SnapshotEntry> {
        let id = pinned.unwrap_or(&self.latest);
        self.snapshots.iter().find(|s| s.id == id)
    }

    /// The snapshots published after `id`, oldest first (empty when `id` is the latest or unknown).
    pub fn newer_than(&self, id: &str) -> Vec<&SnapshotEntry> {
        match self.snapshots.iter().position(|s| s.id == id) {
            Some(at) => self.snapshots.iter().take(at).rev().collect(),
            None => Vec::new(),
        }
    }

    /// Whether a snapshot path stays inside the data folder: segments of letters, digits, `-`,
    /// `_` and `.`, none of them `.` or `..`; no escapes (`%2e%2e`), no absolute or remote URL.
    pub fn is_safe_path(path: &str) -> bool {
        path.len() <= 200
            && !path.is_empty()
            && path.split('/').all(|segment| {
                !segment.is_empty()
                    && segment != "."
                    && segment != ".."
                    && segment
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> Manifest {
        let entry = |id: &str| SnapshotEntry {
            id: id.into(),
            path: format!("snapshots/{id}.json"),
            published: id.into(),
            sha256: String::new(),
            events: 1,
            bytes: None,
            summary: String::new(),
            changes: None,
            parts: None,
        };
        Manifest {
            schema: MANIFEST_SCHEMA.into(),
            latest: "2026-11-22".into(),
            snapshots: vec![entry("2026-11-22"), entry("2026-01-01")],
        }
    }

    #[test]
    fn finds_the_latest_or_a_pinned_snapshot() {
        let m = manifest();
        assert_eq!(m.entry(None).map(|e| e.id.as_str()), Some("2026-11-22"));
        assert_eq!(
            m.entry(Some("2026-01-01")).map(|e| e.id.as_str()),
            Some("2026-01-01")
        );
        assert!(m.entry(Some("1999-01-01")).is_none());
    }

    #[test]
    fn refuses_paths_that_leave_the_data_folder() {
        assert!(Manifest::is_safe_path("snapshots/a.json"));
        for bad in [
            "",
            "/etc/passwd",
            "../x.json",
            "https://evil.example/x.json",
            "a\\b",
            "snapshots/%2e%2e/%2e%2e/x.json",
            "snapshots/./x.json",
            "snapshots//x.json",
            "snapshots/x.json?y",
            "snapshots/x.json#y",
        ] {
            assert!(!Manifest::is_safe_path(bad), "{bad}");
        }
    }
}
