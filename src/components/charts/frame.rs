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

/// What a chart hands its frame, once per change of its part of the view model.
pub struct Drawn {
    pub picture: Picture,
    /// The picture laid out for its width.
    pub inside: Inside,
    /// "Show as table": the markup of `crate::chart::table_markup`.
    pub table: String,
    pub notes: Vec<String>,
    pub file_stem: String,
    /// The view the chart's embed shows: the chart's filter, and its step where it has one.
    pub filter: crate::model::filter::Filter,
    pub step: Option<crate::model::series::Step>,
}

impl Drawn {
    pub fn new(
        picture: Picture,
        table: String,
        notes: Vec<String>,
        file_stem: String,
        filter: crate::model::filter::Filter,
        step: Option<crate::model::series::Step>,
    ) -> Self {
        Drawn {
            inside: picture.inside(),
            picture,
            table,
            notes,
            file_stem,
            filter,
            step,
        }
    }
}

/// A chart's drawing, computed once per change and read by every part of its frame.
pub type DrawnMemo = Memo<std::sync::Arc<Drawn>>;

/// A memo of a chart's drawing (a bar chart's `Drawn`, the map's own): `draw` runs once per
/// change of what it reads.
pub fn drawn_memo<T: Send + Sync + 'static>(
    draw: impl Fn() -> T + Send + Sync + 'static,
) -> Memo<std::sync::Arc<T>> {
    // a new drawing is a change: comparing two would cost about what drawing does
    Memo::new_with_compare(move |_| std::sync::Arc::new(draw()), |_, _| true)
}

