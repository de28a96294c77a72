//! `/about`: method, regions, totals, what `null` means, licence and how to cite.

use crate::components::title::Title;
use crate::i18n::{td, td_string};
use crate::state::{use_app_state, use_locale};
use leptos::children::ChildrenFn;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let cite = move || {
        let id = state
            .loaded()
            .map(|loaded| loaded.entry.id.clone())
            .unwrap_or_else(|| "ID".into());
        td_string!(l, about.cite, id = id).to_string()
    };
    let code = |children: ChildrenFn| view! { <code>{children()}</code> };
    view! {
        <Title text=format!("{} · Minewatch", td_string!(l, about.title))/>
        <h1>{td_string!(l, about.title)}</h1>
        <section>
            <h2>{td_string!(l, about.event_heading)}</h2>
            <p>{td_string!(l, about.event_text)}</p>
        </section>
        <section>
            <h2>{td_string!(l, about.dates_heading)}</h2>
            <p>{td_string!(l, about.dates_text)}</p>
        </section>
        <section>
            <h2>{td_string!(l, about.regions_heading)}</h2>
            <p>{td_string!(l, about.regions_text)}</p>
        </section>
        <section>
            <h2>{td_string!(l, about.totals_heading)}</h2>
            <ul>
                <li>{td_string!(l, about.totals_sum)}</li>
                <li>{td_string!(l, about.totals_disagree)}</li>
                <li>{td_string!(l, about.totals_qualifiers)}</li>
                <li>{td_string!(l, about.totals_national)}</li>
            </ul>
        </section>
        <section>
            <h2>{td_string!(l, about.null_heading)}</h2>
            <p>{td!(l, about.null_text, <code> = code)}</p>
        </section>
        <section>
            <h2>{td_string!(l, about.licence_heading)}</h2>
            <p>{td_string!(l, about.licence_text)}</p>
            <p>{td_string!(l, about.cite_as)}" "<q class="citation">{cite}</q></p>
            <p><a href=crate::components::live::live_text(move || state.link("/data"))>{td_string!(l, about.download)}</a></p>
        </section>
    }
    .into_any()
}
