//! Timeline: the chosen metric, or the number of events, by month or year.

use super::frame::{ChartFrame, Drawn};
use super::labels::{filter_line, quantity_label, tick_text, value_text};
use super::notes::note_lines;
use crate::chart::bars::columns;
use crate::chart::scale::nice_ticks;
use crate::data::Loaded;
use crate::embed_code::EmbedChart;
use crate::i18n::format::date_text;
use crate::model::filter::Filter;
use crate::model::series::{by_period, Quantity, Step};
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
    let choice = RwSignal::new(None::<Step>);
    let selected = RwSignal::new(None::<usize>);
    let chart = move || {
        let snapshot = loaded.snapshot();
        let (points, step, notes) = by_period(snapshot, &filter, &quantity, choice.get());
        let heading = format!(
            "{} by {}",
            quantity_label(&quantity),
            if step == Step::Year { "year" } else { "month" }
        );
        let items: Vec<(String, String, f64)> = points
            .iter()
            .map(|p| {
                (
                    p.key.clone(),
                    date_text(Some(&p.key)),
                    p.value.unwrap_or(0.0),
                )
            })
            .collect();
        let (bars, scale) = columns(&items, PLOT_W, PLOT_H);
        let tips: Vec<String> = points
            .iter()
            .map(|p| format!("{}: {}", date_text(Some(&p.key)), value_text(&quantity, p)))
            .collect();
        let highest = points
            .iter()
            .filter(|p| p.value.is_some())
            .max_by(|a, b| a.value.unwrap_or(0.0).total_cmp(&b.value.unwrap_or(0.0)));
        let alt = match highest {
            Some(p) if p.value.unwrap_or(0.0) > 0.0 => format!(
                "Column chart of {} by {}, {}. {} periods from {} to {}; the highest is {} with {}.",
                quantity_label(&quantity).to_lowercase(),
                if step == Step::Year { "year" } else { "month" },
                filter_line(snapshot, &filter),
                points.len(),
                points.first().map(|p| date_text(Some(&p.key))).unwrap_or_default(),
                points.last().map(|p| date_text(Some(&p.key))).unwrap_or_default(),
                date_text(Some(&p.key)),
                value_text(&quantity, p)
            ),
            _ => format!("Column chart of {}: nothing to draw for {}.", quantity_label(&quantity).to_lowercase(), filter_line(snapshot, &filter)),
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
                    <text x=LEFT - 6.0 y=y + 4.0 text-anchor="end" class="tick">{tick_text(&quantity, *t)}</text>
                }
            })
            .collect_view();
        let columns_view = bars
            .iter()
            .zip(points.iter())
            .enumerate()
            .map(|(i, (b, p))| {
                let label = (i % every == 0).then(|| {
                    let text = if step == Step::Year { p.key.clone() } else { short_month(&p.key, i == 0) };
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
            .map(|p| view! { <tr data-key=p.key.clone() data-value=p.value.map(|v| v.to_string()).unwrap_or_default()><th scope="row">{date_text(Some(&p.key))}</th><td>{value_text(&quantity, p)}</td><td>{p.events.len()}</td></tr> })
            .collect_view();
        let table = view! {
            <table class="chart-data"><thead><tr><th scope="col">"Period"</th><th scope="col">{quantity_label(&quantity)}</th><th scope="col">"Events"</th></tr></thead><tbody>{rows}</tbody></table>
        }
        .into_any();
        let mut notes = note_lines(snapshot, &notes);
        if quantity != Quantity::Events {
            notes.push("An empty period means no source reports a figure for it, not zero.".into());
        }
        let drawn = Drawn {
            id: "chart-timeline".into(),
            heading,
            subtitle: filter_line(snapshot, &filter),
            credit: format!(
                "Source: Minewatch, snapshot {} (CC BY 4.0), from {sources} cited sources",
                snapshot.id
            ),
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
            <p class="chart-step">"Timeline by: "
                <button type="button" aria-pressed=move || (choice.get() == Some(Step::Year)).to_string() on:click=move |_| { selected.set(None); choice.set(Some(Step::Year)) }>"Year"</button>" "
                <button type="button" aria-pressed=move || (choice.get() == Some(Step::Month)).to_string() on:click=move |_| { selected.set(None); choice.set(Some(Step::Month)) }>"Month"</button>
            </p>
            {chart}
        </div>
    }
    .into_any()
}

fn short_month(key: &str, first: bool) -> String {
    const SHORT: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match key.split_once('-') {
        Some((year, month)) => {
            let m = month
                .parse::<usize>()
                .ok()
                .and_then(|m| SHORT.get(m.wrapping_sub(1)))
                .copied()
                .unwrap_or(month);
            if m == "Jan" || first {
                format!("{m} {year}")
            } else {
                m.to_string()
            }
        }
        None => key.to_string(),
    }
}
