//! Timeline: the chosen metric, or the number of events, by month or year.

use super::frame::{drawn_memo, ChartFrame, Drawn, Picture};
use super::labels::{filter_line, quantity_label, tick_text, value_text};
use super::notes::note_lines;
use crate::chart::projection::Direction;
use crate::chart::svg::timeline_markup;
use crate::chart::table_markup::{data_table, value_attribute, DataRow};
use crate::chart::timeline_plot::{timeline_plot, HEIGHT};
use crate::data::Loaded;
use crate::embed_code::EmbedChart;
use crate::i18n::format::{date_text, number};
use crate::i18n::{td_string, Locale};
use crate::model::series::{Quantity, Step, TimelineSeries};
use crate::model::snapshot::Snapshot;
use crate::model::view_model::ChartPart;
use crate::state::use_locale;
use leptos::prelude::*;
use std::sync::Arc;

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
    let drawn = drawn_memo(move || {
        let width = crate::state::use_chart_width();
        model
            .timeline
            .with(|part| draw(l, loaded.snapshot(), part, width))
    });
    view! {
        <div class="timeline">
            <p class="chart-step">{td_string!(l, timeline.step)}" "
                <button type="button" aria-pressed=move || (choice.get() == Some(Step::Year)).to_string() on:click=move |_| { selected.set(None); choose(Step::Year) }>{td_string!(l, timeline.year)}</button>" "
                <button type="button" aria-pressed=move || (choice.get() == Some(Step::Month)).to_string() on:click=move |_| { selected.set(None); choose_month(Step::Month) }>{td_string!(l, timeline.month)}</button>
            </p>
            <ChartFrame id="chart-timeline" chart=EmbedChart::Timeline drawn selected/>
        </div>
    }
    .into_any()
}

/// The timeline of `part` as the page's frame shows it: the picture, its table and notes.
fn draw(l: Locale, snapshot: &Snapshot, part: &ChartPart<TimelineSeries>, width: f64) -> Drawn {
    let picture = timeline_picture(l, snapshot, part, width);
    let TimelineSeries {
        points,
        step,
        notes,
    } = &*part.series;
    let rows: Vec<DataRow> = points
        .iter()
        .map(|p| DataRow {
            key: p.key.to_string(),
            value: value_attribute(p.value),
            name: date_text(l, p.key.period()),
            cells: vec![value_text(l, &part.quantity, p), p.events.len().to_string()],
        })
        .collect();
    let table = data_table(
        &[
            td_string!(l, timeline.period),
            &quantity_label(l, &part.quantity),
            td_string!(l, nav.events),
        ],
        &rows,
    );
    let mut notes = note_lines(l, snapshot, notes);
    if part.quantity != Quantity::Events {
        notes.push(td_string!(l, timeline.empty_period).to_string());
    }
    Drawn::new(
        picture,
        table,
        notes,
        super::labels::file_stem(snapshot, &part.filter, "timeline"),
        part.filter.clone(),
        Some(*step),
    )
}

/// The timeline of `part` at `width` pixels, in `l`: its layout (`crate::chart::timeline_plot`),
/// its markup and its words. The page and the link-preview images draw this one picture.
pub fn timeline_picture(
    l: Locale,
    snapshot: &Snapshot,
    part: &ChartPart<TimelineSeries>,
    width: f64,
) -> Picture {
    let TimelineSeries { points, step, .. } = &*part.series;
    let quantity = &part.quantity;
    let what = quantity_label(l, quantity);
    let heading = if *step == Step::Year {
        td_string!(l, timeline.by_year, what = what.clone()).to_string()
    } else {
        td_string!(l, timeline.by_month, what = what.clone()).to_string()
    };
    let line = filter_line(l, snapshot, &part.filter);
    let months: Vec<&str> = td_string!(l, timeline.short_months).split('|').collect();
    let plot = timeline_plot(points, *step, width, &months);
    let body = timeline_markup(&plot, &|v| tick_text(l, quantity, v));
    let tips = points
        .iter()
        .map(|p| {
            format!(
                "{}: {}",
                date_text(l, p.key.period()),
                value_text(l, quantity, p)
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
            value = value_text(l, quantity, p)
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
    let sources = part.sources;
    Picture {
        id: "chart-timeline",
        heading,
        subtitle: line,
        credit: td_string!(
            l,
            timeline.credit,
            id = snapshot.id.clone(),
            count = sources,
            n = number(l, sources as f64)
        )
        .to_string(),
        alt,
        width: plot.width,
        body_height: HEIGHT,
        body,
        bars: plot.columns,
        direction: Direction::Up,
        tips,
    }
}
