//! Regions compared: a ranked bar per region; figures not split by region shown apart.

use super::frame::{ChartFrame, Drawn};
use super::labels::{filter_line, quantity_label, tick_text, value_text};
use super::notes::note_lines;
use crate::chart::bars::ranked_bars_up_to;
use crate::chart::scale::nice_ticks;
use crate::data::Loaded;
use crate::embed_code::EmbedChart;
use crate::i18n::format::number;
use crate::i18n::{name_in, td_string};
use crate::model::filter::Filter;
use crate::model::series::{by_region, Quantity};
use crate::state::use_locale;
use crate::url_state::UrlState;
use leptos::prelude::*;
use std::sync::Arc;

const W: f64 = 640.0;
const LEFT: f64 = 190.0;
const TOP: f64 = 64.0;
const ROW: f64 = 26.0;
const PLOT_W: f64 = W - LEFT - 120.0;

#[component]
pub fn RegionBars(loaded: Arc<Loaded>, filter: Filter, quantity: Quantity) -> impl IntoView {
    let state = crate::state::use_app_state();
    let l = use_locale();
    let selected = RwSignal::new(None::<usize>);
    let snapshot = loaded.snapshot();
    let (points, not_split, notes) = by_region(snapshot, &filter, &quantity);
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
        .map(|p| name(&p.key))
        .collect();
    let mut items: Vec<(String, String, f64)> = with_value
        .iter()
        .map(|p| (p.key.clone(), name(&p.key), p.value.unwrap_or(0.0)))
        .collect();
    let (mut bars, scale) = ranked_bars_up_to(&items, PLOT_W, ROW, not_split.value.unwrap_or(0.0));
    let apart = not_split.value.filter(|v| *v > 0.0).map(|v| {
        let label = td_string!(l, regions_chart.not_split).to_string();
        items.push((not_split.key.clone(), label.clone(), v));
        (label, v)
    });
    if let Some((label, v)) = &apart {
        bars.push(crate::chart::bars::Bar {
            key: not_split.key.clone(),
            label: label.clone(),
            value: *v,
            x: 0.0,
            y: (bars.len() as f64 + 0.6) * ROW,
            width: scale.map(*v),
            height: ROW * 0.7,
        });
    }
    let point_of = |key: &str| {
        if key == not_split.key {
            Some(&not_split)
        } else {
            points.iter().find(|p| p.key == key)
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
    let height = TOP + (bars.len() as f64 + 1.0) * ROW + 40.0;
    let what = quantity_label(l, &quantity);
    let heading = td_string!(l, embed_page.regions, what = what.clone()).to_string();
    let line = filter_line(l, snapshot, &filter);
    let alt = match bars.first() {
        Some(top) if top.key != not_split.key => {
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
        .map(|t| {
            let x = LEFT + scale.map(t);
            view! {
                <line x1=x x2=x y1=TOP - 6.0 y2=height - 40.0 class="grid"/>
                <text x=x y=TOP - 10.0 text-anchor="middle" class="tick">{tick_text(l, &quantity, t)}</text>
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
            let apart_class = b.key == not_split.key;
            view! {
                <text x=LEFT - 8.0 y=TOP + b.y + ROW * 0.5 text-anchor="end" class="tick label">{b.label.clone()}</text>
                <rect x=LEFT y=TOP + b.y + 2.0 width=b.width.max(1.0) height=b.height
                    class="bar" class:apart=apart_class class:active=move || selected.get() == Some(i)
                    data-key=b.key.clone() data-value=data_value/>
                <text x=LEFT + b.width + 6.0 y=TOP + b.y + ROW * 0.5 class="tick">{value}</text>
            }
        })
        .collect_view();
    let graphic = view! { {ticks} {rows} }.into_any();
    let table_rows = points
        .iter()
        .chain(std::iter::once(&not_split))
        .map(|p| {
            let label = if p.key == not_split.key { td_string!(l, regions_chart.not_split).to_string() } else { name(&p.key) };
            view! { <tr data-key=p.key.clone() data-value=p.value.map(|v| v.to_string()).unwrap_or_default()><th scope="row">{label}</th><td>{value_text(l, &quantity, p)}</td><td>{p.events.len()}</td></tr> }
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
        width: W,
        height,
        origin: (LEFT, TOP),
        bars,
        tips,
        vertical: false,
        graphic,
        table,
        notes: note_list,
        file_stem: super::labels::file_stem(snapshot, &filter, "regions"),
        embed: (
            EmbedChart::Regions,
            UrlState {
                filter: filter.clone(),
                ..state.url_state()
            },
        ),
    };
    view! { <ChartFrame drawn selected/> }
}
