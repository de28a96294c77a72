//! Which figure a total uses where two events may describe one operation (`may_overlap`), and
//! why: the event page says so for both events, metric by metric, so that a reader sees the
//! figure that was left out as plainly as the one that was counted.

use super::aggregate::{counted_once, summarise_counting, Counting, Total};
use super::metric::Metric;
use super::snapshot::{Confidence, Event};

/// Why the totals count one event of a group and not the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhyCounted {
    /// The counted event's sources are surer: its confidence is higher.
    SurerSources {
        counted: Confidence,
        left_out: Confidence,
    },
    /// As sure, and dated earlier (or dated where the other is not).
    Earlier,
    /// As sure and as early: the first by id, so that the choice never changes by chance.
    FirstById,
}

/// For one metric, in the whole data: the figure the totals use and the one they leave out.
#[derive(Debug, Clone, PartialEq)]
pub struct OverlapDecision {
    pub metric: Metric,
    /// The event whose figures the totals add.
    pub counted: crate::model::EventId,
    /// Its figures of `metric` as a total (one per unit or currency).
    pub counted_figures: Vec<Total>,
    /// The event left out, as possibly the same operation.
    pub left_out: crate::model::EventId,
    pub left_out_figures: Vec<Total>,
    pub why: WhyCounted,
}

/// The decisions that concern `event`: for every metric for which both it and an event it may
/// overlap state a figure, which of the two the totals use. Worked out over the whole country and
/// every date, as the totals of the unfiltered view count them. `all` is every event of the data.
pub fn decisions_for(all: &[&Event], event: &Event) -> Vec<OverlapDecision> {
    if event.may_overlap.is_empty() && !all.iter().any(|e| e.may_overlap.contains(&event.id)) {
        return Vec::new();
    }
    let group: Vec<&Event> = all
        .iter()
        .copied()
        .filter(|e| {
            e.id == event.id
                || e.may_overlap.contains(&event.id)
                || event.may_overlap.contains(&e.id)
        })
        .collect();
    let by_id = |id: &str| group.iter().copied().find(|e| e.id == id);
    let mut decisions = Vec::new();
    for metric in Metric::ALL {
        let (_, left_out) = counted_once(&group, metric, &[]);
        for (left, counted) in left_out {
            if left != event.id && counted != event.id {
                continue;
            }
            let (Some(l), Some(c)) = (by_id(&left), by_id(&counted)) else {
                continue;
            };
            decisions.push(OverlapDecision {
                metric,
                counted_figures: figures_of(c, metric),
                left_out_figures: figures_of(l, metric),
                why: why_counted(c, l),
                counted,
                left_out: left,
            });
        }
    }
    decisions
}

/// One event's own figures of a metric, summed as a total would sum them.
fn figures_of(event: &Event, metric: Metric) -> Vec<Total> {
    summarise_counting(&Counting::of(&[event]), &[], metric, &[]).totals
}

/// The rule of the counting order, in words: surer sources first, then the earlier, then by id.
fn why_counted(counted: &Event, left_out: &Event) -> WhyCounted {
    if counted.confidence != left_out.confidence {
        return WhyCounted::SurerSources {
            counted: counted.confidence,
            left_out: left_out.confidence,
        };
    }
    let first = |e: &Event| e.date_span().map(|s| s.first);
    match (first(counted), first(left_out)) {
        (Some(a), Some(b)) if a < b => WhyCounted::Earlier,
        (Some(_), None) => WhyCounted::Earlier,
        _ => WhyCounted::FirstById,
    }
}
