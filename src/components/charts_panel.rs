//! The charts for a view: controls, timeline, and (for the whole country) regions and map.

use crate::components::charts::controls::ChartControls;
use crate::components::charts::region_bars::RegionBars;
use crate::components::charts::tile_map::TileMap;
use crate::components::charts::timeline::Timeline;
use crate::data::Loaded;
use crate::i18n::td_string;
use crate::state::use_locale;
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
    view! {
        <section class="charts" aria-label=td_string!(use_locale(), chart.charts)>
            <ChartControls/>
            <Timeline loaded=loaded.clone() model/>
            {compare_regions.then(|| view! {
                <RegionBars loaded=loaded.clone() model/>
                <TileMap loaded=loaded.clone() model/>
            })}
        </section>
    }
    .into_any()
}
