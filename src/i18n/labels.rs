//! Names of metrics and other fixed words of the interface.

use crate::model::metric::Metric;

/// What a metric is called on a headline card.
pub fn metric_label(metric: Metric) -> &'static str {
    match metric {
        Metric::FarmsShut => "Mining farms shut down",
        Metric::EquipmentUnitsSeized => "Mining units seized",
        Metric::EquipmentUnitsFound => "Mining units found",
        Metric::EquipmentValue => "Value of mining equipment",
        Metric::CriminalCases => "Criminal cases",
        Metric::PeopleDetained => "People detained",
        Metric::PowerMw => "Power involved",
        Metric::EnergyMwh => "Electricity involved",
        Metric::ElectricityTheftValue => "Value of electricity stolen",
        Metric::DamageValue => "Damage",
        Metric::AssetsConfiscated => "Assets confiscated",
    }
}

/// Words for the breakdowns a figure may carry.
pub fn kind_label(kind: &str) -> &str {
    match kind {
        "voluntary" => "stopped voluntarily",
        "forced" => "shut down",
        "property" => "property",
        "vehicle" => "vehicles",
        "digital_asset" => "digital assets",
        "cash" => "cash",
        other => other,
    }
}

/// The headline figures of the dashboard, in order: every metric.
pub const HEADLINE: [Metric; 11] = Metric::ALL;
