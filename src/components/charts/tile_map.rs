//! The tile map: 20 equal tiles placed roughly where the regions lie, coloured by the chosen
//! metric, each named, focusable and opening the region's page.

use super::frame::{ChartActions, TableAndNotes};
use super::labels::{compare_line, quantity_label, tick_text, value_text};
use super::notes::note_lines;
use crate::chart::colour::{class_limits, class_of, fill_index, FILLS, TEXT};
use crate::chart::layout::{
    fitted_font, footer, heading as heading_layout, legend_flow, letters_in, shortened, text_width,
};
use crate::chart::map_markup::{map_markup, DrawnTile, LegendEntry, TileShade, LEGEND_WORDS_AT};
use crate::chart::svg::{credit_markup, heading_markup};
use crate::chart::table_markup::{data_table, DataRow};
use crate::chart::tiles::{extent, layout, reading_order};
use crate::data::Loaded;
use crate::i18n::{name_in, td_string, Locale};
use crate::model::series::{Quantity, RegionSeries};
use crate::model::snapshot::Snapshot;
use crate::model::view_model::ChartPart;
use crate::state::{use_app_state, use_locale};
use leptos::prelude::*;
use std::sync::Arc;

/// The largest tile, and the gap between tiles.
const SIZE: f64 = 76.0;
const GAP: f64 = 4.0;
/// A legend entry's least width (its slot); its swatch and the gap before its words with 4 px of
/// room after them; its words' font size; a row's height.
const LEGEND_ITEM: f64 = 100.0;
const LEGEND_SWATCH: f64 = LEGEND_WORDS_AT + 4.0;
const LEGEND_FONT: f64 = 12.0;
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

/// The map of one view, as its figure shows it.
struct MapDrawn {
    heading: String,
    alt: String,
    width: f64,
    height: f64,
    /// The picture's inside: heading lines, tiles, legend, credit.
    markup: String,
    /// "Show as table" (`crate::chart::table_markup`).
    table: String,
    notes: Vec<String>,
    file_stem: String,
    filter: crate::model::filter::Filter,
}

/// The map, drawn once; on a change of the view its picture, table and notes are set again, each
/// in one step. The tiles are links: a click opens the region's page in the app, a tap, the
/// pointer or the keyboard on a tile puts its figure in the tooltip.
#[component]
pub fn TileMap(loaded: Arc<Loaded>, model: crate::page_model::PageModel) -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let address = crate::address::use_address();
    let target = crate::state::link_target();
    let drawn = super::frame::drawn_memo(move || {
        let width = crate::state::use_chart_width();
        // the links follow the reader's view in place (below), without drawing the map again
        let links = untrack(|| state.url_state());
        model.regions.with(|part| {
            draw(l, loaded.snapshot(), part, width, |code| {
                (region_link(state, &links, code), target)
            })
        })
    });
    // a change of currency or metric changes where a tile leads, and nothing it shows
    Effect::new(move |_| {
        let links = state.url_state();
        drawn.track();
        let document = leptos::prelude::document();
        let Ok(tiles) = document.query_selector_all("#chart-map a.tile[data-code]") else {
            return;
        };
        for i in 0..tiles.length() {
            use wasm_bindgen::JsCast;
            let Some(tile) = tiles
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            if let Some(code) = tile.get_attribute("data-code") {
                let href = region_link(state, &links, &code);
                if tile.get_attribute("href").as_deref() != Some(href.as_str()) {
                    let _ = tile.set_attribute("href", &href);
                }
            }
        }
    });
    let focused = RwSignal::new(None::<String>);
    let tile_of = |ev: &leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        ev.target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a.tile").ok().flatten())
    };
    let open = move |ev: leptos::ev::MouseEvent| {
        let plain =
            !(target.is_some() || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
        if !plain || ev.button() != 0 {
            return;
        }
        if let Some(href) = tile_of(&ev).and_then(|a| a.get_attribute("href")) {
            ev.prevent_default();
            address.go(&href, crate::address::Move::TO_PAGE);
        }
    };
    let show = move |ev: &leptos::ev::Event| {
        if let Some(label) = tile_of(ev).and_then(|a| a.get_attribute("aria-label")) {
            focused.set(Some(label));
        }
    };
    let heading = Memo::new(move |_| drawn.with(|d| d.heading.clone()));
    let size = Signal::derive(move || drawn.with(|d| (d.width, d.height)));
    let shown = super::frame::embed_view(state, move || drawn.with(|d| (d.filter.clone(), None)));
    view! {
        <figure class="chart map" id="chart-map-figure">
            <h2 id="chart-map-heading">{heading}</h2>
            <p class="sr-only" id="chart-map-alt">{crate::components::live::live_text(move || drawn.with(|d| d.alt.clone()))}</p>
            <div class="chart-body">
                <svg id="chart-map" viewBox=crate::components::live::live_text(move || { let (w, h) = size.get(); format!("0 0 {w} {h}") }) width=move || size.get().0 height=move || size.get().1
                    role="group" aria-labelledby="chart-map-heading" aria-describedby="chart-map-alt" class="chart-svg"
                    on:click=open
                    on:focusin=move |ev| show(&ev)
                    on:mouseover=move |ev| show(&ev)
                    on:focusout=move |_| focused.set(None)
                    inner_html=crate::components::live::live_text(move || drawn.with(|d| d.markup.clone()))>
                </svg>
                <p class="tooltip" aria-live="polite">{move || focused.get()}</p>
            </div>
            <TableAndNotes table=Signal::derive(move || drawn.with(|d| d.table.clone())) notes=Signal::derive(move || drawn.with(|d| d.notes.clone()))/>
            <ChartActions svg_id="chart-map" file_stem=Signal::derive(move || drawn.with(|d| d.file_stem.clone())) size
                embed_chart=crate::embed_code::EmbedChart::Map embed_title=heading shown/>
        </figure>
    }
    .into_any()
}

