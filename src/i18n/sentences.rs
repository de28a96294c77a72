//! Plain sentences generated from the data, next to the numbers.

use super::format::{date, figure};
use super::labels::metric_label;
use crate::model::aggregate::MetricSummary;
use crate::model::dates::PartialDate;
use crate::model::metric::Qualifier;

/// "Since 2022 the sources report 3 enforcement actions in Karaganda Region: 13 farms shut down, …"
pub fn region_summary(
    place: &str,
    events: usize,
    earliest: Option<PartialDate>,
    from: Option<PartialDate>,
    summaries: &[MetricSummary],
) -> String {
    let when = match (from, earliest) {
        (Some(f), _) => format!("Since {}", date(&f)),
        (None, Some(e)) => format!("Since {}", e.year),
        (None, None) => "So far".to_string(),
    };
    if events == 0 {
        return format!("{when} the sources report no enforcement action in {place}.");
    }
    let noun = if events == 1 {
        "enforcement action"
    } else {
        "enforcement actions"
    };
    let figures: Vec<String> = summaries
        .iter()
        .flat_map(|s| s.totals.iter().map(move |t| (s.metric, t)))
        .take(4)
        .map(|(metric, t)| {
            let q = match t.qualifier {
                Qualifier::Exact => "",
                Qualifier::Approx => "about ",
                Qualifier::AtLeast => "at least ",
                Qualifier::AtLeastAbout => "at least about ",
            };
            format!(
                "{q}{} ({})",
                figure(t.value, &t.unit, t.is_money),
                metric_label(metric).to_lowercase()
            )
        })
        .collect();
    if figures.is_empty() {
        format!(
            "{when} the sources report {events} {noun} in {place}, with no figure for it alone."
        )
    } else {
        format!(
            "{when} the sources report {events} {noun} in {place}: {}.",
            figures.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::aggregate::Total;
    use crate::model::metric::Metric;

    fn summary(metric: Metric, value: f64, unit: &str, q: Qualifier) -> MetricSummary {
        MetricSummary {
            metric,
            totals: vec![Total {
                metric,
                unit: unit.into(),
                is_money: false,
                value,
                qualifier: q,
                events: vec!["x".into()],
            }],
            unstated: vec![],
            outside: vec![],
        }
    }

    #[test]
    fn the_sentence_names_the_count_the_place_and_the_figures() {
        let s = region_summary(
            "Karaganda Region",
            3,
            PartialDate::parse("2022-02-15"),
            None,
            &[
                summary(Metric::FarmsShut, 1.0, "farms", Qualifier::Exact),
                summary(Metric::PowerMw, 75.3, "MW", Qualifier::Exact),
            ],
        );
        assert_eq!(s, "Since 2022 the sources report 3 enforcement actions in Karaganda Region: 1 farm (mining farms shut down), 75.3 MW (power involved).");
    }

    #[test]
    fn one_action_none_and_a_chosen_start_read_naturally() {
        let one = region_summary("Abai Region", 1, None, PartialDate::parse("2024-03"), &[]);
        assert_eq!(one, "Since March 2024 the sources report 1 enforcement action in Abai Region, with no figure for it alone.");
        let none = region_summary("Abai Region", 0, None, None, &[]);
        assert_eq!(
            none,
            "So far the sources report no enforcement action in Abai Region."
        );
        let about = region_summary(
            "X",
            2,
            None,
            None,
            &[summary(
                Metric::EquipmentUnitsFound,
                3000.0,
                "units",
                Qualifier::Approx,
            )],
        );
        assert!(
            about.contains("about 3,000 units (mining units found)"),
            "{about}"
        );
    }
}
