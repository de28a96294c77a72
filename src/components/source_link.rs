//! A source as the reader meets it: its title as a link with publisher, language and date, or a
//! short citation (publisher, language, date) inside a table.

use crate::i18n::format::date_text;
use crate::i18n::{td_string, Locale};
use crate::model::snapshot::Source;
use crate::state::use_locale;
use leptos::prelude::*;

/// A source as a link (when it has an address) with its publisher, language and date.
#[component]
pub fn SourceLink(source: Option<Source>, id: String) -> impl IntoView {
    match source {
        None => view! { <span>{id}</span> }.into_any(),
        Some(s) => {
            let l = use_locale();
            let meta = td_string!(
                l,
                event.source_meta,
                publisher = s.publisher.clone(),
                language = language_name(l, &s.language),
                date = date_text(l, s.published)
            )
            .to_string();
            let title = s.title.clone();
            let lang = s.language.clone();
            let link = match &s.url {
                Some(url) => view! { <a href=url.clone() rel="noopener noreferrer" target="_blank" class="source" lang=lang>{title}</a> }.into_any(),
                None => view! { <span class="source" lang=lang>{title}</span>" ("{td_string!(l, event.no_address)}")" }.into_any(),
            };
            view! { <span>{link}<span class="source-meta">{meta}</span></span> }.into_any()
        }
    }
}

/// A short citation inside the figures table: the publisher as a link, its language and date.
#[component]
pub fn SourceRef(source: Option<Source>, id: String) -> impl IntoView {
    match source {
        None => view! { <span>{id}</span> }.into_any(),
        Some(s) => {
            let l = use_locale();
            let meta = format!(
                " ({}, {})",
                language_name(l, &s.language),
                date_text(l, s.published)
            );
            let name = s.publisher.clone();
            let link = match &s.url {
                Some(url) => view! { <a href=url.clone() rel="noopener noreferrer" target="_blank">{name}</a> }.into_any(),
                None => view! { <span>{name}</span> }.into_any(),
            };
            view! { <span>{link}<span class="source-meta">{meta}</span></span> }.into_any()
        }
    }
}

/// A source's language by name, in the reader's language: "Russian", "русский", "орыс тілі".
fn language_name(l: Locale, code: &str) -> String {
    match code {
        "en" => td_string!(l, lang.name_en).to_string(),
        "ru" => td_string!(l, lang.name_ru).to_string(),
        "kk" => td_string!(l, lang.name_kk).to_string(),
        "de" => td_string!(l, lang.name_de).to_string(),
        "nl" => td_string!(l, lang.name_nl).to_string(),
        "uz" => td_string!(l, lang.name_uz).to_string(),
        "fr" => td_string!(l, lang.name_fr).to_string(),
        "zh" => td_string!(l, lang.name_zh).to_string(),
        "tr" => td_string!(l, lang.name_tr).to_string(),
        "ky" => td_string!(l, lang.name_ky).to_string(),
        other => td_string!(l, lang.name_code, code = other.to_string()).to_string(),
    }
}
