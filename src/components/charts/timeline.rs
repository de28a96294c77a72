//! Timeline: the chosen metric, or the number of events, by month or year.

use super::frame::{embed_view, ChartFrame, Drawn};
use super::labels::{filter_line, quantity_label, tick_text, value_text};
use super::notes::note_lines;
use crate::chart::bars::columns;
use crate::chart::scale::nice_ticks;
use crate::data::Loaded;
use crate::embed_code::EmbedChart;
use crate::i18n::format::{date_text, number};
use crate::i18n::{td_string, Locale};
use crate::model::series::{Quantity, Step};
use crate::state::use_locale;
use leptos::prelude::*;
use std::sync::Arc;

/// Room for the axis' figures at the left, above the plot and below it (two lines of labels).
const LEFT: f64 = 64.0;
const TOP: f64 = 8.0;
const PLOT_H: f64 = 200.0;
const H: f64 = TOP + PLOT_H + 40.0;
/// The narrowest a period's label may be given: "Feb" or "2022" at 12 px, with a gap.
const LABEL_W: f64 = 38.0;

#[component]
pub fn Timeline(loaded: Arc<Loaded>, model: crate::page_model::PageModel) -> impl IntoView {
    let state = crate::state::use_app_state();
    let l = use_locale();
    let set_state = crate::state::use_set_url_state();
    let choice = Memo::new(move |_| state.view.with(|(s, _)| s.step));
    let choose = move |step: Step| {
        let mut s = state.url_state();
        s.step = Some(step);
        set_state(s);
    };
    let choose_month = choose.clone();
    let selected = RwSignal::new(None::<usize>);
    let chart = move || {
        let w = crate::state::use_chart_width();
        let plot_w = w - LEFT - 12.0;
        let snapshot = loaded.snapshot();
        let part = model.timeline.get();
        let (filter, quantity) = (part.filter, part.quantity);
        let crate::model::series::TimelineSeries {
            points,
            step,
            notes,
        } = std::sync::Arc::unwrap_or_clone(part.series);
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
                    p.key.to_string(),
                    date_text(l, p.key.period()),
                    p.value.unwrap_or(0.0),
                )
            })
            .collect();
        let (bars, scale) = columns(&items, plot_w, PLOT_H);
        let tips: Vec<String> = points
            .iter()
            .map(|p| {
                format!(
                    "{}: {}",
                    date_text(l, p.key.period()),
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
                    .map(|p| date_text(l, p.key.period()))
                    .unwrap_or_default(),
                last = points
                    .last()
                    .map(|p| date_text(l, p.key.period()))
                    .unwrap_or_default(),
                top = date_text(l, p.key.period()),
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
        let every = label_every(points.len(), plot_w);
        let labels = axis_labels(l, &points, step, every);
        let grid = ticks
            .iter()
            .map(|t| {
                let y = TOP + PLOT_H - scale.map(*t);
                view! {
                    <line x1=LEFT x2=LEFT + plot_w y1=y y2=y class="grid"/>
                    <text x=LEFT - 6.0 y=y + 4.0 text-anchor="end" class="tick">{tick_text(l, &quantity, *t)}</text>
                }
            })
            .collect_view();
        let columns_view = bars
            .iter()
            .zip(points.iter())
            .enumerate()
            .map(|(i, (b, p))| {
                let label = labels.get(i).cloned().flatten().map(|(first, second)| {
                    let x = LEFT + b.x + b.width / 2.0;
                    view! {
                        <text x=x y=TOP + PLOT_H + 16.0 text-anchor="middle" class="tick">{first}</text>
                        {second.map(|year| view! { <text x=x y=TOP + PLOT_H + 31.0 text-anchor="middle" class="tick">{year}</text> })}
                    }
                });
                view! {
                    <rect x=LEFT + b.x y=TOP + b.y width=b.width height=b.height.max(0.0)
                        class="bar" class:active=move || selected.get() == Some(i)
                        data-key=p.key.to_string() data-value=p.value.map(|v| v.to_string()).unwrap_or_default()/>
                    {label}
                }
            })
            .collect_view();
        let sources = part.sources;
        let graphic = view! { {grid} {columns_view} }.into_any();
        let rows = points
            .iter()
            .map(|p| view! { <tr data-key=p.key.to_string() data-value=p.value.map(|v| v.to_string()).unwrap_or_default()><th scope="row">{date_text(l, p.key.period())}</th><td>{value_text(l, &quantity, p)}</td><td>{p.events.len()}</td></tr> })
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
            width: w,
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
                embed_view(state, filter.clone(), Some(step)),
            ),
        };
        view! { <ChartFrame drawn selected/> }.into_any()
    };
    view! {
        <div class="timeline">
            <p class="chart-step">{td_string!(l, timeline.step)}" "
                <button type="button" aria-pressed=move || (choice.get() == Some(Step::Year)).to_string() on:click=move |_| { selected.set(None); choose(Step::Year) }>{td_string!(l, timeline.year)}</button>" "
                <button type="button" aria-pressed=move || (choice.get() == Some(Step::Month)).to_string() on:click=move |_| { selected.set(None); choose_month(Step::Month) }>{td_string!(l, timeline.month)}</button>
            </p>
            {chart}
        </div>
    }
    .into_any()
}

/// Every how many periods a label fits under the axis.
fn label_every(periods: usize, plot_w: f64) -> usize {
    if periods == 0 {
        return 1;
    }
    let slot = plot_w / periods as f64;
    ((LABEL_W / slot).ceil() as usize).max(1)
}

/// The axis labels: (first line, second line) for every `every`-th period. Years are written
/// once each; months get their short name, with the year on a second line under the first label
/// and wherever the year changes from the label before.
fn axis_labels(
    l: Locale,
    points: &[crate::model::series::Point],
    step: Step,
    every: usize,
) -> Vec<Option<(String, Option<String>)>> {
    let months: Vec<&str> = td_string!(l, timeline.short_months).split('|').collect();
    let mut last_year: Option<i32> = None;
    points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if i % every != 0 {
                return None;
            }
            if step == Step::Year {
                return Some((p.key.to_string(), None));
            }
            let period = p.key.period()?;
            let (year, month) = (period.year, period.month?);
            let name = usize::try_from(month)
                .ok()
                .and_then(|m| months.get(m.checked_sub(1)?))
                .map_or(month.to_string(), |m| m.to_string());
            let second = (last_year != Some(year)).then(|| year.to_string());
            last_year = Some(year);
            Some((name, second))
        })
        .collect()
}
