//! Official aggregate statistics: an agency's count for a period (a year, a quarter, "since the
//! start of the year"), not tied to one operation. They are data of their own kind, shown beside
//! the event totals and never added into them: an agency's yearly count and the events it may
//! include would otherwise be counted twice.

//!
//! This module holds the record only; which statistics a view shows, with the events beside
//! them, is a query over the snapshot: `statistics_view`.

use super::dates::{DateSpan, PartialDate};
use super::snapshot::{Measure, Period, Text};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Statistic {
    /// Lower-case letters, digits and hyphens, like an event's.
    pub id: String,
    /// Minewatch's own words, in kk, ru and en.
    pub title: Text,
    pub summary: Text,
    /// The agencies (or ministry) whose figure it is.
    pub agencies: Vec<super::AgencyId>,
    /// The time the figure covers.
    pub period: Period,
    /// When the figure was stated, when a source says.
    #[serde(default)]
    pub announced: Option<PartialDate>,
    /// ISO 3166-2:KZ codes; empty for the whole country.
    #[serde(default)]
    pub regions: Vec<super::RegionCode>,
    /// The figures, as each source states them; `value: null` where no source gives one.
    pub measures: Vec<Measure>,
    #[serde(default)]
    pub notes: Vec<String>,
    /// Events that the count may include (no source says which).
    #[serde(default)]
    pub may_include: Vec<String>,
}

impl Statistic {
    pub fn span(&self) -> DateSpan {
        self.period.span()
    }

    /// Whether it is for the whole country (so for no one region).
    pub fn is_national(&self) -> bool {
        self.regions.is_empty()
    }
}
