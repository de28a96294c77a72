//! The filter controls. Each change rewrites the address (no reload, no scroll, no history entry).

use crate::components::text::region_name;
use crate::controls::ControlUse;
use crate::data::Loaded;
use crate::i18n::collate::sort_key;
use crate::i18n::format::date_text;
use crate::i18n::format::number;
use crate::i18n::{name_in, td_string};
use crate::model::dates::PartialDate;
use crate::model::filter::years;
use crate::state::{use_app_state, use_locale, use_set_url_state};
use crate::url_state::UrlState;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn FilterBar(
    loaded: Arc<Loaded>,
    /// Whether the count said to screen readers applies the chart metric too (the events list
    /// does; the dashboard's count does not).
    #[prop(optional)]
    with_metric: bool,
    /// How many events the page counts for the filter (its view model's or its list's).
    #[prop(into)]
    count: Signal<usize>,
) -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let set_state = use_set_url_state();
    let snapshot = loaded.snapshot();
    let update = move |change: &dyn Fn(&mut UrlState)| {
        let mut s = state.url_state();
        change(&mut s);
        set_state(s);
    };
    let mut sorted: Vec<&crate::model::snapshot::Region> = snapshot.regions.iter().collect();
    crate::order::sort_by_key(&mut sorted, |r| sort_key(l, name_in(&r.names, l)));
    let regions = sorted
        .into_iter()
        .map(|r| {
            let code = r.code.clone();
            let name = name_in(&r.names, l).to_string();
            let label = match &r.valid_from {
                Some(since) => td_string!(
                    l,
                    filter.region_since,
                    name = name,
                    date = date_text(l, Some(PartialDate::from_naive(*since)))
                )
                .to_string(),
                None => name,
            };
            let checked = {
                let code = code.clone();
                move || state.view.with(|(s, _)| s.filter.regions.contains(&code))
            };
            let update = update.clone();
            let value = code.to_string();
            let toggle = move |ev: leptos::ev::Event| {
                let used = ControlUse::Region {
                    code: code.to_string(),
                    ticked: event_target_checked(&ev),
                };
                update(&move |s: &mut UrlState| used.apply(s));
            };
            // the box's value is its region's code: a pre-rendered page's box, ticked before the
            // app took over, says which region it was
            view! {
                <li><label><input type="checkbox" value=value prop:checked=checked on:change=toggle/>" "{label}</label></li>
            }
        })
        .collect_view();
    let chosen = {
        let loaded = loaded.clone();
        crate::components::live::live_text(move || {
            let codes = state.view.with(|(s, _)| s.filter.regions.clone());
            if codes.is_empty() {
                td_string!(l, filter.all_kazakhstan).to_string()
            } else {
                codes
                    .iter()
                    .map(|c| region_name(loaded.snapshot(), c, l))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        })
    };
    let year_options = years(snapshot)
        .into_iter()
        .map(|y| view! { <option value=y.to_string()>{y.to_string()}</option> })
        .collect_view();
    let chosen_year = move || {
        state
            .view
            .with(|(s, _)| match (s.filter.from, s.filter.to) {
                (Some(f), Some(t)) if f.month.is_none() && f == t => f.year.to_string(),
                _ => String::new(),
            })
    };
    let set_year = {
        let update = update.clone();
        move |ev: leptos::ev::Event| {
            let used = ControlUse::Year(event_target_value(&ev));
            update(&move |s: &mut UrlState| used.apply(s));
        }
    };
    let date_input = |is_from: bool| {
        let update = update.clone();
        let value = move || {
            state.view.with(|(s, _)| {
                let d = if is_from { s.filter.from } else { s.filter.to };
                d.map(|d| if is_from { d.first_day() } else { d.last_day() }.to_string())
                    .unwrap_or_default()
            })
        };
        let on_change = move |ev: leptos::ev::Event| {
            let date = event_target_value(&ev);
            let used = if is_from {
                ControlUse::From(date)
            } else {
                ControlUse::To(date)
            };
            update(&move |s: &mut UrlState| used.apply(s));
        };
        let (id, label) = if is_from {
            ("filter-from", td_string!(l, filter.from))
        } else {
            ("filter-to", td_string!(l, filter.to))
        };
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="date" prop:value=value on:change=on_change/>
            </div>
        }
    };
    // Said by screen readers after every change of the filter: "12 events match this filter."
    let counted = Memo::new(move |_| {
        state.view.with(|(s, _)| crate::model::filter::Filter {
            metric: s.filter.metric.filter(|_| with_metric),
            ..s.filter.clone()
        })
    });
    let result = {
        crate::components::live::live_text(move || {
            let filter = counted.get();
            let n = count.get();
            if filter == crate::model::filter::Filter::default() {
                td_string!(l, events.count_all, count = n, n = number(l, n as f64)).to_string()
            } else {
                td_string!(l, events.count, count = n, n = number(l, n as f64)).to_string()
            }
        })
    };
    let clear = {
        let update = update.clone();
        move |_| update(&|s: &mut UrlState| ControlUse::Clear.apply(s))
    };
    let picker = NodeRef::<leptos::html::Details>::new();
    let on_picker_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && picker.get_untracked().is_some_and(|d| d.open()) {
            ev.prevent_default();
            close_picker(picker);
        }
    };
    // A click or tap anywhere outside the open picker closes it, as a menu does.
    crate::state::on_window(leptos::ev::pointerdown, move |ev| {
        let Some(details) = picker.get_untracked() else {
            return;
        };
        if !details.open() {
            return;
        }
        let inside = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .is_some_and(|node| details.contains(Some(&node)));
        if !inside {
            details.set_open(false);
        }
    });
    view! {
        <section class="filters" aria-label=td_string!(l, filter.label)>
            <noscript><p class="needs-js">{td_string!(l, filter.needs_js)}</p></noscript>
            <details class="region-picker" node_ref=picker on:keydown=on_picker_key>
                <summary>{td_string!(l, filter.regions)}" "<span class="chosen">{chosen}</span></summary>
                <fieldset>
                    <legend>{td_string!(l, filter.legend)}</legend>
                    <ul class="region-list">{regions}</ul>
                    <button type="button" class="done" on:click=move |_| close_picker(picker)>{td_string!(l, filter.done)}</button>
                </fieldset>
            </details>
            <div class="field">
                <label for="filter-year">{td_string!(l, filter.year)}</label>
                <select id="filter-year" prop:value=chosen_year on:change=set_year>
                    <option value="">{td_string!(l, filter.any_year)}</option>
                    {year_options}
                </select>
            </div>
            {date_input(true)}
            {date_input(false)}
            <button type="button" class="clear" on:click=clear>{td_string!(l, filter.clear)}</button>
            <p class="sr-only" role="status" aria-live="polite" aria-atomic="true">{result}</p>
            // shown only on a pre-rendered page whose controls the reader used before the app
            // took over (style/main.css, index.html)
            <p class="early-note">{td_string!(l, filter.applying)}</p>
        </section>
    }
    .into_any()
}

/// Closes the region picker and gives the focus back to its summary, as a menu does.
fn close_picker(picker: NodeRef<leptos::html::Details>) {
    let Some(details) = picker.get_untracked() else {
        return;
    };
    details.set_open(false);
    if let Ok(Some(summary)) = details.query_selector("summary") {
        if let Ok(summary) = summary.dyn_into::<web_sys::HtmlElement>() {
            let _ = summary.focus();
        }
    }
}
