//! The tile map: 20 equal tiles placed roughly where the regions lie, coloured by the chosen
//! metric, each named, focusable and opening the region's page.

use super::frame::ChartActions;
use super::labels::{compare_line, quantity_label, tick_text, value_text};
use super::notes::note_lines;
use crate::chart::colour::{class_limits, class_of, fill_index, FILLS, TEXT};
use crate::chart::layout::{fitted_font, footer, heading as heading_layout, letters_in, shortened};
use crate::chart::svg::{credit_markup, heading_markup};
use crate::chart::tiles::{extent, layout, reading_order};
use crate::data::Loaded;
use crate::i18n::{name_in, td_string, Locale};
use crate::model::series::Quantity;
use crate::state::{use_app_state, use_locale};
use leptos::prelude::*;
use std::sync::Arc;

/// The largest tile, and the gap between tiles.
const SIZE: f64 = 76.0;
const GAP: f64 = 4.0;
/// One legend entry: its swatch and words.
const LEGEND_ITEM: f64 = 100.0;
const LEGEND_ROW: f64 = 20.0;

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

/// A tile's two name lines shortened to what fits its width, with the font size that fits them
/// (at most 10 px, at least 7 px).
fn fitted_lines(lines: (String, String), size: f64) -> (String, String, f64) {
    let room = size - 6.0;
    let longest = if lines.0.chars().count() >= lines.1.chars().count() {
        &lines.0
    } else {
        &lines.1
    };
    let font = fitted_font(longest, room, (size * 0.2).min(10.0), 7.0, false);
    let letters = letters_in(room, font, false);
    (
        shortened(&lines.0, letters),
        shortened(&lines.1, letters),
        font,
    )
}

/// A legend entry's words: whole-number classes as "1", "2" or "51–100", others as "up to 0.2"
/// and "0.2–0.4".
fn legend_text(l: Locale, quantity: &Quantity, limits: &[f64], i: usize, whole: bool) -> String {
    let to = limits.get(i).copied().unwrap_or(0.0);
    let from = i.checked_sub(1).and_then(|j| limits.get(j)).copied();
    match (whole, from) {
        (true, None) if to <= 1.0 => tick_text(l, quantity, to),
        (true, None) => format!("1–{}", tick_text(l, quantity, to)),
        (true, Some(f)) if f + 1.0 >= to => tick_text(l, quantity, to),
        (true, Some(f)) => format!(
            "{}–{}",
            tick_text(l, quantity, f + 1.0),
            tick_text(l, quantity, to)
        ),
        (false, None) => td_string!(l, tile.up_to, to = tick_text(l, quantity, to)).to_string(),
        (false, Some(f)) => format!(
            "{}–{}",
            tick_text(l, quantity, f),
            tick_text(l, quantity, to)
        ),
    }
}

#[component]
pub fn TileMap(loaded: Arc<Loaded>, model: crate::page_model::PageModel) -> impl IntoView {
    move || {
        let width = crate::state::use_chart_width();
        let model = model.regions.get();
        view! { <TileMapAt loaded=loaded.clone() model width/> }
    }
}

