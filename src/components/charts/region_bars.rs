//! Regions compared: a ranked bar per region; figures not split by region shown apart.

use super::frame::{ChartFrame, Drawn};
use super::labels::{compare_line, quantity_label, tick_text, value_text};
use super::notes::note_lines;
use crate::chart::bars::ranked_bars_up_to;
use crate::chart::layout::{fitted_font, letters_in, shortened, text_width};
use crate::chart::scale::nice_ticks;
use crate::data::Loaded;
use crate::embed_code::EmbedChart;
use crate::i18n::format::number;
use crate::i18n::{name_in, td_string};
use crate::model::series::Quantity;
use crate::state::use_locale;
use leptos::prelude::*;
use std::sync::Arc;

/// Room above the bars for the axis' figures.
const TOP: f64 = 24.0;
/// A row with its label beside the bar, and (on a phone) with its label above it.
const ROW: f64 = 26.0;
const STACKED_ROW: f64 = 38.0;
const TICK_FONT: f64 = 12.0;

/// Where the bars of a chart `width` wide go: beside their labels when the longest fits in a
/// third of the width, else under them.
struct Rows {
    left: f64,
    row: f64,
    bar_h: f64,
    /// Offset of a bar below its row's top, and of its label's baseline.
    bar_dy: f64,
    label_dy: f64,
    plot_w: f64,
}

impl Rows {
    fn for_width(width: f64, longest_label: f64, longest_value: f64) -> Rows {
        let value_room = (longest_value + 8.0).min(width * 0.45);
        if longest_label + 8.0 <= width / 3.0 {
            let left = longest_label + 8.0;
            Rows {
                left,
                row: ROW,
                bar_h: ROW * 0.7,
                bar_dy: 2.0,
                label_dy: ROW * 0.5,
                plot_w: (width - left - value_room).max(40.0),
            }
        } else {
            Rows {
                left: 0.0,
                row: STACKED_ROW,
                bar_h: 12.0,
                bar_dy: 16.0,
                label_dy: 12.0,
                plot_w: (width - value_room).max(40.0),
            }
        }
    }

    fn stacked(&self) -> bool {
        self.left == 0.0
    }
}

#[component]
pub fn RegionBars(loaded: Arc<Loaded>, model: crate::page_model::PageModel) -> impl IntoView {
    move || {
        let width = crate::state::use_chart_width();
        let model = model.regions.get();
        view! { <RegionBarsAt loaded=loaded.clone() model width/> }
    }
}

