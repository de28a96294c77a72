//! Plain-Rust domain model: snapshot types, validation, dates, regions, filtering, aggregation.

pub mod aggregate;
pub mod card;
pub mod changes;
pub mod choices;
pub mod compact;
pub mod dates;
pub mod events_list;
pub mod export;
pub mod filter;
pub mod fold;
pub mod ids;
pub mod lookups;
pub mod manifest;
pub mod metric;
pub mod money;
pub mod overlap;
pub mod overview;
pub mod parse;
pub mod placement;
pub mod regions;
pub mod series;
pub mod snapshot;
pub mod sort;
pub mod statistic;
pub mod statistics_view;
pub mod validate;
pub mod view_model;
pub mod words;

pub use dates::{DatePrecision, PartialDate};
pub use filter::Filter;
pub use ids::{AgencyId, EventId, EventPlace, RegionCode};
pub use metric::{Metric, Qualifier};
pub use snapshot::{Event, Measure, Region, Snapshot, Source};
