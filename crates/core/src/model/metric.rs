//! What a figure measures, and how sure the source is of it.

use super::words::{read_as_words, read_one_of};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;
use std::str::FromStr;

/// The figures Minewatch tracks. Names are part of the data contract and of the URL (`metric=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
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
    /// People or firms under investigation for illegal mining (the source says "miners").
    UnderInvestigation,
}

/// The words of [`Metric::ALL`], in its order: how the data and the address write each metric.
const METRIC_WORDS: [&str; 12] = {
    let mut words = [""; 12];
    let mut i = 0;
    while i < words.len() {
        words[i] = Metric::ALL[i].as_str();
        i += 1;
    }
    words
};

impl<'de> Deserialize<'de> for Metric {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        read_one_of(d, &Metric::ALL, &METRIC_WORDS)
    }
}

impl Metric {
    pub const ALL: [Metric; 12] = [
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
        Metric::UnderInvestigation,
    ];

    pub const fn as_str(self) -> &'static str {
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
            Metric::UnderInvestigation => "under_investigation",
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

/// How a source states a figure: exactly, about, at least ("more than") or at most ("up to").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    Approx,
    AtLeast,
    AtMost,
    /// Only for sums: a lower bound plus an approximate part ("at least about"). Never in data.
    #[serde(skip)]
    AtLeastAbout,
}

// `AtLeastAbout` is never in the data: it is not among the words read.
read_as_words! {
    Qualifier {
        Qualifier::Exact => "exact",
        Qualifier::Approx => "approx",
        Qualifier::AtLeast => "at_least",
        Qualifier::AtMost => "at_most",
    }
}

impl Qualifier {
    /// The qualifier of a sum: exact only if every part is; "about" if a part is approximate;
    /// "at least" if a part is a lower bound; "at least about" if both.
    pub fn combine(self, other: Qualifier) -> Qualifier {
        use Qualifier::*;
        match (self, other) {
            (Exact, q) | (q, Exact) => q,
            (Approx, Approx) => Approx,
            (AtLeast, AtLeast) => AtLeast,
            (AtMost, AtMost) => AtMost,
            // An upper bound added to an estimate is an estimate.
            (AtMost, Approx) | (Approx, AtMost) => Approx,
            _ => AtLeastAbout,
        }
    }

    /// Whether the true value may be higher than the figure (a lower bound, or a sum with one).
    pub fn is_lower_bound(self) -> bool {
        matches!(self, Qualifier::AtLeast | Qualifier::AtLeastAbout)
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
        use Qualifier::*;
        assert_eq!(Exact.combine(Approx), Approx);
        assert_eq!(AtLeast.combine(Exact), AtLeast);
        assert_eq!(
            Approx.combine(AtLeast),
            AtLeastAbout,
            "about 3,000 plus more than 6,000"
        );
        assert_eq!(AtLeastAbout.combine(Exact), AtLeastAbout);
        assert_eq!(Exact.combine(Exact), Exact);
        assert!(AtLeastAbout.is_lower_bound() && !Approx.is_lower_bound());
        assert!(
            serde_json::from_str::<Qualifier>("\"at_least_about\"").is_err(),
            "not a value data may hold"
        );
    }
}
