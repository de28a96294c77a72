//! "Embed": a dialog with the iframe code for the current view (pinned to this snapshot by
//! default, live on request), a theme choice, a preview and a copy button.

use crate::embed_code::{embed_url, iframe_code, EmbedChart, EmbedOptions};
use crate::state::use_app_state;
use crate::url_state::UrlState;
use leptos::html::Dialog;
use leptos::prelude::*;

/// The site's origin and base path, e.g. `https://example.org/minewatch`.
fn site() -> String {
    let origin = leptos::prelude::window()
        .location()
        .origin()
        .unwrap_or_default();
    format!("{origin}{}", use_app_state().base())
}

#[component]
pub fn EmbedButton(
    chart: EmbedChart,
    title: String,
    /// The view to embed (filter, metric, currency, language).
    shown: UrlState,
) -> impl IntoView {
    let state = use_app_state();
    let dialog = NodeRef::<Dialog>::new();
    let live = RwSignal::new(false);
    let theme = RwSignal::new("auto".to_string());
    let copied = RwSignal::new(None::<String>);
    let is_open = RwSignal::new(false);
    let pinned_id = move || state.loaded().map(|l| l.entry.id.clone());
    let site = site();
    let options = move || EmbedOptions {
        snapshot: if live.get() { None } else { pinned_id() },
        theme: theme.get(),
    };
    let code = {
        let (site, title) = (site.clone(), title.clone());
        let shown = shown.clone();
        move || iframe_code(&site, chart, &shown, &options(), &title)
    };
    let preview = {
        let site = site.clone();
        move || embed_url(&site, chart, &shown, &options())
    };
    let open = move |_| {
        copied.set(None);
        is_open.set(true);
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
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
            copied.set(Some(
                "Copied. If your browser blocked it, select the code above and copy it.".into(),
            ));
        }
    };
    let id = format!("embed-{chart}");
    let snapshot_label = move || {
        pinned_id()
            .map(|id| {
                format!(
                    "Pinned to this data (snapshot {id}): stays the same when the data is updated"
                )
            })
            .unwrap_or_default()
    };
    view! {
        <button type="button" class="embed-button" aria-haspopup="dialog" on:click=open>"Embed"</button>
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby=format!("{id}-heading") on:close=move |_| is_open.set(false)>
            <h2 id=format!("{id}-heading")>{format!("Embed: {title}")}</h2>
            <fieldset>
                <legend>"Data"</legend>
                <label><input type="radio" name=format!("{id}-data") prop:checked=move || !live.get() on:change=move |_| live.set(false)/>" "{snapshot_label}</label><br/>
                <label><input type="radio" name=format!("{id}-data") prop:checked=move || live.get() on:change=move |_| live.set(true)/>" Live: always the latest data"</label>
            </fieldset>
            <p><label>"Theme "
                <select prop:value=move || theme.get() on:change=move |ev| theme.set(event_target_value(&ev))>
                    <option value="auto">"as the reader's system"</option>
                    <option value="light">"light"</option>
                    <option value="dark">"dark"</option>
                </select></label></p>
            <p><label for=format!("{id}-code")>"Code to paste into your page"</label></p>
            <textarea id=format!("{id}-code") class="embed-code" readonly rows="5" prop:value=code></textarea>
            <p>
                <button type="button" on:click=copy>"Copy code"</button>" "
                <button type="button" on:click=close>"Close"</button>
                <span role="status" class="note">{move || copied.get()}</span>
            </p>
            <p class="note">"The frame sets its own height with the script in the code; pages that already run Datawrapper's or AMP's resize script need no other script."</p>
            <h3>"Preview"</h3>
            {move || is_open.get().then(|| view! {
                <iframe title=format!("Preview: {}", title.clone()) src=preview.clone() height=chart.start_height().to_string()></iframe>
            })}
        </dialog>
    }
    .into_any()
}