/// A region's page in the reader's view, without the filter's regions.
fn region_link(
    state: crate::state::AppState,
    view: &crate::url_state::UrlState,
    code: &str,
) -> String {
    let mut to = view.clone();
    to.filter.regions.clear();
    state.link_with(&format!("/regions/{code}"), &to)
}

/// The map of `model` at `width` pixels, in `l`; `link` gives a region's page and the links'
/// target.
fn draw(
    l: Locale,
    snapshot: &Snapshot,
    model: &ChartPart<RegionSeries>,
    width: f64,
    link: impl Fn(&str) -> (String, Option<&'static str>),
) -> MapDrawn {
    let (filter, quantity) = (&model.filter, &model.quantity);
    let RegionSeries {
        points,
        not_split,
        notes,
    } = &*model.series;
    let max = points.iter().filter_map(|p| p.value).fold(0.0, f64::max);
    let whole = points
        .iter()
        .filter_map(|p| p.value)
        .all(|v| v.fract() == 0.0);
    let limits = class_limits(max, whole);
    let size = ((width + GAP) / 6.0 - GAP).clamp(30.0, SIZE);
    let (_, map_h) = extent(size, GAP);
    let has_zero = points.iter().any(|p| p.value == Some(0.0));
    // the legend's words, in order: each class, a stated zero, no figure; placed so that none is
    // cut at the picture's edge
    let mut legend_words: Vec<String> = (0..limits.len())
        .map(|i| legend_text(l, quantity, &limits, i, whole))
        .collect();
    if has_zero {
        legend_words.push(tick_text(l, quantity, 0.0));
    }
    legend_words.push(td_string!(l, chart.no_figure).to_string());
    let widths: Vec<f64> = legend_words
        .iter()
        .map(|t| LEGEND_SWATCH + text_width(t, LEGEND_FONT, false))
        .collect();
    let (places, legend_rows) = legend_flow(&widths, width, LEGEND_ITEM);
    let what = quantity_label(l, quantity);
    let heading = td_string!(l, embed_page.map, what = what.clone()).to_string();
    let line = compare_line(l, snapshot, filter);
    let top = heading_layout(&heading, &line, width);
    let (credit_lines, credit_h) =
        footer(&td_string!(l, tile.credit, id = snapshot.id.clone()), width);
    let body_h = map_h + 16.0 + legend_rows as f64 * LEGEND_ROW;
    let height = top.height + body_h + credit_h;
    let top_y = top.height;
    let shade_of = |class: Option<usize>, zero: bool| match class {
        Some(c) => {
            let i = fill_index(c, limits.len());
            match (FILLS.get(i), TEXT.get(i)) {
                (Some(fill), Some(ink)) => TileShade::Class { fill, ink },
                _ => TileShade::NoFigure,
            }
        }
        None if zero => TileShade::Zero,
        None => TileShade::NoFigure,
    };
    let order = reading_order();
    let mut tiles = layout(size, GAP);
    crate::order::sort_by_key(&mut tiles, |t| order.iter().position(|c| *c == t.code));
    let tiles: Vec<DrawnTile> = tiles
        .into_iter()
        .map(|t| {
            let region = snapshot.region(t.code);
            let name = region.map_or(t.code.to_string(), |r| name_in(&r.names, l).to_string());
            let point = points.iter().find(|p| p.key.region() == Some(t.code));
            let stated = point.and_then(|p| p.value);
            let zero = stated == Some(0.0);
            let shade = shade_of(class_of(stated.filter(|v| *v > 0.0), &limits), zero);
            let value = point
                .map(|p| value_text(l, quantity, p))
                .unwrap_or_default();
            let city = region.is_some_and(|r| r.kind == crate::model::snapshot::RegionKind::City);
            let (line1, line2, name_font) = fitted_lines(tile_lines(l, &name, city), t.size);
            let short_value = stated
                .map(|v| tick_text(l, quantity, v))
                .unwrap_or_else(|| "–".into());
            let value_font = fitted_font(
                &short_value,
                t.size - 4.0,
                (t.size * 0.24).min(12.0),
                7.0,
                true,
            );
            let (href, target) = link(t.code);
            DrawnTile {
                code: t.code,
                href,
                target,
                label: format!("{name}: {value}"),
                chosen: filter.regions.iter().any(|r| r == t.code),
                x: t.x,
                y: top_y + t.y,
                size: t.size,
                shade,
                lines: (line1, line2),
                name_font,
                value: short_value,
                value_font,
            }
        })
        .collect();
    let legend_y = top_y + map_h + 16.0;
    let shades = (0..limits.len())
        .map(|i| shade_of(Some(i), false))
        .chain(has_zero.then_some(TileShade::Zero))
        .chain([TileShade::NoFigure]);
    let legend: Vec<LegendEntry> = legend_words
        .into_iter()
        .zip(shades)
        .zip(&places)
        .map(|((text, shade), (x, row))| LegendEntry {
            x: *x,
            y: legend_y + *row as f64 * LEGEND_ROW,
            shade,
            text,
        })
        .collect();
    let markup = format!(
        "{}{}{}",
        heading_markup(&top),
        map_markup(&tiles, &legend),
        credit_markup(&credit_lines, height - credit_h)
    );
    let alt = td_string!(
        l,
        tile.alt,
        what = what.to_lowercase(),
        filter = line.clone()
    )
    .to_string();
    let rows: Vec<DataRow> = points
        .iter()
        .map(|p| {
            let code = p.key.region().unwrap_or_default();
            DataRow {
                key: p.key.to_string(),
                value: None,
                name: snapshot
                    .region(code)
                    .map_or(code.to_string(), |r| name_in(&r.names, l).to_string()),
                cells: vec![value_text(l, quantity, p)],
            }
        })
        .collect();
    let table = data_table(&[td_string!(l, table.region), &what], &rows);
    let mut note_list = note_lines(l, snapshot, notes);
    if not_split.value.is_some_and(|v| v > 0.0) {
        note_list.push(
            td_string!(
                l,
                tile.not_on_map,
                value = value_text(l, quantity, not_split)
            )
            .to_string(),
        );
    }
    note_list.push(td_string!(l, tile.squares).to_string());
    MapDrawn {
        heading,
        alt,
        width,
        height,
        markup,
        table,
        notes: note_list,
        file_stem: super::labels::file_stem(snapshot, filter, "map"),
        filter: filter.clone(),
    }
}
