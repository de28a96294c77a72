//! The frame every bar chart shares: heading, the SVG (`role="img"` with a text alternative), a
//! tooltip that follows the pointer, a tap or the arrow keys, a "Show as table" twin, notes, and
//! SVG/PNG downloads.

use crate::chart::bars::{nearest, PlacedBar};
use crate::chart::layout;
use crate::chart::projection::Direction;
use crate::chart::svg::chart_inside;
use crate::components::embed_dialog::EmbedButton;
use crate::components::share::CopyLink;
use crate::data::download::{save_png, save_svg};
use crate::embed_code::EmbedChart;
use crate::i18n::td_string;
use crate::state::use_locale;
use crate::url_state::UrlState;
use leptos::prelude::*;

/// A bar chart in words and markup: what the page's frame draws, and what a chart's link-preview
/// image is made of (`Picture::inside`), from the same writer.
pub struct Picture {
    pub id: &'static str,
    pub heading: String,
    /// The filter in one line, drawn under the title inside the image.
    pub subtitle: String,
    /// The credit line at the foot of the image.
    pub credit: String,
    pub alt: String,
    pub width: f64,
    /// The height of the chart below its heading and above its credit.
    pub body_height: f64,
    /// The chart's markup below its heading (`crate::chart::svg`).
    pub body: String,
    pub bars: Vec<PlacedBar>,
    pub direction: Direction,
    /// What the tooltip says of each bar.
    pub tips: Vec<String>,
}

/// A picture's inside laid out for its width: the markup, the image's height and its heading's.
pub struct Inside {
    pub markup: String,
    pub height: f64,
    pub heading_height: f64,
}

impl Picture {
    pub fn inside(&self) -> Inside {
        let top = layout::heading(&self.heading, &self.subtitle, self.width);
        let (credit_lines, credit_height) = layout::footer(&self.credit, self.width);
        let height = top.height + self.body_height + credit_height;
        Inside {
            markup: chart_inside(&top, &self.body, &credit_lines, height, credit_height),
            height,
            heading_height: top.height,
        }
    }
}

/// What a chart hands its frame.
pub struct Drawn {
    pub picture: Picture,
    pub table: AnyView,
    pub notes: Vec<String>,
    pub file_stem: String,
    /// The chart to embed, and the view it shows (following the reader's choices).
    pub embed: (
        crate::embed_code::EmbedChart,
        Signal<crate::url_state::UrlState>,
    ),
}

#[component]
pub fn ChartFrame(drawn: Drawn, selected: RwSignal<Option<usize>>) -> impl IntoView {
    let Drawn {
        picture,
        table,
        notes,
        file_stem,
        embed,
    } = drawn;
    let l = use_locale();
    let Inside {
        markup,
        height,
        heading_height,
    } = picture.inside();
    let Picture {
        id,
        heading,
        alt,
        width,
        bars,
        direction,
        tips,
        ..
    } = picture;
    let count = bars.len();
    let bars = std::sync::Arc::new(bars);
    let hit_bars = std::sync::Arc::clone(&bars);
    let pick = move |client_x: f64, client_y: f64| {
        let Some(svg) = leptos::prelude::document().get_element_by_id(id) else {
            return;
        };
        let rect = svg.get_bounding_client_rect();
        if rect.width() <= 0.0 || rect.height() <= 0.0 {
            return;
        }
        let x = (client_x - rect.left()) / rect.width() * width;
        let y = (client_y - rect.top()) / rect.height() * height - heading_height;
        selected.set(nearest(&hit_bars, x, y, direction));
    };
    let pick_touch = pick.clone();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if count == 0 {
            return;
        }
        let current = selected.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => Some(current.map_or(0, |i| (i + 1).min(count - 1))),
            "ArrowLeft" | "ArrowUp" => Some(current.map_or(0, |i| i.saturating_sub(1))),
            "Home" => Some(0),
            "End" => Some(count - 1),
            "Escape" => None,
            _ => return,
        };
        ev.prevent_default();
        selected.set(next);
    };
    let tip = move || selected.get().and_then(|i| tips.get(i).cloned());
    // the bar the pointer or the keyboard is on, drawn over the chart's markup
    let highlight = move || {
        let area = selected.get().and_then(|i| bars.get(i))?.area;
        Some(
            view! { <rect x=area.x y=area.y width=area.width height=area.height.max(0.0) class="highlight"/> },
        )
    };
    let figure_id = format!("{id}-figure");
    let note_items = notes
        .into_iter()
        .map(|n| view! { <li>{n}</li> })
        .collect_view();
    let label = td_string!(l, chart.keys_hint, heading = heading.clone()).to_string();
    view! {
        <figure class="chart" id=figure_id>
            <h2>{heading.clone()}</h2>
            <div class="chart-body" tabindex="0" role="group" aria-label=label
                on:keydown=on_key
                on:pointermove=move |ev: leptos::ev::PointerEvent| pick(f64::from(ev.client_x()), f64::from(ev.client_y()))
                on:pointerdown=move |ev: leptos::ev::PointerEvent| pick_touch(f64::from(ev.client_x()), f64::from(ev.client_y()))
                on:pointerleave=move |_| selected.set(None)
                on:blur=move |_| selected.set(None)>
                <svg id=id viewBox=format!("0 0 {width} {height}") width=width height=height role="img" aria-label=alt
                    preserveAspectRatio="xMidYMid meet" class="chart-svg">
                    <g inner_html=markup></g>
                    <g transform=format!("translate(0 {heading_height})")>{highlight}</g>
                </svg>
                <p class="tooltip" aria-live="polite">{tip}</p>
            </div>
            <details class="chart-table">
                <summary>{td_string!(l, chart.show_table)}</summary>
                {table}
            </details>
            <ul class="chart-notes">{note_items}</ul>
            <ChartActions svg_id=id.to_string() file_stem width height embed_chart=embed.0 embed_title=heading shown=embed.1/>
        </figure>
    }
    .into_any()
}

/// The view a chart's embed shows: the reader's view (language, currency, theme) with the chart's
/// filter and step, followed as the reader changes it without drawing the chart again.
pub fn embed_view(
    state: crate::state::AppState,
    filter: crate::model::filter::Filter,
    step: Option<crate::model::series::Step>,
) -> Signal<UrlState> {
    Signal::derive(move || {
        let s = state.url_state();
        UrlState {
            filter: filter.clone(),
            step: step.or(s.step),
            ..s
        }
    })
}

/// Under every chart: download as SVG or PNG, and Embed.
#[component]
pub fn ChartActions(
    svg_id: String,
    file_stem: String,
    width: f64,
    height: f64,
    embed_chart: EmbedChart,
    embed_title: String,
    shown: Signal<UrlState>,
) -> impl IntoView {
    let l = use_locale();
    let error = RwSignal::new(None::<String>);
    let (svg_name, png_name) = (format!("{file_stem}.svg"), format!("{file_stem}.png"));
    let id_png = svg_id.clone();
    view! {
        <div class="chart-actions">{td_string!(l, chart.download)}" "
            <button type="button" on:click=move |_| error.set(save_svg(&svg_id, &svg_name).err())>"SVG"</button>" "
            <button type="button" on:click=move |_| error.set(save_png(&id_png, &png_name, width as u32, height as u32).err())>"PNG"</button>" "
            <EmbedButton chart=embed_chart title=embed_title shown/>" "
            <CopyLink/>
            {move || error.get().map(|e| view! { <span role="alert" class="note">" "{td_string!(l, downloads.failed)}" "<span lang="en">{e}</span></span> })}
        </div>
    }
    .into_any()
}
