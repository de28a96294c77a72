//! Names of metrics and other fixed words of the interface.

use super::{td_string, text_in, Locale};
use crate::model::metric::Metric;
use crate::model::snapshot::Event;

/// What a metric is called on a headline card.
pub fn metric_label(l: Locale, metric: Metric) -> &'static str {
    match metric {
        Metric::FarmsShut => td_string!(l, metric.farms_shut),
        Metric::EquipmentUnitsSeized => td_string!(l, metric.equipment_units_seized),
        Metric::EquipmentUnitsFound => td_string!(l, metric.equipment_units_found),
        Metric::EquipmentValue => td_string!(l, metric.equipment_value),
        Metric::CriminalCases => td_string!(l, metric.criminal_cases),
        Metric::PeopleDetained => td_string!(l, metric.people_detained),
        Metric::PowerMw => td_string!(l, metric.power_mw),
        Metric::EnergyMwh => td_string!(l, metric.energy_mwh),
        Metric::ElectricityTheftValue => td_string!(l, metric.electricity_theft_value),
        Metric::DamageValue => td_string!(l, metric.damage_value),
        Metric::AssetsConfiscated => td_string!(l, metric.assets_confiscated),
        Metric::UnderInvestigation => td_string!(l, metric.under_investigation),
    }
}

/// Words for the breakdowns a figure may carry.
pub fn kind_label(l: Locale, kind: &str) -> String {
    match kind {
        "voluntary" => td_string!(l, part.voluntary).to_string(),
        "forced" => td_string!(l, part.forced).to_string(),
        "ended" => td_string!(l, part.ended).to_string(),
        "property" => td_string!(l, part.property).to_string(),
        "vehicle" => td_string!(l, part.vehicle).to_string(),
        "digital_asset" => td_string!(l, part.digital_asset).to_string(),
        "cash" => td_string!(l, part.cash).to_string(),
        "other" => td_string!(l, part.other).to_string(),
        "grey_mining" => td_string!(l, part.grey_mining).to_string(),
        other => other.to_string(),
    }
}

/// An event's title in the reader's language where the snapshot has it, else in another.
pub fn title_in(event: &Event, l: Locale) -> &str {
    text_in(&event.title, l).map_or(event.id.as_str(), |(t, _)| t)
}

/// How many titles a note names before "and 237 more".
pub const TITLES_NAMED: usize = crate::model::card::NAMED;

/// Titles joined with "; ", the first [`TITLES_NAMED`] of them, then "and N more": a note about
/// thousands of events stays one line.
pub fn some_titles<'a>(l: Locale, titles: impl IntoIterator<Item = &'a str>) -> String {
    let mut named: Vec<&str> = Vec::new();
    let mut more = 0usize;
    for t in titles {
        if named.len() < TITLES_NAMED {
            named.push(t);
        } else {
            more += 1;
        }
    }
    let list = named.join("; ");
    if more == 0 {
        list
    } else {
        let n = crate::i18n::format::number(l, more as f64);
        format!("{list} {}", td_string!(l, notes.and_more, n = n))
    }
}

/// The headline figures of the dashboard, in order: every metric.
pub const HEADLINE: [Metric; 12] = Metric::ALL;

/// A figure in words with its qualifier and breakdown: "about 3,000 units", "106 farms (forced)",
/// "no figure stated".
pub fn measure_value(l: Locale, m: &crate::model::snapshot::Measure) -> String {
    use super::format::{figure, qualified};
    let value = m.value.map_or_else(
        || td_string!(l, event.no_figure_stated).to_string(),
        |v| {
            qualified(
                l,
                m.qualifier,
                &figure(l, v, m.unit_key(), m.currency.is_some()),
            )
        },
    );
    match &m.kind {
        Some(k) => format!("{value} ({})", kind_label(l, k)),
        None => value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_metric_has_a_distinct_name_in_each_language() {
        for l in super::super::LOCALES {
            let mut names: Vec<&str> = Metric::ALL.iter().map(|m| metric_label(l, *m)).collect();
            names.sort();
            names.dedup();
            assert_eq!(names.len(), Metric::ALL.len(), "{l:?}");
        }
        assert_eq!(
            metric_label(Locale::ru, Metric::FarmsShut),
            "Закрытые майнинг-фермы"
        );
        assert_eq!(kind_label(Locale::kk, "forced"), "мәжбүрлеп жабылды");
        assert_eq!(kind_label(Locale::en, "something_new"), "something_new");
    }
}
