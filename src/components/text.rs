//! Small text helpers that need the snapshot: region and agency names, event places, and free
//! text shown in the reader's language or, failing that, in another with a note saying so.

use crate::i18n::{code_of, name_in, td_string, text_in, Locale};
use crate::model::snapshot::{Event, Scope, Snapshot, Text};
use crate::state::use_locale;
use leptos::prelude::*;

pub fn region_name(snapshot: &Snapshot, code: &str, l: Locale) -> String {
    snapshot
        .region(code)
        .map_or_else(|| code.to_string(), |r| name_in(&r.names, l).to_string())
}

/// Where a view's figures are counted: "Kazakhstan", or the chosen regions by name.
pub fn place_name(snapshot: &Snapshot, regions: &[crate::model::RegionCode], l: Locale) -> String {
    if regions.is_empty() {
        crate::i18n::td_string!(l, place.kazakhstan).to_string()
    } else {
        regions
            .iter()
            .map(|c| region_name(snapshot, c, l))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

pub fn agency_name(snapshot: &Snapshot, id: &str, l: Locale) -> String {
    snapshot.agency(id).map_or_else(
        || id.to_string(),
        |a| {
            let name = name_in(&a.names, l);
            abbreviation_in(a, l)
                .map_or_else(|| name.to_string(), |abbr| format!("{name} ({abbr})"))
        },
    )
}

pub fn agency_short(snapshot: &Snapshot, id: &str, l: Locale) -> String {
    snapshot.agency(id).map_or_else(
        || id.to_string(),
        |a| abbreviation_in(a, l).unwrap_or_else(|| name_in(&a.names, l).to_string()),
    )
}

/// An agency's abbreviation in the reader's language (АФМ, ҚМА, AFM), else the one the data has.
fn abbreviation_in(a: &crate::model::snapshot::Agency, l: Locale) -> Option<String> {
    a.short
        .as_ref()
        .map(|s| name_in(s, l).to_string())
        .or_else(|| a.abbreviation.clone())
}

/// Where an event happened, in words: its regions, or what the sources say of its extent.
pub fn place(snapshot: &Snapshot, event: &Event, l: Locale) -> String {
    if !event.regions.is_empty() {
        let names: Vec<String> = event
            .regions
            .iter()
            .map(|c| region_name(snapshot, c, l))
            .collect();
        return names.join(", ");
    }
    match event.scope {
        Scope::National => td_string!(l, place.nationwide).to_string(),
        _ => td_string!(l, place.unknown).to_string(),
    }
}

/// Text from the snapshot in the reader's language, or in another marked with its `lang` and a
/// short visible note ("in English").
#[component]
pub fn DataText(text: Text) -> impl IntoView {
    let l = use_locale();
    match text_in(&text, l) {
        None => ().into_any(),
        Some((t, None)) => t.to_string().into_any(),
        Some((t, Some(other))) => view! {
            <span lang=code_of(other)>{t.to_string()}</span>
            <span class="lang-note">" ("{short_note(l, other)}")"</span>
        }
        .into_any(),
    }
}

fn short_note(l: Locale, other: Locale) -> &'static str {
    match other {
        Locale::en => td_string!(l, lang.in_en),
        Locale::ru => td_string!(l, lang.in_ru),
        Locale::kk => td_string!(l, lang.in_kk),
    }
}
