//! The page's view model: computed by the domain crate from the data and the view state once per
//! change, in one memo, and handed to the parts of the page as memos of their own (figures,
//! timeline, regions, sources, events). A part's memo compares equal when its part did not
//! change, so a component subscribed to it is not drawn again: a change of the chart metric
//! leaves the figure cards alone, a change of currency leaves the charts alone.

use crate::data::Loaded;
use crate::i18n::labels::HEADLINE;
use crate::model::filter::Filter;
use crate::model::series::{RegionSeries, TimelineSeries};
use crate::model::view_model::{view_model, Asked, ChartPart, Figures, ViewModel};
use crate::state::use_app_state;
use crate::url_state::UrlState;
use leptos::prelude::*;
use std::sync::Arc;

/// The parts of a page's view model, each a memo.
#[derive(Clone, Copy)]
pub struct PageModel {
    /// The whole view model (for what reads several parts at once: the scope notes).
    pub whole: Memo<Arc<ViewModel>>,
    /// The filter the figures count (without the chart metric).
    pub filter: Memo<Filter>,
    /// Places of the events the figures count, newest first.
    pub events: Memo<Vec<usize>>,
    pub figures: Memo<Figures>,
    pub timeline: Memo<ChartPart<TimelineSeries>>,
    pub regions: Memo<ChartPart<RegionSeries>>,
    /// Places of the cited sources, by publisher then id.
    pub sources: Memo<Vec<usize>>,
}

impl PageModel {
    /// How many events the figures count.
    pub fn count(&self) -> Memo<usize> {
        let events = self.events;
        Memo::new(move |_| events.with(Vec::len))
    }
}

/// The view model of a page whose filter is `filter` of the view state; `compare_regions` for
/// pages that show the regions chart and the map.
pub fn use_page_model(
    loaded: Arc<Loaded>,
    filter: impl Fn(&UrlState) -> Filter + Send + Sync + 'static,
    compare_regions: bool,
) -> PageModel {
    let state = use_app_state();
    let asked = Memo::new(move |_| state.view.with(|(s, _)| (filter(s), s.currency, s.step)));
    let whole = Memo::new(move |_| {
        let (filter, currency, step) = asked.get();
        Arc::new(view_model(
            loaded.snapshot(),
            &filter,
            Asked {
                metrics: &HEADLINE,
                currency,
                step,
                compare_regions,
            },
        ))
    });
    PageModel {
        whole,
        filter: Memo::new(move |_| whole.with(|m| m.filter.clone())),
        events: Memo::new(move |_| whole.with(|m| m.events.clone())),
        figures: Memo::new(move |_| whole.with(|m| m.figures())),
        timeline: Memo::new(move |_| whole.with(|m| m.timeline_part())),
        regions: Memo::new(move |_| whole.with(|m| m.regions_part())),
        sources: Memo::new(move |_| whole.with(|m| m.sources.clone())),
    }
}
