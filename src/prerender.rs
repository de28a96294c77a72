//! One page of the app rendered natively to HTML, with the same components the browser runs
//! (the `ssr` build, used by the editors' tool: `minewatch render`).

use crate::data::Loaded;
use crate::i18n::Locale;
use crate::model::changes::Changes;
use crate::state::Given;
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// A page as HTML: what goes into `<head>` (its `<title>`) and into `<body>`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub title: String,
    pub body: String,
}

/// What every page of a site is rendered from: the data, the published lists of changes (by
/// their path under `data/`) and the base path.
#[derive(Clone)]
pub struct Site {
    pub loaded: Arc<Loaded>,
    pub changes: Arc<BTreeMap<String, Changes>>,
    pub base: String,
}

/// Renders the page at `address` (path and query, under the base) as a reader in `locale` with a
/// screen `screen` CSS pixels wide would first see it.
pub fn render(site: &Site, address: &str, locale: Locale, screen: f64) -> Rendered {
    // anything the page spawns runs on a one-thread executor; a second call finds it set
    let _ = any_spawner::Executor::init_futures_executor();
    let owner = Owner::new();
    owner.with(|| {
        let title = StoredValue::new(None::<String>);
        provide_context(crate::components::title::TitleSlot(title));
        provide_context(crate::address::Requested(address.to_string()));
        provide_context(Given {
            base: site.base.trim_end_matches('/').to_string(),
            loaded: site.loaded.clone(),
            changes: site.changes.clone(),
            locale,
            screen,
        });
        let body = view! { <crate::App/> }.to_html();
        Rendered {
            title: title.get_value().unwrap_or_default(),
            body,
        }
    })
}

/// Every route of a snapshot, under the base: the dashboard (`""`), the events list, every
/// event, every region, data, about, and each embed chart's default view.
pub fn routes(snapshot: &crate::model::snapshot::Snapshot) -> Vec<String> {
    let mut routes = vec![String::new(), "events".to_string()];
    routes.extend(snapshot.events.iter().map(|e| format!("events/{}", e.id)));
    routes.extend(
        snapshot
            .regions
            .iter()
            .map(|r| format!("regions/{}", r.code)),
    );
    routes.extend(["data".to_string(), "about".to_string()]);
    routes.extend(
        crate::embed_code::EmbedChart::ALL
            .iter()
            .map(|c| format!("embed/{}", c.as_str())),
    );
    routes
}

/// What a link preview says of a route: a description with its key figure, and that figure
/// alone (label and value) for the preview image.
#[derive(Debug, Clone, PartialEq)]
pub struct Described {
    pub description: String,
    pub figure: Option<(String, String)>,
    /// "Source: Minewatch, snapshot 2026-12-01 (CC BY 4.0)".
    pub credit: String,
}

/// The description of `route` in `l`, from the same view model and wording the page shows.
pub fn describe(loaded: &Loaded, route: &str, l: Locale) -> Described {
    let credit = crate::i18n::td_string!(l, tile.credit, id = loaded.entry.id.clone()).to_string();
    Described {
        credit,
        ..described(loaded, route, l)
    }
}

