//! What the charts show: the metric (`metric=`) and the currency (`currency=`), in the address.

use crate::i18n::labels::metric_label;
use crate::i18n::td_string;
use crate::model::metric::Metric;
use crate::state::{use_app_state, use_locale, use_set_url_state};
use leptos::prelude::*;

#[component]
pub fn ChartControls() -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let set_state = use_set_url_state();
    let set_metric = {
        let set_state = set_state.clone();
        move |ev: leptos::ev::Event| {
            let mut s = state.url_state();
            s.filter.metric = event_target_value(&ev).parse::<Metric>().ok();
            set_state(s);
        }
    };
    let set_currency = move |ev: leptos::ev::Event| {
        let mut s = state.url_state();
        s.currency = event_target_value(&ev).parse().ok();
        set_state(s);
    };
    let metric = move || {
        state
            .view
            .with(|(s, _)| s.filter.metric.map(|m| m.to_string()).unwrap_or_default())
    };
    let currency = move || {
        state
            .view
            .with(|(s, _)| s.currency.map(|c| c.to_string()).unwrap_or_default())
    };
    let options = Metric::ALL
        .iter()
        .map(|m| view! { <option value=m.as_str()>{metric_label(l, *m)}</option> })
        .collect_view();
    view! {
        <section class="chart-controls" aria-label=td_string!(l, chart.controls)>
            <div class="field">
                <label for="chart-metric">{td_string!(l, chart.metric)}</label>
                <select id="chart-metric" prop:value=metric on:change=set_metric>
                    <option value="">{td_string!(l, chart.number_of_events)}</option>
                    {options}
                </select>
            </div>
            <div class="field">
                <label for="chart-currency">{td_string!(l, chart.money_in)}</label>
                <select id="chart-currency" prop:value=currency on:change=set_currency>
                    <option value="">{td_string!(l, chart.currency_stated)}</option>
                    <option value="KZT">{td_string!(l, chart.kzt)}</option>
                    <option value="USD">{td_string!(l, chart.usd)}</option>
                </select>
            </div>
        </section>
    }
    .into_any()
}