/// The frame of a bar chart, drawn once; on a change of the view only what changed in it is set
/// again: the heading, the picture's markup, the table and the notes.
#[component]
pub fn ChartFrame(
    id: &'static str,
    chart: EmbedChart,
    drawn: DrawnMemo,
    selected: RwSignal<Option<usize>>,
) -> impl IntoView {
    let l = use_locale();
    let state = crate::state::use_app_state();
    let pick = move |client_x: f64, client_y: f64| {
        let Some(svg) = leptos::prelude::document().get_element_by_id(id) else {
            return;
        };
        let rect = svg.get_bounding_client_rect();
        if rect.width() <= 0.0 || rect.height() <= 0.0 {
            return;
        }
        let hit = drawn.with_untracked(|d| {
            let x = (client_x - rect.left()) / rect.width() * d.picture.width;
            let y =
                (client_y - rect.top()) / rect.height() * d.inside.height - d.inside.heading_height;
            nearest(&d.picture.bars, x, y, d.picture.direction)
        });
        selected.set(hit);
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let count = drawn.with_untracked(|d| d.picture.bars.len());
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
    let tip = move || {
        let i = selected.get()?;
        drawn.with(|d| d.picture.tips.get(i).cloned())
    };
    // the bar the pointer or the keyboard is on, drawn over the chart's markup
    let highlight = move || {
        let i = selected.get()?;
        let area = drawn.with(|d| d.picture.bars.get(i).map(|b| b.area))?;
        Some(
            view! { <rect x=area.x y=area.y width=area.width height=area.height.max(0.0) class="highlight"/> },
        )
    };
    let heading = Memo::new(move |_| drawn.with(|d| d.picture.heading.clone()));
    let size = Signal::derive(move || drawn.with(|d| (d.picture.width, d.inside.height)));
    let label = crate::components::live::live_text(move || {
        td_string!(l, chart.keys_hint, heading = heading.get()).to_string()
    });
    let shown = embed_view(state, move || drawn.with(|d| (d.filter.clone(), d.step)));
    view! {
        <figure class="chart" id=format!("{id}-figure")>
            <h2>{heading}</h2>
            <div class="chart-body" tabindex="0" role="group" aria-label=label
                on:keydown=on_key
                on:pointermove=move |ev: leptos::ev::PointerEvent| pick(f64::from(ev.client_x()), f64::from(ev.client_y()))
                on:pointerdown=move |ev: leptos::ev::PointerEvent| pick(f64::from(ev.client_x()), f64::from(ev.client_y()))
                on:pointerleave=move |_| selected.set(None)
                on:blur=move |_| selected.set(None)>
                <svg id=id viewBox=crate::components::live::live_text(move || { let (w, h) = size.get(); format!("0 0 {w} {h}") }) width=move || size.get().0 height=move || size.get().1 role="img" aria-label=crate::components::live::live_text(move || drawn.with(|d| d.picture.alt.clone()))
                    preserveAspectRatio="xMidYMid meet" class="chart-svg">
                    <g inner_html=crate::components::live::live_text(move || drawn.with(|d| d.inside.markup.clone()))></g>
                    <g transform=crate::components::live::live_text(move || drawn.with(|d| format!("translate(0 {})", d.inside.heading_height)))>{highlight}</g>
                </svg>
                <p class="tooltip" aria-live="polite">{tip}</p>
            </div>
            <TableAndNotes table=Signal::derive(move || drawn.with(|d| d.table.clone())) notes=Signal::derive(move || drawn.with(|d| d.notes.clone()))/>
            <ChartActions svg_id=id file_stem=Signal::derive(move || drawn.with(|d| d.file_stem.clone())) size embed_chart=chart embed_title=heading shown/>
        </figure>
    }
    .into_any()
}

/// Under a chart's picture: "Show as table" (its markup) and the notes, each set again as a
/// whole when it changes.
#[component]
pub fn TableAndNotes(table: Signal<String>, notes: Signal<Vec<String>>) -> impl IntoView {
    let l = use_locale();
    let items = move || {
        notes.with(|n| {
            n.iter()
                .map(|n| view! { <li>{n.clone()}</li> })
                .collect_view()
        })
    };
    view! {
        <details class="chart-table">
            <summary>{td_string!(l, chart.show_table)}</summary>
            <div inner_html=crate::components::live::live_text(move || table.get())></div>
        </details>
        <ul class="chart-notes">{items}</ul>
    }
}

/// The view a chart's embed shows: the reader's view (language, currency, theme) with the chart's
/// filter and step (`chart_view`), followed as either changes.
pub fn embed_view(
    state: crate::state::AppState,
    chart_view: impl Fn() -> (
            crate::model::filter::Filter,
            Option<crate::model::series::Step>,
        ) + Send
        + Sync
        + 'static,
) -> Signal<UrlState> {
    Signal::derive(move || {
        let s = state.url_state();
        let (filter, step) = chart_view();
        UrlState {
            filter,
            step: step.or(s.step),
            ..s
        }
    })
}

/// Under every chart: download as SVG or PNG, and Embed. The file's name and the image's size are
/// read when a button is pressed.
#[component]
pub fn ChartActions(
    svg_id: &'static str,
    file_stem: Signal<String>,
    size: Signal<(f64, f64)>,
    embed_chart: EmbedChart,
    #[prop(into)] embed_title: Signal<String>,
    shown: Signal<UrlState>,
) -> impl IntoView {
    let l = use_locale();
    let error = RwSignal::new(None::<String>);
    let save_as_svg = move |_| {
        let name = format!("{}.svg", file_stem.get_untracked());
        error.set(save_svg(svg_id, &name).err());
    };
    let save_as_png = move |_| {
        let name = format!("{}.png", file_stem.get_untracked());
        let (width, height) = size.get_untracked();
        error.set(save_png(svg_id, &name, width as u32, height as u32).err());
    };
    view! {
        <div class="chart-actions">{td_string!(l, chart.download)}" "
            <button type="button" on:click=save_as_svg>"SVG"</button>" "
            <button type="button" on:click=save_as_png>"PNG"</button>" "
            <EmbedButton chart=embed_chart title=embed_title shown/>" "
            <CopyLink/>
            {move || error.get().map(|e| view! { <span role="alert" class="note">" "{td_string!(l, downloads.failed)}" "<span lang="en">{e}</span></span> })}
        </div>
    }
    .into_any()
}
