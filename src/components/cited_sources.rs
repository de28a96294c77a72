//! "Sources (12)": the sources the counted events cite, grouped by publisher, as numbered links.
//! The list is written as one piece of markup, so a change of view sets it in one step (at
//! 10,000 events it holds hundreds of links, which were patched one attribute at a time).

use crate::chart::svg::escape;
use crate::data::Loaded;
use crate::i18n::format::number;
use crate::i18n::{td_string, Locale};
use crate::model::snapshot::Source;
use crate::state::use_locale;
use leptos::prelude::*;
use std::fmt::Write;
use std::sync::Arc;

/// How many of one publisher's sources are linked before "and 240 more" (which shows the rest).
const SOURCES_SHOWN: usize = 8;

/// The list of the sources at `places` in the snapshot (by publisher then id), or nothing when
/// there are none.
#[component]
pub fn CitedSources(loaded: Arc<Loaded>, places: Vec<usize>) -> impl IntoView {
    let l = use_locale();
    let count = places
        .iter()
        .filter(|p| loaded.snapshot().sources.get(**p).is_some())
        .count();
    // the publishers (by their place in the list) whose every source the reader asked to see
    let opened = RwSignal::new(Vec::<usize>::new());
    let markup = crate::components::live::live_text(move || {
        let snapshot = loaded.snapshot();
        let cited: Vec<&Source> = places
            .iter()
            .filter_map(|p| snapshot.sources.get(*p))
            .collect();
        opened.with(|open| list_markup(l, &cited, open))
    });
    // "and 240 more" puts the rest of that publisher's sources in the list
    let more = move |ev: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        let group = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("button.more-sources").ok().flatten())
            .and_then(|b| b.get_attribute("data-group"))
            .and_then(|g| g.parse::<usize>().ok());
        let list = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if let (Some(group), Some(list)) = (group, list) {
            opened.update(|open| open.push(group));
            // the button is gone: focus goes to the first source it showed
            request_animation_frame(move || {
                let item = format!("li:nth-child({})", group + 1);
                let first = list
                    .query_selector_all(&format!("{item} > a, {item} > span"))
                    .ok()
                    .and_then(|links| links.item(SOURCES_SHOWN as u32))
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok());
                crate::app::focus_element(first);
            });
        }
    };
    (count > 0).then(|| view! {
        <div class="cited-sources"><h2>{td_string!(l, dashboard.sources, n = number(l, count as f64)).to_string()}</h2><ul on:click=more inner_html=markup></ul></div>
    })
}

/// The list's items: one per publisher, its sources numbered; a publisher's sources past the
/// first few behind a button unless its group is in `opened`.
fn list_markup(l: Locale, cited: &[&Source], opened: &[usize]) -> String {
    let mut out = String::new();
    for (group, (publisher, sources)) in by_publisher(cited).into_iter().enumerate() {
        out.push_str("<li>");
        match sources.as_slice() {
            [one] => match &one.url {
                Some(url) => {
                    let _ = write!(
                        out,
                        r#"<a href="{}" rel="noopener noreferrer" target="_blank" title="{}">{}</a>"#,
                        escape(url),
                        escape(&one.title),
                        escape(publisher)
                    );
                }
                None => out.push_str(&escape(publisher)),
            },
            many => {
                let _ = write!(out, "{}:", escape(publisher));
                let open = opened.contains(&group);
                let shown = if open {
                    many
                } else {
                    many.get(..SOURCES_SHOWN).unwrap_or(many)
                };
                numbered_links(&mut out, publisher, shown);
                let rest = many.len() - shown.len();
                if rest > 0 {
                    let label = td_string!(l, notes.and_more, n = number(l, rest as f64));
                    let _ = write!(
                        out,
                        r#" <button type="button" class="more-sources" data-group="{group}">{}</button>"#,
                        escape(&label.to_string())
                    );
                }
            }
        }
        out.push_str("</li>");
    }
    out
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

/// Links numbered from 1, each titled with the publisher and the source's title.
fn numbered_links(out: &mut String, publisher: &str, list: &[&Source]) {
    for (i, s) in list.iter().enumerate() {
        let label = escape(&format!("{publisher}: {}", s.title)).into_owned();
        let n = i + 1;
        match &s.url {
            Some(url) => {
                let _ = write!(
                    out,
                    r#" <a href="{}" rel="noopener noreferrer" target="_blank" title="{label}" aria-label="{label}">{n}</a>"#,
                    escape(url)
                );
            }
            None => {
                let _ = write!(out, r#" <span title="{label}">{n}</span>"#);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(publisher: &str, title: &str, url: Option<&str>) -> Source {
        Source {
            id: title.into(),
            url: url.map(Into::into),
            title: title.into(),
            publisher: publisher.into(),
            language: "en".into(),
            published: None,
            kind: "news".into(),
            note: None,
        }
    }

    #[test]
    fn sources_are_numbered_per_publisher_and_the_rest_wait_behind_a_button() {
        let many: Vec<Source> = (1..=10)
            .map(|i| {
                source(
                    "Tengrinews",
                    &format!("Farm {i} \"shut\""),
                    Some(&format!("https://t.kz/{i}?a=1&b=2")),
                )
            })
            .collect();
        let one = source("AFM <official>", "Report", Some("https://afm.gov.kz/r"));
        let bare = source("Court", "Verdict", None);
        let cited: Vec<&Source> = std::iter::once(&one).chain(&many).chain([&bare]).collect();
        let closed = list_markup(Locale::en, &cited, &[]);
        assert!(closed.starts_with(r#"<li><a href="https://afm.gov.kz/r" rel="noopener noreferrer" target="_blank" title="Report">AFM &lt;official&gt;</a></li><li>Tengrinews: <a href="https://t.kz/1?a=1&amp;b=2""#), "{closed}");
        assert!(
            closed.contains(r#"title="Tengrinews: Farm 1 &quot;shut&quot;""#),
            "{closed}"
        );
        assert_eq!(closed.matches("<a ").count(), 1 + SOURCES_SHOWN);
        assert!(closed.contains(r#" <button type="button" class="more-sources" data-group="1">and 2 more</button></li>"#), "{closed}");
        assert!(closed.ends_with("<li>Court</li>"), "{closed}");
        let open = list_markup(Locale::en, &cited, &[1]);
        assert_eq!(
            open.matches("<a ").count(),
            11,
            "all ten of Tengrinews and the AFM's"
        );
        assert!(
            open.contains(r#">10</a></li>"#) && !open.contains("more-sources"),
            "{open}"
        );
    }
}
