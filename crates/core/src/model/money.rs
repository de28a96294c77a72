//! Money in another currency. A value is used as stated when it is in the target currency; else
//! the source's own conversion of the same figure, when it gives one; else converted with a rate
//! of the snapshot from the same month as the event. Anything else is left out, never guessed.

use super::dates::PartialDate;
use super::snapshot::{Event, FxRate, Measure};

/// How one money figure comes out in the target currency.
#[derive(Debug, Clone, PartialEq)]
pub enum InCurrency<'a> {
    AsStated(f64),
    /// The source gives the same figure in the target currency itself.
    SourceConversion(f64, &'a Measure),
    Converted {
        value: f64,
        rate: &'a FxRate,
    },
    /// No rate of the snapshot applies: left out of converted totals, with a note.
    NoRate,
}

impl InCurrency<'_> {
    pub fn value(&self) -> Option<f64> {
        match self {
            InCurrency::AsStated(v) | InCurrency::SourceConversion(v, _) => Some(*v),
            InCurrency::Converted { value, .. } => Some(*value),
            InCurrency::NoRate => None,
        }
    }
}

/// A rate between `from` and `to` dated in the same month as the whole of the event's date.
pub fn rate_for<'a>(
    fx: &'a [FxRate],
    from: &str,
    to: &str,
    event: &Event,
) -> Option<(&'a FxRate, f64)> {
    let span = event.date_span()?;
    fx.iter().find_map(|rate| {
        let date = rate.date;
        let month = PartialDate { day: None, ..date };
        month.month?;
        let same_month = span.first >= month.first_day() && span.last <= month.last_day();
        if !same_month || !rate.rate.is_finite() || rate.rate <= 0.0 {
            return None;
        }
        if rate.base == from && rate.quote == to {
            Some((rate, rate.rate))
        } else if rate.base == to && rate.quote == from {
            Some((rate, 1.0 / rate.rate))
        } else {
            None
        }
    })
}

/// One counted money figure of `event` in `target`.
pub fn in_currency<'a>(
    event: &'a Event,
    measure: &'a Measure,
    target: &str,
    fx: &'a [FxRate],
) -> InCurrency<'a> {
    let Some(value) = measure.value else {
        return InCurrency::NoRate;
    };
    let Some(currency) = measure.currency.as_deref() else {
        return InCurrency::NoRate;
    };
    if currency == target {
        return InCurrency::AsStated(value);
    }
    let own = event.measures.iter().find(|m| {
        m.metric == measure.metric
            && m.region == measure.region
            && m.kind == measure.kind
            && m.currency.as_deref() == Some(target)
            && m.value.is_some()
    });
    if let Some(m) = own {
        return InCurrency::SourceConversion(m.value.unwrap_or_default(), m);
    }
    match rate_for(fx, currency, target, event) {
        Some((rate, factor)) => InCurrency::Converted {
            value: value * factor,
            rate,
        },
        None => InCurrency::NoRate,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dates::DatePrecision;
    use crate::model::metric::{Metric, Qualifier};
    use crate::model::snapshot::{Confidence, Scope, Text};

    fn money(value: f64, currency: &str, preferred: bool) -> Measure {
        Measure {
            metric: Metric::EquipmentValue,
            value: Some(value),
            unit: None,
            currency: Some(currency.into()),
            qualifier: Qualifier::Exact,
            as_stated: String::new(),
            sources: vec!["s".into()],
            region: None,
            preferred,
            kind: None,
            note: None,
        }
    }

    fn event(announced: Option<&str>, measures: Vec<Measure>) -> Event {
        Event {
            id: "e".into(),
            kind: "raid".into(),
            title: Text::default(),
            summary: Text::default(),
            announced: announced.and_then(PartialDate::parse),
            date_precision: announced
                .and_then(PartialDate::parse)
                .map_or(DatePrecision::Unknown, |d| d.precision()),
            date_note: None,
            period: None,
            regions: vec![],
            scope: Scope::National,
            region_as_reported: None,
            locality: None,
            agencies: vec![],
            measures,
            confidence: Confidence::High,
            notes: vec![],
            may_overlap: vec![],
        }
    }

    fn rates() -> Vec<FxRate> {
        vec![FxRate {
            base: "USD".into(),
            quote: "KZT".into(),
            rate: 500.0,
            date: PartialDate {
                year: 2022,
                month: Some(3),
                day: None,
            },
            source: "s".into(),
            note: None,
        }]
    }

    #[test]
    fn a_value_in_the_target_currency_is_used_as_stated() {
        let e = event(Some("2024"), vec![money(7.0, "USD", true)]);
        assert_eq!(
            in_currency(&e, &e.measures[0], "USD", &rates()),
            InCurrency::AsStated(7.0)
        );
    }

    #[test]
    fn the_sources_own_conversion_wins_over_a_rate() {
        let e = event(
            Some("2022-03-15"),
            vec![money(2.5e9, "KZT", true), money(5.87e6, "USD", false)],
        );
        match in_currency(&e, &e.measures[0], "USD", &rates()) {
            InCurrency::SourceConversion(v, _) => assert_eq!(v, 5.87e6),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_rate_of_the_same_month_converts_both_ways() {
        let fx = rates();
        let e = event(
            Some("2022-03-15"),
            vec![money(2.0e6, "USD", true), money(1e9, "KZT", true)],
        );
        assert_eq!(
            in_currency(&e, &e.measures[0], "KZT", &fx).value(),
            Some(1.0e9)
        );
        assert_eq!(
            in_currency(&e, &e.measures[1], "USD", &fx).value(),
            Some(2.0e6)
        );
    }

    #[test]
    fn without_a_rate_for_the_events_month_nothing_is_guessed() {
        let fx = rates();
        for announced in [Some("2022-08-01"), Some("2022"), None] {
            let e = event(announced, vec![money(7e6, "USD", true)]);
            assert_eq!(
                in_currency(&e, &e.measures[0], "KZT", &fx),
                InCurrency::NoRate,
                "{announced:?}"
            );
        }
        let e = event(Some("2022-03-15"), vec![money(7e6, "USD", true)]);
        assert_eq!(
            in_currency(&e, &e.measures[0], "KZT", &[]),
            InCurrency::NoRate
        );
    }
}
