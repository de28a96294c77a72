//! Small text helpers that need the snapshot: region and agency names, event places.

use crate::model::snapshot::{Event, Scope, Snapshot};

pub fn region_name(snapshot: &Snapshot, code: &str) -> String {
    snapshot
        .region(code)
        .map_or_else(|| code.to_string(), |r| r.names.en.clone())
}

pub fn agency_name(snapshot: &Snapshot, id: &str) -> String {
    snapshot.agency(id).map_or_else(
        || id.to_string(),
        |a| {
            a.abbreviation.as_ref().map_or_else(
                || a.names.en.clone(),
                |abbr| format!("{} ({abbr})", a.names.en),
            )
        },
    )
}

pub fn agency_short(snapshot: &Snapshot, id: &str) -> String {
    snapshot.agency(id).map_or_else(
        || id.to_string(),
        |a| a.abbreviation.clone().unwrap_or_else(|| a.names.en.clone()),
    )
}

/// Where an event happened, in words: its regions, or what the sources say of its extent.
pub fn place(snapshot: &Snapshot, event: &Event) -> String {
    if !event.regions.is_empty() {
        let names: Vec<String> = event
            .regions
            .iter()
            .map(|c| region_name(snapshot, c))
            .collect();
        return names.join(", ");
    }
    match event.scope {
        Scope::National => "Nationwide".to_string(),
        _ => "Region unknown".to_string(),
    }
}
