//! What a figure measures, and how sure the source is of it.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The figures Minewatch tracks. Names are part of the data contract and of the URL (`metric=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    FarmsShut,
    EquipmentUnitsSeized,
    EquipmentUnitsFound,
    EquipmentValue,
    CriminalCases,
    PeopleDetained,
    PowerMw,
    EnergyMwh,
    ElectricityTheftValue,
    DamageValue,
    AssetsConfiscated,
}

impl Metric {
    pub const ALL: [Metric; 11] = [
        Metric::FarmsShut,
        Metric::EquipmentUnitsSeized,
        Metric::EquipmentUnitsFound,
        Metric::EquipmentValue,
        Metric::CriminalCases,
        Metric::PeopleDetained,
        Metric::PowerMw,
        Metric::EnergyMwh,
        Metric::ElectricityTheftValue,
        Metric::DamageValue,
        Metric::AssetsConfiscated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Metric::FarmsShut => "farms_shut",
            Metric::EquipmentUnitsSeized => "equipment_units_seized",
            Metric::EquipmentUnitsFound => "equipment_units_found",
            Metric::EquipmentValue => "equipment_value",
            Metric::CriminalCases => "criminal_cases",
            Metric::PeopleDetained => "people_detained",
            Metric::PowerMw => "power_mw",
            Metric::EnergyMwh => "energy_mwh",
            Metric::ElectricityTheftValue => "electricity_theft_value",
            Metric::DamageValue => "damage_value",
            Metric::AssetsConfiscated => "assets_confiscated",
        }
    }

    /// A money metric is always stated in a currency. Confiscated assets may be a count or a value.
    pub fn may_be_money(self) -> bool {
        self.is_money() || self == Metric::AssetsConfiscated
    }

    pub fn is_money(self) -> bool {
        matches!(
            self,
            Metric::EquipmentValue | Metric::ElectricityTheftValue | Metric::DamageValue
        )
    }
}

impl fmt::Display for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Metric {
    type Err = ();
    fn from_str(text: &str) -> Result<Self, ()> {
        Metric::ALL
            .into_iter()
            .find(|m| m.as_str() == text)
            .ok_or(())
    }
}

/// How a source states a figure: exactly, about, or at least ("more than").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    Approx,
    AtLeast,
}

impl Qualifier {
    /// The qualifier of a sum: "at least" if any part is a lower bound, else "about" if any part
    /// is approximate, else exact.
    pub fn combine(self, other: Qualifier) -> Qualifier {
        self.max(other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metric_names_round_trip() {
        for metric in Metric::ALL {
            assert_eq!(metric.as_str().parse::<Metric>(), Ok(metric));
        }
        assert!("farms".parse::<Metric>().is_err());
    }

    #[test]
    fn a_sum_is_as_uncertain_as_its_least_certain_part() {
        assert_eq!(
            Qualifier::Exact.combine(Qualifier::Approx),
            Qualifier::Approx
        );
        assert_eq!(
            Qualifier::Approx.combine(Qualifier::AtLeast),
            Qualifier::AtLeast
        );
        assert_eq!(Qualifier::Exact.combine(Qualifier::Exact), Qualifier::Exact);
    }
}
