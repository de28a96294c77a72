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
use crate::recent::RecentViews;
use crate::state::use_app_state;
use crate::url_state::UrlState;
use leptos::prelude::*;
use std::sync::{Arc, Mutex, PoisonError};

/// How many of the views the reader used last a page keeps, to show again at once.
const RECENT_VIEWS: usize = 4;

/// What a view model is computed for: the filter, the currency, the timeline's step.
type Key = (
    Filter,
    Option<crate::model::choices::Currency>,
    Option<crate::model::series::Step>,
);

/// The parts of a page's view model, each a memo.
#[derive(Clone, Copy)]
pub struct PageModel {
    /// The whole view model (for what reads several parts at once: the scope notes).
    pub whole: Memo<Arc<ViewModel>>,
    /// The filter the figures count (without the chart metric).
    pub filter: Memo<Filter>,
    /// Places of the events the figures count, newest first.
    pub events: Memo<Vec<crate::model::EventPlace>>,
    /// How many events the figures count (the filter bar's and the sentence's one count).
    pub count: Memo<usize>,
    pub figures: Memo<Figures>,
    pub timeline: Memo<ChartPart<TimelineSeries>>,
    pub regions: Memo<ChartPart<RegionSeries>>,
    /// Places of the cited sources, by publisher then id.
    pub sources: Memo<Vec<usize>>,
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
    // the views the reader used last: going back to one (a year, then all years again) takes
    // no new computation
    let recent = Mutex::new(RecentViews::<Key, Arc<ViewModel>>::new(RECENT_VIEWS));
    let data = Arc::clone(&loaded);
    let whole = Memo::new(move |_| {
        let key = asked.get();
        // this memo alone takes the lock
        let mut recent = recent.lock().unwrap_or_else(PoisonError::into_inner);
        recent.get_or_compute(key, |(filter, currency, step)| {
            Arc::new(view_model(
                data.snapshot(),
                filter,
                Asked {
                    metrics: &HEADLINE,
                    currency: *currency,
                    step: *step,
                    compare_regions,
                },
            ))
        })
    });
    let events = Memo::new(move |_| whole.with(|m| m.events.clone()));
    let (for_timeline, for_regions) = (Arc::clone(&loaded), Arc::clone(&loaded));
    PageModel {
        whole,
        count: Memo::new(move |_| events.with(Vec::len)),
        filter: Memo::new(move |_| whole.with(|m| m.filter.clone())),
        events,
        figures: Memo::new(move |_| whole.with(|m| m.figures())),
        timeline: Memo::new(move |_| whole.with(|m| m.timeline_part(for_timeline.snapshot()))),
        regions: Memo::new(move |_| whole.with(|m| m.regions_part(for_regions.snapshot()))),
        sources: Memo::new(move |_| whole.with(|m| m.sources(loaded.snapshot()).to_vec())),
    }
}