fn described(loaded: &Loaded, route: &str, l: Locale) -> Described {
    use crate::components::text::region_name;
    use crate::i18n::{labels, sentences::headline, td_string};
    let snapshot = loaded.snapshot();
    let tagline = td_string!(l, meta.description).to_string();
    let parts: Vec<&str> = route.split('/').collect();
    match parts.as_slice() {
        [""] => view_described(loaded, Vec::new(), td_string!(l, place.kazakhstan), l),
        ["regions", code] => {
            let name = region_name(snapshot, code, l);
            view_described(loaded, vec![(*code).into()], &name, l)
        }
        ["events"] => {
            let n = snapshot.events.len() as f64;
            let count = crate::i18n::format::unit_figure(
                l,
                n,
                &crate::i18n::format::number(l, n),
                "events",
            );
            Described {
                description: format!(
                    "{} {tagline}",
                    headline(
                        l,
                        snapshot.events.len(),
                        td_string!(l, place.kazakhstan),
                        false
                    )
                ),
                // the list's card: how many events, over the dashboard's timeline
                figure: Some((td_string!(l, place.kazakhstan).to_string(), count)),
                credit: String::new(),
            }
        }
        ["events", id] => match snapshot.event(id) {
            Some(event) => {
                let figure = event.measures.iter().find(|m| m.value.is_some()).map(|m| {
                    (
                        labels::metric_label(l, m.metric).to_string(),
                        labels::measure_value(l, m),
                    )
                });
                let when = crate::i18n::format::date_text(l, event.announced);
                let places: Vec<String> = event
                    .regions
                    .iter()
                    .map(|c| region_name(snapshot, c, l))
                    .collect();
                let figures: Vec<String> = event
                    .measures
                    .iter()
                    .filter(|m| m.value.is_some())
                    .map(|m| labels::measure_value(l, m))
                    .collect();
                let mut description = when;
                if !places.is_empty() {
                    description.push_str(&format!(", {}", places.join(", ")));
                }
                if !figures.is_empty() {
                    description.push_str(&format!(": {}", figures.join("; ")));
                }
                description.push('.');
                Described {
                    description,
                    figure,
                    credit: String::new(),
                }
            }
            None => Described {
                description: tagline,
                figure: None,
                credit: String::new(),
            },
        },
        _ => Described {
            description: tagline,
            figure: None,
            credit: String::new(),
        },
    }
}

/// A dashboard or region view: its headline and its first figure.
fn view_described(
    loaded: &Loaded,
    regions: Vec<crate::model::RegionCode>,
    place: &str,
    l: Locale,
) -> Described {
    use crate::components::figures::total_text;
    use crate::i18n::{labels, sentences::headline};
    let snapshot = loaded.snapshot();
    let model = first_view(loaded, regions);
    let events = model.overview(snapshot).selection.events.len();
    let figure = model.summaries.iter().find_map(|s| {
        let totals: Vec<String> = s.totals.iter().map(|t| total_text(l, t)).collect();
        (!totals.is_empty()).then(|| {
            (
                labels::metric_label(l, s.metric).to_string(),
                totals.join(" + "),
            )
        })
    });
    let mut description = headline(l, events, place, false);
    if let Some((label, value)) = &figure {
        description.push_str(&format!(" {label}: {value}."));
    }
    Described {
        description,
        figure,
        credit: String::new(),
    }
}

/// The timeline a dashboard or region page draws at `screen` pixels, for its link-preview image:
/// the same picture, from the same writer; `None` for other routes and for a region without events
/// (whose page draws no chart).
pub fn timeline_picture(
    loaded: &Loaded,
    route: &str,
    l: Locale,
    screen: f64,
) -> Option<crate::components::charts::frame::Picture> {
    let snapshot = loaded.snapshot();
    let regions = match route.split('/').collect::<Vec<_>>().as_slice() {
        [""] => Vec::new(),
        ["regions", code] => vec![snapshot.region(code)?.code.clone()],
        _ => return None,
    };
    let model = first_view(loaded, regions);
    if model.events.is_empty() {
        return None;
    }
    let width = crate::chart::layout::chart_width(screen, false);
    Some(crate::components::charts::timeline::timeline_picture(
        l,
        snapshot,
        &model.timeline_part(snapshot),
        width,
    ))
}

/// The view a dashboard or region page opens on: these regions (none: all of Kazakhstan), every
/// date, the headline's metrics in their own currencies.
fn first_view(
    loaded: &Loaded,
    regions: Vec<crate::model::RegionCode>,
) -> crate::model::view_model::ViewModel {
    use crate::model::view_model::{view_model, Asked};
    let filter = crate::model::filter::Filter {
        regions,
        ..Default::default()
    };
    view_model(
        loaded.snapshot(),
        &filter,
        Asked {
            metrics: &crate::i18n::labels::HEADLINE,
            currency: None,
            step: None,
            compare_regions: false,
        },
    )
}