#[component]
fn RegionBarsAt(
    loaded: Arc<Loaded>,
    model: crate::model::view_model::ChartPart<crate::model::series::RegionSeries>,
    width: f64,
) -> impl IntoView {
    let state = crate::state::use_app_state();
    let l = use_locale();
    let selected = RwSignal::new(None::<usize>);
    let snapshot = loaded.snapshot();
    let (filter, quantity) = (model.filter, model.quantity);
    let crate::model::series::RegionSeries {
        points,
        not_split,
        notes,
    } = std::sync::Arc::unwrap_or_clone(model.series);
    let name = |code: &str| {
        snapshot
            .region(code)
            .map_or(code.to_string(), |r| name_in(&r.names, l).to_string())
    };
    let with_value: Vec<_> = points
        .iter()
        .filter(|p| p.value.is_some_and(|v| v > 0.0))
        .collect();
    let without: Vec<String> = points
        .iter()
        .filter(|p| !p.value.is_some_and(|v| v > 0.0))
        .map(|p| name(p.key.region().unwrap_or_default()))
        .collect();
    let mut items: Vec<(String, String, f64)> = with_value
        .iter()
        .map(|p| {
            (
                p.key.to_string(),
                name(p.key.region().unwrap_or_default()),
                p.value.unwrap_or(0.0),
            )
        })
        .collect();
    let longest_label = items
        .iter()
        .map(|(_, label, _)| text_width(label, TICK_FONT, false))
        .chain([text_width(
            td_string!(l, regions_chart.not_split),
            TICK_FONT,
            false,
        )])
        .fold(0.0, f64::max);
    let longest_value = with_value
        .iter()
        .chain([&&not_split])
        .map(|p| text_width(&value_text(l, &quantity, p), TICK_FONT, false))
        .fold(0.0, f64::max);
    let rows_at = Rows::for_width(width, longest_label, longest_value);
    let (left, row) = (rows_at.left, rows_at.row);
    let (mut bars, scale) =
        ranked_bars_up_to(&items, rows_at.plot_w, row, not_split.value.unwrap_or(0.0));
    for b in &mut bars {
        b.height = rows_at.bar_h;
    }
    let apart = not_split.value.filter(|v| *v > 0.0).map(|v| {
        let label = td_string!(l, regions_chart.not_split).to_string();
        items.push((not_split.key.to_string(), label.clone(), v));
        (label, v)
    });
    if let Some((label, v)) = &apart {
        bars.push(crate::chart::bars::Bar {
            key: not_split.key.to_string(),
            label: label.clone(),
            value: *v,
            x: 0.0,
            y: (bars.len() as f64 + 0.6) * row,
            width: scale.map(*v),
            height: rows_at.bar_h,
        });
    }
    // The geometry's bars carry the key as text; the points are found again by their region.
    let point_of = |key: &str| {
        if key == not_split.key.to_string() {
            Some(&not_split)
        } else {
            points.iter().find(|p| p.key.region() == Some(key))
        }
    };
    let tips: Vec<String> = bars
        .iter()
        .map(|b| {
            format!(
                "{}: {}",
                b.label,
                point_of(&b.key)
                    .map(|p| value_text(l, &quantity, p))
                    .unwrap_or_default()
            )
        })
        .collect();
    let height = TOP + (bars.len() as f64 + 1.0) * row;
    let what = quantity_label(l, &quantity);
    let heading = td_string!(l, embed_page.regions, what = what.clone()).to_string();
    let line = compare_line(l, snapshot, &filter);
    let alt = match bars.first() {
        Some(top) if top.key != not_split.key.to_string() => {
            let apart_text = apart
                .as_ref()
                .map(|(label, v)| format!(" {label}: {}.", tick_text(l, &quantity, *v)))
                .unwrap_or_default();
            td_string!(
                l,
                regions_chart.alt,
                what = heading.clone(),
                filter = line.clone(),
                count = with_value.len(),
                n = number(l, with_value.len() as f64),
                top = top.label.clone(),
                value = point_of(&top.key)
                    .map(|p| value_text(l, &quantity, p))
                    .unwrap_or_default(),
                apart = apart_text
            )
            .to_string()
        }
        _ => td_string!(
            l,
            regions_chart.alt_empty,
            what = heading.clone(),
            filter = line.clone()
        )
        .to_string(),
    };
    let whole = items.iter().all(|(_, _, v)| v.fract() == 0.0);
    let ticks = nice_ticks(scale.max, 4)
        .into_iter()
        .filter(|t| !whole || t.fract() == 0.0)
        .enumerate()
        .map(|(i, t)| {
            let x = left + scale.map(t);
            let anchor = if i == 0 && rows_at.stacked() { "start" } else { "middle" };
            view! {
                <line x1=x x2=x y1=TOP - 6.0 y2=height class="grid"/>
                <text x=x y=TOP - 10.0 text-anchor=anchor class="tick">{tick_text(l, &quantity, t)}</text>
            }
        })
        .collect_view();
    let rows = bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let p = point_of(&b.key);
            let value = p.map(|p| value_text(l, &quantity, p)).unwrap_or_default();
            let data_value = p.and_then(|p| p.value).map(|v| v.to_string()).unwrap_or_default();
            let apart_class = b.key == not_split.key.to_string();
            let chosen = filter.regions.contains(&b.key);
            let (label_x, label_anchor) = if rows_at.stacked() { (0.0, "start") } else { (left - 8.0, "end") };
            let label = if chosen { format!("▶ {}", b.label) } else { b.label.clone() };
            let bar_y = TOP + b.y + rows_at.bar_dy;
            let label_y = TOP + b.y + rows_at.label_dy;
            // Beside the bar when there is room; on a phone, at the end of the label's line, the
            // label shortened (never the value) so that both fit.
            let (value_x, value_y, value_anchor, value_font, label) = if rows_at.stacked() {
                let font = fitted_font(&value, width * 0.6, TICK_FONT, 8.0, false);
                let room = width - text_width(&value, font, false) - 10.0;
                let label = shortened(&label, letters_in(room, TICK_FONT, false));
                (width, label_y, "end", font, label)
            } else {
                (left + b.width + 6.0, bar_y + b.height * 0.5 + 4.0, "start", TICK_FONT, label)
            };
            view! {
                <text x=label_x y=label_y text-anchor=label_anchor class="tick label" class:chosen=chosen>{label}</text>
                <rect x=left y=bar_y width=b.width.max(1.0) height=b.height
                    class="bar" class:apart=apart_class class:chosen=chosen class:active=move || selected.get() == Some(i)
                    data-key=b.key.clone() data-value=data_value/>
                <text x=value_x y=value_y text-anchor=value_anchor font-size=value_font class="tick value">{value}</text>
            }
        })
        .collect_view();
    let graphic = view! { {ticks} {rows} }.into_any();
    let table_rows = points
        .iter()
        .chain(std::iter::once(&not_split))
        .map(|p| {
            let label = match p.key.region() { Some(code) => name(code), None => td_string!(l, regions_chart.not_split).to_string() };
            view! { <tr data-key=p.key.to_string() data-value=p.value.map(|v| v.to_string()).unwrap_or_default()><th scope="row">{label}</th><td>{value_text(l, &quantity, p)}</td><td>{p.events.len()}</td></tr> }
        })
        .collect_view();
    let table = view! {
        <table class="chart-data"><thead><tr><th scope="col">{td_string!(l, table.region)}</th><th scope="col">{what.clone()}</th><th scope="col">{td_string!(l, nav.events)}</th></tr></thead><tbody>{table_rows}</tbody></table>
    }
    .into_any();
    let mut note_list = note_lines(l, snapshot, &notes);
    if apart.is_some() {
        note_list.push(td_string!(l, regions_chart.not_split_note).to_string());
    }
    let marked_without: Vec<String> = filter
        .regions
        .iter()
        .filter(|c| {
            !with_value
                .iter()
                .any(|p| p.key.region() == Some(c.as_str()))
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
    if !without.is_empty() {
        note_list.push(
            td_string!(l, regions_chart.no_figure_for, names = without.join(", ")).to_string(),
        );
    }
    if quantity == Quantity::Events {
        note_list.push(td_string!(l, regions_chart.counts_once).to_string());
    }
    let drawn = Drawn {
        id: "chart-regions".into(),
        heading,
        subtitle: line.clone(),
        credit: td_string!(l, regions_chart.credit, id = snapshot.id.clone()).to_string(),
        alt,
        width,
        height,
        origin: (left, TOP),
        bars,
        tips,
        vertical: false,
        graphic,
        table,
        notes: note_list,
        file_stem: super::labels::file_stem(snapshot, &filter, "regions"),
        embed: (
            EmbedChart::Regions,
            super::frame::embed_view(state, filter.clone(), None),
        ),
    };
    view! { <ChartFrame drawn selected/> }
}
