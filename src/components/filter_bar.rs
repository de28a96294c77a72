//! The filter controls. Each change rewrites the address (no reload, no scroll, no history entry).

use crate::components::text::region_name;
use crate::data::Loaded;
use crate::model::dates::PartialDate;
use crate::model::filter::years;
use crate::state::{use_app_state, use_set_url_state};
use crate::url_state::UrlState;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn FilterBar(loaded: Arc<Loaded>) -> impl IntoView {
    let state = use_app_state();
    let set_state = use_set_url_state();
    let snapshot = loaded.snapshot();
    let update = move |change: &dyn Fn(&mut UrlState)| {
        let mut s = state.url_state();
        change(&mut s);
        set_state(s);
    };
    let regions = snapshot
        .regions
        .iter()
        .map(|r| {
            let code = r.code.clone();
            let label = if r.valid_from.is_some() {
                format!("{} (since {})", r.names.en, r.valid_from.clone().unwrap_or_default())
            } else {
                r.names.en.clone()
            };
            let checked = {
                let code = code.clone();
                move || state.view.with(|(s, _)| s.filter.regions.contains(&code))
            };
            let update = update.clone();
            let toggle = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                let code = code.clone();
                update(&move |s: &mut UrlState| {
                    s.filter.regions.retain(|c| c != &code);
                    if on {
                        s.filter.regions.push(code.clone());
                    }
                });
            };
            view! {
                <li><label><input type="checkbox" prop:checked=checked on:change=toggle/>" "{label}</label></li>
            }
        })
        .collect_view();
    let chosen = {
        let loaded = loaded.clone();
        move || {
            let codes = state.view.with(|(s, _)| s.filter.regions.clone());
            if codes.is_empty() {
                "All of Kazakhstan".to_string()
            } else {
                codes
                    .iter()
                    .map(|c| region_name(loaded.snapshot(), c))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        }
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
            let year = PartialDate::parse(&event_target_value(&ev)).filter(|d| d.month.is_none());
            update(&move |s: &mut UrlState| {
                s.filter.from = year;
                s.filter.to = year;
            });
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
            let date = PartialDate::parse(&event_target_value(&ev));
            update(&move |s: &mut UrlState| {
                if is_from {
                    s.filter.from = date;
                } else {
                    s.filter.to = date;
                }
            });
        };
        let (id, label) = if is_from {
            ("filter-from", "From")
        } else {
            ("filter-to", "To")
        };
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="date" prop:value=value on:change=on_change/>
            </div>
        }
    };
    let clear = {
        let update = update.clone();
        move |_| update(&|s: &mut UrlState| s.filter = Default::default())
    };
    view! {
        <section class="filters" aria-label="Filter">
            <details class="region-picker">
                <summary>"Regions: "<span class="chosen">{chosen}</span></summary>
                <fieldset>
                    <legend>"Show events in these regions (as they were at the event's date)"</legend>
                    <ul class="region-list">{regions}</ul>
                </fieldset>
            </details>
            <div class="field">
                <label for="filter-year">"Year"</label>
                <select id="filter-year" prop:value=chosen_year on:change=set_year>
                    <option value="">"Any / custom"</option>
                    {year_options}
                </select>
            </div>
            {date_input(true)}
            {date_input(false)}
            <button type="button" class="clear" on:click=clear>"Clear filter"</button>
        </section>
    }
    .into_any()
}
