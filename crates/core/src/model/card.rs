//! What one figure card shows for a metric: its totals, how many events they come from and how
//! many the notes under it speak of, without the events' ids. Worked out once per view, it is
//! cheap to copy and to compare, so a card is drawn again only when what it shows changes (a
//! summary holds the ids of every event it counts: thousands at 10,000 events).

use super::aggregate::{MetricSummary, Total};
use super::metric::{Metric, Qualifier};
use crate::model::EventId;

/// A total as a card writes it: the sum, its unit or currency and how exact it is.
#[derive(Debug, Clone, PartialEq)]
pub struct TotalFigure {
    /// The currency code for money, else the unit.
    pub unit: String,
    /// Whether `unit` is a currency.
    pub is_money: bool,
    pub value: f64,
    pub qualifier: Qualifier,
}

impl From<&Total> for TotalFigure {
    fn from(total: &Total) -> Self {
        TotalFigure {
            unit: total.unit.clone(),
            is_money: total.is_money,
            value: total.value,
            qualifier: total.qualifier,
        }
    }
}

/// How many events a card or a note names before "and 237 more".
pub const NAMED: usize = 5;

/// One metric's card.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub metric: Metric,
    /// One per unit or currency, as the summary orders them.
    pub totals: Vec<TotalFigure>,
    /// How many distinct events give a figure or report the thing without one.
    pub events: usize,
    /// How many events report the thing without a figure.
    pub unstated: usize,
    /// How many events are not added because they may repeat one that is.
    pub counted_once: usize,
    /// How many events of low confidence the totals add.
    pub low_confidence: usize,
    /// The first of them, which the card names (at most [`NAMED`]).
    pub low_confidence_named: Vec<EventId>,
}

impl Card {
    /// The card of a summary.
    pub fn of(summary: &MetricSummary) -> Card {
        Card {
            metric: summary.metric,
            totals: summary.totals.iter().map(TotalFigure::from).collect(),
            events: summary.event_count(),
            unstated: summary.unstated.len(),
            counted_once: summary.overlapping.len(),
            low_confidence: summary.low_confidence.len(),
            low_confidence_named: summary.low_confidence.iter().take(NAMED).cloned().collect(),
        }
    }

    /// Whether the card has anything to show (else the metric is named in "nothing for").
    pub fn shows_anything(&self) -> bool {
        !self.totals.is_empty() || self.unstated > 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn total(unit: &str, value: f64, events: &[&str]) -> Total {
        Total {
            metric: Metric::FarmsShut,
            unit: unit.to_string(),
            is_money: false,
            value,
            qualifier: Qualifier::Exact,
            events: events.iter().map(|e| EventId::from(*e)).collect(),
        }
    }

    #[test]
    fn a_card_counts_each_event_once_and_names_only_the_first_doubtful_ones() {
        let summary = MetricSummary {
            metric: Metric::FarmsShut,
            // one event gives figures in two units; another reports the thing without a figure
            totals: vec![
                total("farms", 3.0, &["a", "b"]),
                total("sites", 1.0, &["b"]),
            ],
            unstated: vec!["c".into()],
            outside: Vec::new(),
            overlapping: vec![("d".into(), "a".into())],
            low_confidence: ["a", "b", "e", "f", "g", "h"].map(EventId::from).to_vec(),
        };
        let card = Card::of(&summary);
        assert_eq!(card.events, 3);
        assert_eq!(card.unstated, 1);
        assert_eq!(card.counted_once, 1);
        assert_eq!(card.low_confidence, 6);
        assert_eq!(
            card.low_confidence_named,
            ["a", "b", "e", "f", "g"].map(EventId::from).to_vec()
        );
        assert_eq!(card.totals.len(), 2);
        assert_eq!(card.totals[0].value, 3.0);
        assert!(card.shows_anything());
    }

    #[test]
    fn a_card_without_figures_or_reports_shows_nothing() {
        let summary = MetricSummary {
            metric: Metric::FarmsShut,
            totals: Vec::new(),
            unstated: Vec::new(),
            outside: Vec::new(),
            overlapping: Vec::new(),
            low_confidence: Vec::new(),
        };
        assert!(!Card::of(&summary).shows_anything());
    }
}
