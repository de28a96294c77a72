//! "Embed": a dialog with the iframe code for the current view (pinned to this snapshot by
//! default, live on request), a theme choice, a preview and a copy button.

use crate::embed_code::{embed_url, iframe_code, EmbedChart, EmbedOptions};
use crate::i18n::{code_of, locale_named, td_string, Locale, LOCALES};
use crate::model::choices::Theme;
use crate::state::{use_app_state, use_locale};
use crate::url_state::UrlState;
use leptos::html::Dialog;
use leptos::prelude::*;

/// The site's origin and base path, e.g. `https://example.org/minewatch`.
fn site() -> String {
    if crate::state::rendered_natively() {
        // no address to read: the app writes the code once it runs
        return use_app_state().site_base();
    }
    let origin = leptos::prelude::window()
        .location()
        .origin()
        .unwrap_or_default();
    format!("{origin}{}", use_app_state().site_base())
}

/// A frame's title in a language other than the page's: "Minewatch: карта". Written here, not in
/// `locales/`, because a page's app carries its own language's words only.
fn frame_title(l: Locale, chart: EmbedChart) -> &'static str {
    use EmbedChart::*;
    match (l, chart) {
        (Locale::en, Totals) => "Minewatch: headline figures",
        (Locale::en, Timeline) => "Minewatch: timeline",
        (Locale::en, Regions) => "Minewatch: by region",
        (Locale::en, Map) => "Minewatch: map",
        (Locale::en, Events) => "Minewatch: list of events",
        (Locale::ru, Totals) => "Minewatch: главные цифры",
        (Locale::ru, Timeline) => "Minewatch: динамика",
        (Locale::ru, Regions) => "Minewatch: по регионам",
        (Locale::ru, Map) => "Minewatch: карта",
        (Locale::ru, Events) => "Minewatch: список событий",
        (Locale::kk, Totals) => "Minewatch: басты сандар",
        (Locale::kk, Timeline) => "Minewatch: уақыт бойынша",
        (Locale::kk, Regions) => "Minewatch: өңірлер бойынша",
        (Locale::kk, Map) => "Minewatch: карта",
        (Locale::kk, Events) => "Minewatch: оқиғалар тізімі",
    }
}

#[component]
pub fn EmbedButton(
    chart: EmbedChart,
    #[prop(into)] title: Signal<String>,
    /// The view to embed (filter, metric, currency, language): followed as it changes, without
    /// drawing the button again.
    #[prop(into)]
    shown: Signal<UrlState>,
) -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let dialog = NodeRef::<Dialog>::new();
    // The embed speaks the language the page is read in unless another is chosen.
    let lang = RwSignal::new(code_of(l).to_string());
    let live = RwSignal::new(false);
    let theme = RwSignal::new(Theme::Auto);
    let copied = RwSignal::new(None::<String>);
    let is_open = RwSignal::new(false);
    let pinned_id = move || state.loaded().map(|l| l.entry.id.clone());
    let site = site();
    let options = move || EmbedOptions {
        snapshot: if live.get() { None } else { pinned_id() },
        theme: theme.get(),
    };
    let code = {
        let site = site.clone();
        move || {
            let chosen = lang.get();
            // The frame's title is for the host page's readers, so it is in the embed's language:
            // the chart's own heading when that is the page's language, else a shorter one.
            let title = match locale_named(&chosen).filter(|other| *other != l) {
                Some(other) => frame_title(other, chart).to_string(),
                None => title.get(),
            };
            let shown = UrlState {
                lang: chosen.parse().ok(),
                ..shown.get()
            };
            iframe_code(&site, chart, &shown, &options(), &title)
        }
    };
    let preview = {
        let site = site.clone();
        move || {
            let shown = UrlState {
                lang: lang.get().parse().ok(),
                ..shown.get()
            };
            embed_url(&site, chart, &shown, &options())
        }
    };
    let open = move |_| {
        copied.set(None);
        is_open.set(true);
        // once its content is drawn (it is drawn only while open), so that focus lands in it
        request_animation_frame(move || {
            if let Some(d) = dialog.get() {
                let _ = d.show_modal();
            }
        });
    };
    let close = move |_| {
        is_open.set(false);
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let copy = {
        let code = code.clone();
        move |_| {
            let text = code();
            let clipboard = leptos::prelude::window().navigator().clipboard();
            let _ = clipboard.write_text(&text);
            copied.set(Some(td_string!(l, embed.copied).to_string()));
        }
    };
    let id = format!("embed-{chart}");
    let heading_id = format!("{id}-heading");
    let snapshot_label = move || {
        pinned_id()
            .map(|id| td_string!(l, embed.pinned, id = id).to_string())
            .unwrap_or_default()
    };
    view! {
        <button type="button" class="embed-button" aria-haspopup="dialog" on:click=open>{td_string!(l, embed.button)}</button>
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby=heading_id on:close=move |_| is_open.set(false)>
            // drawn only while open: a page with four charts carries no four dialogs' worth of
            // markup before the reader asks for one (nor does its pre-rendered copy)
            {crate::components::live::redrawn_or_none(move || is_open.get().then(|| {
                let (code, copy, preview, title, id) = (code.clone(), copy.clone(), preview.clone(), title.get(), id.clone());
                let language_options = LOCALES
                    .into_iter()
                    .map(|other| {
                        let code = code_of(other);
                        view! { <option value=code>{crate::components::layout::language_name(other)}</option> }
                    })
                    .collect_view();
                view! {
                    <h2 id=format!("{id}-heading")>{td_string!(l, embed.heading, title = title.clone()).to_string()}</h2>
                    <fieldset>
                        <legend>{td_string!(l, nav.data)}</legend>
                        <label><input type="radio" name=format!("{id}-data") prop:checked=move || !live.get() on:change=move |_| live.set(false)/>" "{snapshot_label}</label><br/>
                        <label><input type="radio" name=format!("{id}-data") prop:checked=move || live.get() on:change=move |_| live.set(true)/>" "{td_string!(l, embed.live)}</label>
                    </fieldset>
                    <p><label>{td_string!(l, embed.theme)}" "
                        <select prop:value=move || theme.get().to_string() on:change=move |ev| theme.set(event_target_value(&ev).parse().unwrap_or(Theme::Auto))>
                            <option value="auto">{td_string!(l, embed.theme_auto)}</option>
                            <option value="light">{td_string!(l, embed.theme_light)}</option>
                            <option value="dark">{td_string!(l, embed.theme_dark)}</option>
                        </select></label></p>
                    <p><label>{td_string!(l, nav.language)}" "
                        <select prop:value=move || lang.get() on:change=move |ev| {
                            let chosen = event_target_value(&ev);
                            if locale_named(&chosen).is_some() {
                                lang.set(chosen);
                            }
                        }>{language_options}</select></label></p>
                    <p><label for=format!("{id}-code")>{td_string!(l, embed.code_label)}</label></p>
                    <textarea id=format!("{id}-code") class="embed-code" readonly rows="5" prop:value=code></textarea>
                    <p>
                        <button type="button" on:click=copy>{td_string!(l, embed.copy)}</button>" "
                        <button type="button" on:click=close>{td_string!(l, embed.close)}</button>
                        <span role="status" class="note">{move || copied.get()}</span>
                    </p>
                    <p class="note">{td_string!(l, embed.height_note)}</p>
                    <h3>{td_string!(l, embed.preview)}</h3>
                    <iframe title=td_string!(l, embed.preview_title, title = title.clone()).to_string() src=preview height=chart.start_height().to_string()></iframe>
                }
                .into_any()
            }))}
        </dialog>
    }
    .into_any()
}
