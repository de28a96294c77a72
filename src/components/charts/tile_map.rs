//! The tile map: 20 equal tiles placed roughly where the regions lie, coloured by the chosen
//! metric, each named, focusable and opening the region's page.

use super::frame::ChartActions;
use super::labels::{filter_line, quantity_label, tick_text, value_text};
use super::notes::note_lines;
use crate::chart::colour::{class_limits, class_of, fill_index, FILLS, TEXT};
use crate::chart::tiles::{extent, layout, reading_order};
use crate::data::Loaded;
use crate::i18n::{name_in, td_string, Locale};
use crate::model::filter::Filter;
use crate::model::series::{by_region, Quantity};
use crate::state::{use_app_state, use_locale};
use leptos::prelude::*;
use std::sync::Arc;

const SIZE: f64 = 76.0;
const GAP: f64 = 4.0;
const TOP: f64 = 48.0;

/// A region's name on two lines, without the word for "region": "East Kazakhstan Region" →
/// ("East", "Kazakhstan"), "Западно-Казахстанская область" → ("Западно-", "Казахстанская"); a
/// city gets "city" below its name, so Almaty the city and Almaty Region are told apart.
fn tile_lines(l: Locale, name: &str, city: bool) -> (String, String) {
    let mut short = name.trim();
    for word in [" Region", " область", " облысы"] {
        short = short.strip_suffix(word).unwrap_or(short);
    }
    short = short.strip_prefix("область ").unwrap_or(short);
    let short = short.to_string();
    if city {
        return (short, td_string!(l, tile.city).to_string());
    }
    if short.chars().count() <= 9 {
        return (short, String::new());
    }
    if let Some((a, b)) = short.split_once(' ') {
        return (a.to_string(), b.to_string());
    }
    match short.split_once('-') {
        Some((a, b)) => (format!("{a}-"), b.to_string()),
        None => (short, String::new()),
    }
}

/// A font size that keeps a long name (its longer line) inside its tile ("Карагандинская" is 14 letters; the tile
/// holds about 11 at the usual 10 px), never below 7 px.
fn fitted(line: &str) -> String {
    let letters = line.chars().count() as f64;
    let size = if letters > 11.0 {
        (10.0 * 11.0 / letters).max(7.0)
    } else {
        10.0
    };
    format!("font-size: {size:.1}px")
}

