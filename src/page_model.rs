//! The page's one view model: computed by the domain crate from the data and the view state,
//! held in one memo, and read by every part of the page. It is computed again only when what it
//! depends on changes (the filter, the currency, the timeline's step), never per component.

use crate::data::Loaded;
use crate::i18n::labels::HEADLINE;
use crate::model::filter::Filter;
use crate::model::view_model::{view_model, Asked, ViewModel};
use crate::state::use_app_state;
use crate::url_state::UrlState;
use leptos::prelude::*;
use std::sync::Arc;

pub type PageModel = Memo<Arc<ViewModel>>;

/// The view model of a page whose filter is `filter` of the view state; `compare_regions` for
/// pages that show the regions chart and the map.
pub fn use_page_model(
    loaded: Arc<Loaded>,
    filter: impl Fn(&UrlState) -> Filter + Send + Sync + 'static,
    compare_regions: bool,
) -> PageModel {
    let state = use_app_state();
    let asked = Memo::new(move |_| state.view.with(|(s, _)| (filter(s), s.currency, s.step)));
    Memo::new(move |_| {
        let (filter, currency, step) = asked.get();
        Arc::new(view_model(
            loaded.snapshot(),
            &filter,
            Asked {
                metrics: &HEADLINE,
                currency: currency.map(|c| c.code()),
                step,
                compare_regions,
            },
        ))
    })
}
