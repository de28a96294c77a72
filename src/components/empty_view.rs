//! A view that matches no event: one sentence, and links to the nearest views that have some.

use crate::i18n::format::number;
use crate::i18n::td_string;
use crate::model::filter::Filter;
use crate::model::overview::{wider_views, Wider};
use crate::state::{link_target, use_app_state, use_locale};
use leptos::prelude::*;

/// `path` is where the wider views open (`/`, `/events`, or a region's page, which keeps its
/// region).
#[component]
pub fn EmptyView(
    loaded: std::sync::Arc<crate::data::Loaded>,
    filter: Filter,
    sentence: String,
    path: String,
    keep_regions: bool,
) -> impl IntoView {
    let state = use_app_state();
    let l = use_locale();
    let links = wider_views(loaded.snapshot(), &filter, keep_regions)
        .into_iter()
        .map(|(how, wider, count)| {
            let n = number(l, count as f64);
            let text = match how {
                Wider::AnyDate => td_string!(l, empty.any_date, count = count, n = n.clone()),
                Wider::AnyAgency => td_string!(l, empty.any_agency, count = count, n = n.clone()),
                Wider::WholeCountry => {
                    td_string!(l, empty.whole_country, count = count, n = n.clone())
                }
            }
            .to_string();
            let mut s = state.url_state();
            s.filter = Filter {
                metric: s.filter.metric,
                ..wider
            };
            let target = if how == Wider::WholeCountry && path.starts_with("/regions/") {
                "/".to_string()
            } else {
                path.clone()
            };
            let href = state.link_with(&target, &s);
            view! { <li><a href=href target=link_target()>{text}</a></li> }
        })
        .collect::<Vec<_>>();
    let nearest = (!links.is_empty()).then(|| {
        view! { <p>{td_string!(l, empty.nearest)}</p><ul class="wider">{links}</ul> }
    });
    view! {
        <div class="empty-view">
            <p class="headline">{sentence}</p>
            {nearest}
        </div>
    }
    .into_any()
}
