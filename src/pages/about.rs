//! `/about`: method, regions, totals, what `null` means, licence and how to cite.

use crate::state::use_app_state;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AboutPage() -> impl IntoView {
    let state = use_app_state();
    let cite = move || {
        let id = state
            .loaded()
            .map(|l| l.entry.id.clone())
            .unwrap_or_else(|| "ID".into());
        format!("Minewatch, enforcement against illegal cryptocurrency mining in Kazakhstan, data snapshot {id}, licensed CC BY 4.0.")
    };
    view! {
        <Title text="About the data · Minewatch"/>
        <h1>"About the data"</h1>
        <section>
            <h2>"What counts as an event"</h2>
            <p>"An event is one enforcement action as an authority announced it or the press reported it: a raid, an inspection campaign, an investigation, a court ruling, or an agency's report of its results. "
               "Each event keeps its sources; each figure in it names the sources that state it, with the source's own words."</p>
        </section>
        <section>
            <h2>"Dates"</h2>
            <p>"An event is dated by the day its figures were announced. Where a source gives only the month or the year, the event carries that precision and is never drawn as if it happened on the first day. "
               "A period filter includes an event only when its whole possible date lies inside the period; the page says how many events were left out because their date is too loose or unknown."</p>
        </section>
        <section>
            <h2>"Regions and the 2022 reform"</h2>
            <p>"Regions are the first-level divisions of Kazakhstan with their ISO 3166-2:KZ codes. On 8 June 2022 three regions were created: Abai (from East Kazakhstan), Jetisu (from Almaty region) and Ulytau (from Karaganda region). "
               "An event keeps the region as it was at the event's date, and the region as the source named it. East Kazakhstan before 8 June 2022 included today's Abai, so an earlier event there counts for East Kazakhstan and may concern today's Abai; Minewatch does not move it."</p>
        </section>
        <section>
            <h2>"How totals are computed"</h2>
            <ul>
                <li>"A total adds up the figures the sources state, per unit and per currency. Money stays in the currency it was stated in."</li>
                <li>"Where two sources disagree, both figures are kept and shown; one is marked preferred, with the reason, and only that one enters a total."</li>
                <li>"A total is \"about\" when a part of it is approximate, \"at least\" when a part of it is a lower bound (\"more than\"), and \"at least about\" when it has both."</li>
                <li>"A figure given only for the whole country, or for several regions together, is never added into one region's total: a region view lists such figures apart."</li>
            </ul>
        </section>
        <section>
            <h2>"What an empty figure means"</h2>
            <p>"When no source states a figure, the data holds "<code>"null"</code>": \"no source says\". It is never counted as zero, and the page says \"no figure reported\"."</p>
        </section>
        <section>
            <h2>"Licence and how to cite"</h2>
            <p>"The data is published under the Creative Commons Attribution 4.0 licence (CC BY 4.0): you may share and adapt it, also commercially, if you credit Minewatch and link to the licence. The sources' texts remain their publishers'."</p>
            <p>"Cite as: "<q class="citation">{cite}</q></p>
            <p><a href=move || state.link("/data")>"Download the data and its schema"</a></p>
        </section>
    }
    .into_any()
}
