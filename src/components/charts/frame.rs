//! The frame every bar chart shares: heading, the SVG (`role="img"` with a text alternative), a
//! tooltip that follows the pointer, a tap or the arrow keys, a "Show as table" twin, notes, and
//! SVG/PNG downloads.

use crate::chart::bars::{nearest, Bar};
use crate::chart::layout;
use crate::components::embed_dialog::EmbedButton;
use crate::components::share::CopyLink;
use crate::data::download::{save_png, save_svg};
use crate::embed_code::EmbedChart;
use crate::i18n::td_string;
use crate::state::use_locale;
use crate::url_state::UrlState;
use leptos::prelude::*;

/// What a chart hands its frame.
pub struct Drawn {
    pub id: String,
    pub heading: String,
    /// The filter in one line, drawn under the title inside the image.
    pub subtitle: String,
    /// The credit line at the foot of the image.
    pub credit: String,
    pub alt: String,
    pub width: f64,
    /// The height of the chart below its heading and above its credit.
    pub height: f64,
    /// Top-left of the plot area, below the heading.
    pub origin: (f64, f64),
    pub bars: Vec<Bar>,
    pub tips: Vec<String>,
    pub vertical: bool,
    pub graphic: AnyView,
    pub table: AnyView,
    pub notes: Vec<String>,
    pub file_stem: String,
    /// What the Embed button hands out.
    /// The chart to embed, and the view it shows (following the reader's choices).
    pub embed: (
        crate::embed_code::EmbedChart,
        Signal<crate::url_state::UrlState>,
    ),
}

#[component]
pub fn ChartFrame(drawn: Drawn, selected: RwSignal<Option<usize>>) -> impl IntoView {
    let Drawn {
        id,
        heading,
        subtitle,
        credit,
        alt,
        width,
        height,
        origin,
        bars,
        tips,
        vertical,
        graphic,
        table,
        notes,
        file_stem,
        embed,
    } = drawn;
    let l = use_locale();
    let count = bars.len();
    let svg_id = id.clone();
    let top = layout::heading(&heading, &subtitle, width);
    let (credit_lines, credit_h) = layout::footer(&credit, width);
    let body_h = height;
    let height = top.height + body_h + credit_h;
    let head_h = top.height;
    let origin = (origin.0, origin.1 + head_h);
    let pick = move |client_x: f64, client_y: f64| {
        let Some(svg) = leptos::prelude::document().get_element_by_id(&svg_id) else {
            return;
        };
        let rect = svg.get_bounding_client_rect();
        if rect.width() <= 0.0 || rect.height() <= 0.0 {
            return;
        }
        let x = (client_x - rect.left()) / rect.width() * width - origin.0;
        let y = (client_y - rect.top()) / rect.height() * height - origin.1;
        selected.set(nearest(&bars, x, y, vertical));
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
                <svg id=id.clone() viewBox=format!("0 0 {width} {height}") width=width height=height role="img" aria-label=alt
                    preserveAspectRatio="xMidYMid meet" class="chart-svg">
                    <HeadingText heading=top/>
                    <g transform=format!("translate(0 {head_h})")>{graphic}</g>
                    <CreditText lines=credit_lines top=height - credit_h/>
                </svg>
                <p class="tooltip" aria-live="polite">{tip}</p>
            </div>
            <details class="chart-table">
                <summary>{td_string!(l, chart.show_table)}</summary>
                {table}
            </details>
            <ul class="chart-notes">{note_items}</ul>
            <ChartActions svg_id=id file_stem width height embed_chart=embed.0 embed_title=heading shown=embed.1/>
        </figure>
    }
    .into_any()
}

/// A chart image's title and filter lines, as laid out for its width.
#[component]
pub fn HeadingText(heading: layout::Heading) -> impl IntoView {
    let title = heading
        .title
        .into_iter()
        .map(|(y, t)| view! { <text x="0" y=y class="chart-title">{t}</text> })
        .collect_view();
    let sub = heading
        .subtitle
        .into_iter()
        .map(|(y, t)| view! { <text x="0" y=y class="chart-sub">{t}</text> })
        .collect_view();
    view! { <g aria-hidden="true">{title}{sub}</g> }.into_any()
}

/// The credit line(s) at the foot of a chart image, from `top` down.
#[component]
pub fn CreditText(lines: Vec<(f64, String)>, top: f64) -> impl IntoView {
    lines
        .into_iter()
        .map(|(dy, t)| view! { <text x="0" y=top + dy class="chart-credit">{t}</text> })
        .collect_view()
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