#[component]
fn TileMapAt(
    loaded: Arc<Loaded>,
    model: crate::model::view_model::ChartPart<crate::model::series::RegionSeries>,
    width: f64,
) -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let navigate = leptos_router::hooks::use_navigate();
    let snapshot = loaded.snapshot();
    let (filter, quantity) = (model.filter, model.quantity);
    let crate::model::series::RegionSeries {
        points,
        not_split,
        notes,
    } = std::sync::Arc::unwrap_or_clone(model.series);
    let max = points.iter().filter_map(|p| p.value).fold(0.0, f64::max);
    let whole = points
        .iter()
        .filter_map(|p| p.value)
        .all(|v| v.fract() == 0.0);
    let limits = class_limits(max, whole);
    let size = ((width + GAP) / 6.0 - GAP).clamp(30.0, SIZE);
    let (_, map_h) = extent(size, GAP);
    let per_row = ((width / LEGEND_ITEM).floor() as usize).max(1);
    let has_zero = points.iter().any(|p| p.value == Some(0.0));
    let legend_items = limits.len() + 1 + usize::from(has_zero);
    let legend_rows = legend_items.div_ceil(per_row);
    let what = quantity_label(l, &quantity);
    let heading = td_string!(l, embed_page.map, what = what.clone()).to_string();
    let line = compare_line(l, snapshot, &filter);
    let top = heading_layout(&heading, &line, width);
    let (credit_lines, credit_h) =
        footer(&td_string!(l, tile.credit, id = snapshot.id.clone()), width);
    let body_h = map_h + 16.0 + legend_rows as f64 * LEGEND_ROW;
    let height = top.height + body_h + credit_h;
    let top_y = top.height;
    let focused = RwSignal::new(None::<String>);
    let mut link_state = state.url_state();
    link_state.filter.regions.clear();
    let order = reading_order();
    let mut tiles = layout(size, GAP);
    crate::order::sort_by_key(&mut tiles, |t| order.iter().position(|c| *c == t.code));
    let tile_views = tiles
        .into_iter()
        .map(|t| {
            let region = snapshot.region(t.code);
            let name = region.map_or(t.code.to_string(), |r| name_in(&r.names, l).to_string());
            let point = points.iter().find(|p| p.key.region() == Some(t.code));
            let stated = point.and_then(|p| p.value);
            let class = class_of(stated.filter(|v| *v > 0.0), &limits);
            let shade = class.map(|c| fill_index(c, limits.len()));
            let (fill, ink) = shade
                .and_then(|c| Some((*FILLS.get(c)?, *TEXT.get(c)?)))
                .unwrap_or(("none", "currentColor"));
            let zero = stated == Some(0.0);
            let value = point.map(|p| value_text(l, &quantity, p)).unwrap_or_default();
            let label = format!("{name}: {value}");
            let city = region.is_some_and(|r| r.kind == crate::model::snapshot::RegionKind::City);
            let (line1, line2, name_font) = fitted_lines(tile_lines(l, &name, city), t.size);
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
            let short_value = stated.map(|v| tick_text(l, &quantity, v)).unwrap_or_else(|| "–".into());
            let value_font = fitted_font(&short_value, t.size - 4.0, (t.size * 0.24).min(12.0), 7.0, true);
            let line1_y = name_font + 4.0;
            let y0 = top_y + t.y;
            view! {
                <g class="tile-wrap"><a href=href target=crate::state::link_target() aria-label=label class="tile" class:chosen=chosen data-code=t.code
                    on:click=open
                    on:focus=move |_| focused.set(Some(on_focus.clone()))
                    on:mouseenter=move |_| focused.set(Some(on_enter.clone()))
                    on:blur=move |_| focused.set(None)>
                    <rect x=t.x y=y0 width=t.size height=t.size rx="4" fill=fill class="tile-box" class:empty=class.is_none() && !zero class:zero=zero/>
                    <text x=t.x + t.size / 2.0 y=y0 + line1_y text-anchor="middle" fill=ink class="tile-name" font-size=name_font>{line1.clone()}</text>
                    <text x=t.x + t.size / 2.0 y=y0 + line1_y + name_font * 1.15 text-anchor="middle" fill=ink class="tile-name" font-size=name_font>{line2.clone()}</text>
                    <text x=t.x + t.size / 2.0 y=y0 + t.size - 5.0 text-anchor="middle" fill=ink class="tile-value" font-size=value_font>{short_value}</text>
                </a></g>
            }
        })
        .collect_view();
    let legend_y = top_y + map_h + 16.0;
    let slot = |k: usize| {
        (
            (k % per_row) as f64 * LEGEND_ITEM,
            legend_y + (k / per_row) as f64 * LEGEND_ROW,
        )
    };
    let classes = limits
        .iter()
        .enumerate()
        .map(|(i, _)| {
            let fill = FILLS
                .get(fill_index(i, limits.len()))
                .copied()
                .unwrap_or("none");
            let (x, y) = slot(i);
            let text = legend_text(l, &quantity, &limits, i, whole);
            view! {
                <rect x=x y=y width="24" height="14" fill=fill/>
                <text x=x + 28.0 y=y + 11.0 class="tick">{text}</text>
            }
        })
        .collect_view();
    let zero_item = has_zero.then(|| {
        let (x, y) = slot(limits.len());
        view! {
            <rect x=x y=y width="24" height="14" class="tile-box zero" fill="none"/>
            <text x=x + 28.0 y=y + 11.0 class="tick">{tick_text(l, &quantity, 0.0)}</text>
        }
    });
    let (none_x, none_y) = slot(limits.len() + usize::from(has_zero));
    let legend = view! {
        {classes}
        {zero_item}
        <rect x=none_x y=none_y width="24" height="14" class="tile-box empty" fill="none"/>
        <text x=none_x + 28.0 y=none_y + 11.0 class="tick">{td_string!(l, chart.no_figure)}</text>
    };
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
            let code = p.key.region().unwrap_or_default();
            let name = snapshot.region(code).map_or(code.to_string(), |r| name_in(&r.names, l).to_string());
            view! { <tr data-key=p.key.to_string()><th scope="row">{name}</th><td>{value_text(l, &quantity, p)}</td></tr> }
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
    let embed_title = heading.clone();
    let embed_state = super::frame::embed_view(state, filter.clone(), None);
    view! {
        <figure class="chart map" id="chart-map-figure">
            <h2 id="chart-map-heading">{heading.clone()}</h2>
            <p class="sr-only" id="chart-map-alt">{alt}</p>
            <div class="chart-body">
                <svg id="chart-map" viewBox=format!("0 0 {width} {height}") width=width height=height role="group" aria-labelledby="chart-map-heading" aria-describedby="chart-map-alt" class="chart-svg">
                    <g inner_html=heading_markup(&top)></g>
                    {tile_views}
                    {legend}
                    <g inner_html=credit_markup(&credit_lines, height - credit_h)></g>
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
