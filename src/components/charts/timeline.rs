//! Timeline: the chosen metric, or the number of events, by month or year.

use super::frame::{ChartFrame, Drawn};
use super::labels::{filter_line, quantity_label, tick_text, value_text};
use super::notes::note_lines;
use crate::chart::bars::columns;
use crate::chart::scale::nice_ticks;
use crate::data::Loaded;
use crate::embed_code::EmbedChart;
use crate::i18n::format::{date_text, number};
use crate::i18n::{td_string, Locale};
use crate::model::filter::Filter;
use crate::model::series::{by_period, Quantity, Step};
use crate::state::use_locale;
use crate::url_state::UrlState;
use leptos::prelude::*;
use std::sync::Arc;

const W: f64 = 640.0;
const H: f64 = 300.0;
const LEFT: f64 = 64.0;
const TOP: f64 = 56.0;
const PLOT_W: f64 = W - LEFT - 16.0;
const PLOT_H: f64 = H - TOP - 48.0;

#[component]
pub fn Timeline(loaded: Arc<Loaded>, filter: Filter, quantity: Quantity) -> impl IntoView {
    let state = crate::state::use_app_state();
    let l = use_locale();
    let choice = RwSignal::new(None::<Step>);
    let selected = RwSignal::new(None::<usize>);
    let chart = move || {
        let snapshot = loaded.snapshot();
        let (points, step, notes) = by_period(snapshot, &filter, &quantity, choice.get());
        let what = quantity_label(l, &quantity);
        let heading = if step == Step::Year {
            td_string!(l, timeline.by_year, what = what.clone()).to_string()
        } else {
            td_string!(l, timeline.by_month, what = what.clone()).to_string()
        };
        let line = filter_line(l, snapshot, &filter);
        let items: Vec<(String, String, f64)> = points
            .iter()
            .map(|p| {
                (
                    p.key.clone(),
                    date_text(l, Some(&p.key)),
                    p.value.unwrap_or(0.0),
                )
            })
            .collect();
        let (bars, scale) = columns(&items, PLOT_W, PLOT_H);
        let tips: Vec<String> = points
            .iter()
            .map(|p| {
                format!(
                    "{}: {}",
                    date_text(l, Some(&p.key)),
                    value_text(l, &quantity, p)
                )
            })
            .collect();
        let highest = points
            .iter()
            .filter(|p| p.value.is_some())
            .max_by(|a, b| a.value.unwrap_or(0.0).total_cmp(&b.value.unwrap_or(0.0)));
        let alt = match highest {
            Some(p) if p.value.unwrap_or(0.0) > 0.0 => td_string!(
                l,
                timeline.alt,
                what = heading.clone(),
                filter = line.clone(),
                count = points.len(),
                n = number(l, points.len() as f64),
                first = points
                    .first()
                    .map(|p| date_text(l, Some(&p.key)))
                    .unwrap_or_default(),
                last = points
                    .last()
                    .map(|p| date_text(l, Some(&p.key)))
                    .unwrap_or_default(),
                top = date_text(l, Some(&p.key)),
                value = value_text(l, &quantity, p)
            )
            .to_string(),
            _ => td_string!(
                l,
                timeline.alt_empty,
                what = heading.clone(),
                filter = line.clone()
            )
            .to_string(),
        };
        let whole = points
            .iter()
            .filter_map(|p| p.value)
            .all(|v| v.fract() == 0.0);
        let mut ticks = nice_ticks(scale.max, 4);
        ticks.retain(|t| !whole || t.fract() == 0.0);
        let every = (points.len() / 12).max(1);
        let grid = ticks
            .iter()
            .map(|t| {
                let y = TOP + PLOT_H - scale.map(*t);
                view! {
                    <line x1=LEFT x2=LEFT + PLOT_W y1=y y2=y class="grid"/>
                    <text x=LEFT - 6.0 y=y + 4.0 text-anchor="end" class="tick">{tick_text(l, &quantity, *t)}</text>
                }
            })
            .collect_view();
        let columns_view = bars
            .iter()
            .zip(points.iter())
            .enumerate()
            .map(|(i, (b, p))| {
                let label = (i % every == 0).then(|| {
                    let text = if step == Step::Year { p.key.clone() } else { short_month(l, &p.key, i == 0) };
                    view! { <text x=LEFT + b.x + b.width / 2.0 y=TOP + PLOT_H + 16.0 text-anchor="middle" class="tick">{text}</text> }
                });
                view! {
                    <rect x=LEFT + b.x y=TOP + b.y width=b.width height=b.height.max(0.0)
                        class="bar" class:active=move || selected.get() == Some(i)
                        data-key=p.key.clone() data-value=p.value.map(|v| v.to_string()).unwrap_or_default()/>
                    {label}
                }
            })
            .collect_view();
        let sources: usize = {
            let mut ids: Vec<&str> = points
                .iter()
                .flat_map(|p| p.events.iter())
                .filter_map(|id| snapshot.event(id))
                .flat_map(|e| {
                    e.measures
                        .iter()
                        .flat_map(|m| m.sources.iter().map(String::as_str))
                })
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids.len()
        };
        let graphic = view! { {grid} {columns_view} }.into_any();
        let rows = points
            .iter()
            .map(|p| view! { <tr data-key=p.key.clone() data-value=p.value.map(|v| v.to_string()).unwrap_or_default()><th scope="row">{date_text(l, Some(&p.key))}</th><td>{value_text(l, &quantity, p)}</td><td>{p.events.len()}</td></tr> })
            .collect_view();
        let table = view! {
            <table class="chart-data"><thead><tr><th scope="col">{td_string!(l, timeline.period)}</th><th scope="col">{what.clone()}</th><th scope="col">{td_string!(l, nav.events)}</th></tr></thead><tbody>{rows}</tbody></table>
        }
        .into_any();
        let mut notes = note_lines(l, snapshot, &notes);
        if quantity != Quantity::Events {
            notes.push(td_string!(l, timeline.empty_period).to_string());
        }
        let drawn = Drawn {
            id: "chart-timeline".into(),
            heading,
            subtitle: line.clone(),
            credit: td_string!(
                l,
                timeline.credit,
                id = snapshot.id.clone(),
                count = sources,
                n = number(l, sources as f64)
            )
            .to_string(),
            alt,
            width: W,
            height: H,
            origin: (LEFT, TOP),
            bars,
            tips,
            vertical: true,
            graphic,
            table,
            notes,
            file_stem: super::labels::file_stem(snapshot, &filter, "timeline"),
            embed: (
                EmbedChart::Timeline,
                UrlState {
                    filter: filter.clone(),
                    ..state.url_state()
                },
            ),
        };
        view! { <ChartFrame drawn selected/> }.into_any()
    };
    view! {
        <div class="timeline">
            <p class="chart-step">{td_string!(l, timeline.step)}" "
                <button type="button" aria-pressed=move || (choice.get() == Some(Step::Year)).to_string() on:click=move |_| { selected.set(None); choice.set(Some(Step::Year)) }>{td_string!(l, timeline.year)}</button>" "
                <button type="button" aria-pressed=move || (choice.get() == Some(Step::Month)).to_string() on:click=move |_| { selected.set(None); choice.set(Some(Step::Month)) }>{td_string!(l, timeline.month)}</button>
            </p>
            {chart}
        </div>
    }
    .into_any()
}

/// A month's axis label: its short name, with the year at January and at the first column.
fn short_month(l: Locale, key: &str, first: bool) -> String {
    match key.split_once('-') {
        Some((year, month)) => {
            let number = month.parse::<u32>().ok();
            let name = number
                .and_then(|m| {
                    td_string!(l, timeline.short_months)
                        .split('|')
                        .nth(m.checked_sub(1)? as usize)
                })
                .unwrap_or(month)
                .to_string();
            if number == Some(1) || first {
                format!("{name} {year}")
            } else {
                name
            }
        }
        None => key.to_string(),
    }
}
