//! Regions compared: a ranked bar per region; figures not split by region shown apart.

use super::frame::{drawn_memo, ChartFrame, Drawn, Picture};
use super::labels::{compare_line, quantity_label, tick_text, value_text};
use super::notes::note_lines;
use crate::chart::projection::Direction;
use crate::chart::region_plot::{region_plot, RegionRow};
use crate::chart::svg::regions_markup;
use crate::chart::table_markup::{data_table, value_attribute, DataRow};
use crate::data::Loaded;
use crate::embed_code::EmbedChart;
use crate::i18n::format::number;
use crate::i18n::{name_in, td_string, Locale};
use crate::model::series::{Point, PointKey, Quantity, RegionSeries};
use crate::model::snapshot::Snapshot;
use crate::model::view_model::ChartPart;
use crate::state::use_locale;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn RegionBars(loaded: Arc<Loaded>, model: crate::page_model::PageModel) -> impl IntoView {
    let l = use_locale();
    let selected = RwSignal::new(None::<usize>);
    let drawn = drawn_memo(move || {
        let width = crate::state::use_chart_width();
        model
            .regions
            .with(|part| draw(l, loaded.snapshot(), part, width))
    });
    view! { <ChartFrame id="chart-regions" chart=EmbedChart::Regions drawn selected/> }
}

/// The regions chart of `model` as the page's frame shows it: the picture, its table and notes.
fn draw(l: Locale, snapshot: &Snapshot, model: &ChartPart<RegionSeries>, width: f64) -> Drawn {
    let (filter, quantity) = (&model.filter, &model.quantity);
    let RegionSeries {
        points,
        not_split,
        notes,
    } = &*model.series;
    let name = |code: &str| {
        snapshot
            .region(code)
            .map_or(code.to_string(), |r| name_in(&r.names, l).to_string())
    };
    let row_of = |p: &Point| RegionRow {
        key: p.key.clone(),
        label: match p.key.region() {
            Some(code) => name(code),
            None => td_string!(l, regions_chart.not_split).to_string(),
        },
        value: p.value,
        value_text: value_text(l, quantity, p),
        chosen: p
            .key
            .region()
            .is_some_and(|c| filter.regions.iter().any(|r| r == c)),
    };
    let rows: Vec<RegionRow> = points.iter().map(row_of).collect();
    let apart = row_of(not_split);
    let plot = region_plot(&rows, &apart, width);
    let body = regions_markup(&plot, &|v| tick_text(l, quantity, v));
    let drawn_rows: Vec<&RegionRow> = rows.iter().filter(|r| r.drawn()).collect();
    let row_for = |key: &PointKey| rows.iter().chain([&apart]).find(|r| r.key == *key);
    let tips: Vec<String> = plot
        .rows
        .iter()
        .filter_map(|placed| row_for(&placed.bar.key))
        .map(|r| format!("{}: {}", r.label, r.value_text))
        .collect();
    let what = quantity_label(l, quantity);
    let heading = td_string!(l, embed_page.regions, what = what.clone()).to_string();
    let line = compare_line(l, snapshot, filter);
    let top = plot
        .rows
        .first()
        .filter(|r| !r.apart)
        .and_then(|r| row_for(&r.bar.key));
    let alt = match top {
        Some(top) => {
            let apart_text = match apart.value {
                Some(v) if apart.drawn() => {
                    format!(" {}: {}.", apart.label, tick_text(l, quantity, v))
                }
                _ => String::new(),
            };
            td_string!(
                l,
                regions_chart.alt,
                what = heading.clone(),
                filter = line.clone(),
                count = drawn_rows.len(),
                n = number(l, drawn_rows.len() as f64),
                top = top.label.clone(),
                value = top.value_text.clone(),
                apart = apart_text
            )
            .to_string()
        }
        None => td_string!(
            l,
            regions_chart.alt_empty,
            what = heading.clone(),
            filter = line.clone()
        )
        .to_string(),
    };
    let table_rows: Vec<DataRow> = rows
        .iter()
        .zip(points)
        .chain([(&apart, not_split)])
        .map(|(r, p)| DataRow {
            key: r.key.to_string(),
            value: value_attribute(r.value),
            name: r.label.clone(),
            cells: vec![r.value_text.clone(), p.events.len().to_string()],
        })
        .collect();
    let table = data_table(
        &[
            td_string!(l, table.region),
            &what,
            td_string!(l, nav.events),
        ],
        &table_rows,
    );
    let mut note_list = note_lines(l, snapshot, notes);
    if apart.drawn() {
        note_list.push(td_string!(l, regions_chart.not_split_note).to_string());
    }
    let marked_without: Vec<String> = filter
        .regions
        .iter()
        .filter(|c| {
            !drawn_rows
                .iter()
                .any(|r| r.key.region() == Some(c.as_str()))
        })
        .map(|c| name(c))
        .collect();
    if !marked_without.is_empty() {
        note_list.push(
            td_string!(
                l,
                regions_chart.no_figure_marked,
                names = marked_without.join(", ")
            )
            .to_string(),
        );
    }
    let without: Vec<String> = rows
        .iter()
        .filter(|r| !r.drawn())
        .map(|r| r.label.clone())
        .collect();
    if !without.is_empty() {
        note_list.push(
            td_string!(l, regions_chart.no_figure_for, names = without.join(", ")).to_string(),
        );
    }
    if *quantity == Quantity::Events {
        note_list.push(td_string!(l, regions_chart.counts_once).to_string());
    }
    Drawn::new(
        Picture {
            id: "chart-regions",
            heading,
            subtitle: line,
            credit: td_string!(l, regions_chart.credit, id = snapshot.id.clone()).to_string(),
            alt,
            width: plot.width,
            body_height: plot.height,
            body,
            bars: plot.rows.into_iter().map(|r| r.bar).collect(),
            direction: Direction::Right,
            tips,
        },
        table,
        note_list,
        super::labels::file_stem(snapshot, filter, "regions"),
        filter.clone(),
        None,
    )
}
