//! "Sources (12)": the sources the counted events cite, grouped by publisher, as numbered links.

use crate::data::Loaded;
use crate::i18n::format::number;
use crate::i18n::{td_string, Locale};
use crate::model::snapshot::Source;
use crate::state::use_locale;
use leptos::prelude::*;
use std::sync::Arc;

/// How many of one publisher's sources are linked before "and 240 more" (which shows the rest).
const SOURCES_SHOWN: usize = 8;

/// The list of the sources at `places` in the snapshot (by publisher then id), or nothing when
/// there are none.
#[component]
pub fn CitedSources(loaded: Arc<Loaded>, places: Vec<usize>) -> impl IntoView {
    let l = use_locale();
    let snapshot = loaded.snapshot();
    let cited: Vec<&Source> = places
        .iter()
        .filter_map(|p| snapshot.sources.get(*p))
        .collect();
    let count = cited.len();
    let items = by_publisher(&cited)
        .into_iter()
        .map(|(publisher, sources)| match sources.as_slice() {
            [one] => source_link(publisher.to_string(), one).into_any(),
            many => publisher_sources(l, publisher, many).into_any(),
        })
        .collect_view();
    (count > 0).then(|| view! {
        <div class="cited-sources"><h2>{td_string!(l, dashboard.sources, n = number(l, count as f64)).to_string()}</h2><ul>{items}</ul></div>
    })
}

/// Sources grouped by publisher, in the order given.
fn by_publisher<'a>(sources: &[&'a Source]) -> Vec<(&'a str, Vec<&'a Source>)> {
    let mut groups: Vec<(&str, Vec<&Source>)> = Vec::new();
    for s in sources {
        match groups.last_mut() {
            Some((p, list)) if *p == s.publisher => list.push(s),
            _ => groups.push((s.publisher.as_str(), vec![s])),
        }
    }
    groups
}

/// "Publisher: 1 2 3 … 8 and 240 more": numbered links to a publisher's sources; the rest are
/// put in the page only when the reader asks for them, so that thousands of sources stay quick.
fn publisher_sources(l: Locale, publisher: &str, many: &[&Source]) -> impl IntoView {
    let shown = many.get(..SOURCES_SHOWN).unwrap_or(many);
    let rest: Vec<Source> = many
        .get(SOURCES_SHOWN..)
        .unwrap_or(&[])
        .iter()
        .map(|s| (*s).clone())
        .collect();
    let first = numbered_links(publisher, 0, shown);
    let more = (!rest.is_empty()).then(|| {
        let open = RwSignal::new(false);
        let (count, publisher) = (rest.len(), publisher.to_string());
        move || {
            if open.get() {
                let refs: Vec<&Source> = rest.iter().collect();
                numbered_links(&publisher, SOURCES_SHOWN, &refs)
            } else {
                let label =
                    td_string!(l, notes.and_more, n = number(l, count as f64)).to_string();
                view! { " " <button type="button" class="more-sources" on:click=move |_| open.set(true)>{label}</button> }.into_any()
            }
        }
    });
    view! { <li>{publisher.to_string()}":"{first}{more}</li> }
}

/// Links numbered from `from + 1`, each titled with the publisher and the source's title.
fn numbered_links(publisher: &str, from: usize, list: &[&Source]) -> AnyView {
    list.iter()
        .enumerate()
        .map(|(i, s)| {
            let label = format!("{publisher}: {}", s.title);
            let n = (from + i + 1).to_string();
            match &s.url {
                Some(url) => view! { " " <a href=url.clone() rel="noopener noreferrer" target="_blank" title=label.clone() aria-label=label>{n}</a> }.into_any(),
                None => view! { " " <span title=label>{n}</span> }.into_any(),
            }
        })
        .collect_view()
        .into_any()
}

fn source_link(publisher: String, s: &Source) -> impl IntoView {
    match &s.url {
        Some(url) => view! { <li><a href=url.clone() rel="noopener noreferrer" target="_blank" title=s.title.clone()>{publisher}</a></li> }.into_any(),
        None => view! { <li>{publisher}</li> }.into_any(),
    }
}