#[component]
pub fn TileMap(loaded: Arc<Loaded>, filter: Filter, quantity: Quantity) -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let navigate = leptos_router::hooks::use_navigate();
    let snapshot = loaded.snapshot();
    let (points, not_split, notes) = by_region(snapshot, &filter, &quantity);
    let max = points.iter().filter_map(|p| p.value).fold(0.0, f64::max);
    let whole = points
        .iter()
        .filter_map(|p| p.value)
        .all(|v| v.fract() == 0.0);
    let limits = class_limits(max, whole);
    let (map_w, map_h) = extent(SIZE, GAP);
    let (width, height) = (map_w.max(560.0), TOP + map_h + 110.0);
    let focused = RwSignal::new(None::<String>);
    let mut link_state = state.url_state();
    link_state.filter.regions.clear();
    let order = reading_order();
    let mut tiles = layout(SIZE, GAP);
    tiles.sort_by_key(|t| order.iter().position(|c| *c == t.code));
    let what = quantity_label(l, &quantity);
    let heading = td_string!(l, embed_page.map, what = what.clone()).to_string();
    let line = filter_line(l, snapshot, &filter);
    let tile_views = tiles
        .into_iter()
        .map(|t| {
            let region = snapshot.region(t.code);
            let name = region.map_or(t.code.to_string(), |r| name_in(&r.names, l).to_string());
            let point = points.iter().find(|p| p.key == t.code);
            let class = point.and_then(|p| class_of(p.value.filter(|v| *v > 0.0), &limits));
            let shade = class.map(|c| fill_index(c, limits.len()).min(FILLS.len() - 1));
            let (fill, ink) = shade.map_or(("none", "currentColor"), |c| (FILLS[c], TEXT[c]));
            let value = point.map(|p| value_text(l, &quantity, p)).unwrap_or_default();
            let label = format!("{name}: {value}");
            let city = region.is_some_and(|r| r.kind == crate::model::snapshot::RegionKind::City);
            let (line1, line2) = tile_lines(l, &name, city);
            let name_size = fitted(if line1.chars().count() >= line2.chars().count() { &line1 } else { &line2 });
            let chosen = filter.regions.iter().any(|r| r == t.code);
            let href = state.link_with(&format!("/regions/{}", t.code), &link_state);
            let (on_focus, on_enter) = (label.clone(), label.clone());
            let navigate = navigate.clone();
            let target = href.clone();
            let embedded = crate::state::link_target().is_some();
            let open = move |ev: leptos::ev::MouseEvent| {
                let plain = !(embedded || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
                if plain && ev.button() == 0 {
                    ev.prevent_default();
                    navigate(&target, leptos_router::NavigateOptions { resolve: false, ..Default::default() });
                }
            };
            let short_value = point.and_then(|p| p.value).map(|v| tick_text(l, &quantity, v)).unwrap_or_else(|| "–".into());
            view! {
                <g class="tile-wrap"><a href=href target=crate::state::link_target() aria-label=label class="tile" class:chosen=chosen data-code=t.code
                    on:click=open
                    on:focus=move |_| focused.set(Some(on_focus.clone()))
                    on:mouseenter=move |_| focused.set(Some(on_enter.clone()))
                    on:blur=move |_| focused.set(None)>
                    <rect x=t.x y=TOP + t.y width=t.size height=t.size rx="4" fill=fill class="tile-box" class:empty=class.is_none()/>
                    <text x=t.x + t.size / 2.0 y=TOP + t.y + 24.0 text-anchor="middle" fill=ink class="tile-name" style=name_size.clone()>{line1.clone()}</text>
                    <text x=t.x + t.size / 2.0 y=TOP + t.y + 36.0 text-anchor="middle" fill=ink class="tile-name" style=name_size>{line2.clone()}</text>
                    <text x=t.x + t.size / 2.0 y=TOP + t.y + 58.0 text-anchor="middle" fill=ink class="tile-value">{short_value}</text>
                </a></g>
            }
        })
        .collect_view();
    let legend_y = TOP + map_h + 22.0;
    let legend = limits
        .iter()
        .enumerate()
        .map(|(i, to)| {
            let from = if i == 0 {
                0.0
            } else {
                limits.get(i - 1).copied().unwrap_or(0.0)
            };
            let fill = FILLS
                .get(fill_index(i, limits.len()))
                .copied()
                .unwrap_or("none");
            let x = i as f64 * 100.0;
            let text = if i == 0 {
                td_string!(l, tile.up_to, to = tick_text(l, &quantity, *to)).to_string()
            } else {
                format!(
                    "{}–{}",
                    tick_text(l, &quantity, from),
                    tick_text(l, &quantity, *to)
                )
            };
            view! {
                <rect x=x y=legend_y width="24" height="14" fill=fill/>
                <text x=x + 28.0 y=legend_y + 11.0 class="tick">{text}</text>
            }
        })
        .collect_view();
    let alt = td_string!(
        l,
        tile.alt,
        what = what.to_lowercase(),
        filter = line.clone()
    )
    .to_string();
    let rows = points
        .iter()
        .map(|p| {
            let name = snapshot.region(&p.key).map_or(p.key.clone(), |r| name_in(&r.names, l).to_string());
            view! { <tr data-key=p.key.clone()><th scope="row">{name}</th><td>{value_text(l, &quantity, p)}</td></tr> }
        })
        .collect_view();
    let mut note_list = note_lines(l, snapshot, &notes);
    if not_split.value.is_some_and(|v| v > 0.0) {
        note_list.push(
            td_string!(
                l,
                tile.not_on_map,
                value = value_text(l, &quantity, &not_split)
            )
            .to_string(),
        );
    }
    note_list.push(td_string!(l, tile.squares).to_string());
    let notes_view = note_list
        .into_iter()
        .map(|n| view! { <li>{n}</li> })
        .collect_view();
    let file_stem = super::labels::file_stem(snapshot, &filter, "map");
    let credit = td_string!(l, tile.credit, id = snapshot.id.clone()).to_string();
    let embed_title = heading.clone();
    let embed_state = crate::url_state::UrlState {
        filter: filter.clone(),
        ..state.url_state()
    };
    view! {
        <figure class="chart map" id="chart-map-figure">
            <h2 id="chart-map-heading">{heading.clone()}</h2>
            <p class="sr-only" id="chart-map-alt">{alt}</p>
            <div class="chart-body">
                <svg id="chart-map" viewBox=format!("0 0 {width} {height}") role="group" aria-labelledby="chart-map-heading" aria-describedby="chart-map-alt" class="chart-svg">
                    <text x="0" y="18" class="chart-title" aria-hidden="true">{heading}</text>
                    <text x="0" y="36" class="chart-sub" aria-hidden="true">{line.clone()}</text>
                    {tile_views}
                    {legend}
                    <rect x="0" y=legend_y + 24.0 width="24" height="14" class="tile-box empty" fill="none"/>
                    <text x="28" y=legend_y + 35.0 class="tick">{td_string!(l, chart.no_figure)}</text>
                    <text x="0" y=height - 8.0 class="chart-credit">{credit}</text>
                </svg>
                <p class="tooltip" aria-live="polite">{move || focused.get()}</p>
            </div>
            <details class="chart-table"><summary>{td_string!(l, chart.show_table)}</summary>
                <table class="chart-data"><thead><tr><th scope="col">{td_string!(l, table.region)}</th><th scope="col">{what.clone()}</th></tr></thead><tbody>{rows}</tbody></table>
            </details>
            <ul class="chart-notes">{notes_view}</ul>
            <ChartActions svg_id="chart-map".to_string() file_stem width height
                embed_chart=crate::embed_code::EmbedChart::Map embed_title shown=embed_state/>
        </figure>
    }
    .into_any()
}
