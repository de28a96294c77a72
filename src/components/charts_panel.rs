//! The charts for a view: controls, timeline, and (for the whole country) regions and map.

use crate::components::charts::controls::ChartControls;
use crate::components::charts::region_bars::RegionBars;
use crate::components::charts::tile_map::TileMap;
use crate::components::charts::timeline::Timeline;
use crate::data::Loaded;
use crate::i18n::td_string;
use crate::state::{in_its_turn, use_locale};
use leptos::prelude::*;
use std::sync::Arc;

/// `filter` is the view's filter (its `metric` picks what is drawn); `compare_regions` adds the
/// regions chart and the map.
#[component]
pub fn ChartsPanel(
    loaded: Arc<Loaded>,
    model: crate::page_model::PageModel,
    compare_regions: bool,
) -> impl IntoView {
    // each chart in a task of its own when the app takes a page over
    let timeline = {
        let loaded = loaded.clone();
        move || view! { <Timeline loaded=loaded.clone() model/> }.into_any()
    };
    let compared = compare_regions.then(|| {
        let (bars, map) = (loaded.clone(), loaded);
        view! {
            {in_its_turn(Box::new(move || view! { <RegionBars loaded=bars.clone() model/> }.into_any()))}
            {in_its_turn(Box::new(move || view! { <TileMap loaded=map.clone() model/> }.into_any()))}
        }
    });
    view! {
        <section class="charts" aria-label=td_string!(use_locale(), chart.charts)>
            <ChartControls/>
            {in_its_turn(Box::new(timeline))}
            {compared}
        </section>
    }
    .into_any()
}
