//! Dates as the sources give them: a day, a month, a year, or nothing at all.

use super::words::read_as_words;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// How precisely a source dates an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    Day,
    Month,
    Year,
    Unknown,
}

read_as_words! {
    DatePrecision {
        DatePrecision::Day => "day",
        DatePrecision::Month => "month",
        DatePrecision::Year => "year",
        DatePrecision::Unknown => "unknown",
    }
}

/// A date known to a day, a month or a year: `2022-03-15`, `2022-03` or `2022`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else, or an impossible date, is `None`.
    pub fn parse(text: &str) -> Option<Self> {
        let parts: Vec<&str> = text.split('-').collect();
        if parts.len() > 3 {
            return None;
        }
        let year = parse_digits(parts.first()?, 4)?;
        let month = match parts.get(1) {
            Some(m) => Some(parse_digits(m, 2)?),
            None => None,
        };
        let day = match parts.get(2) {
            Some(d) => Some(parse_digits(d, 2)?),
            None => None,
        };
        NaiveDate::from_ymd_opt(year as i32, month.unwrap_or(1), day.unwrap_or(1))?;
        Some(PartialDate {
            year: year as i32,
            month,
            day,
        })
    }

    pub fn precision(&self) -> DatePrecision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => DatePrecision::Day,
            (Some(_), None) => DatePrecision::Month,
            _ => DatePrecision::Year,
        }
    }

    /// The first day this date can mean.
    pub fn first_day(&self) -> NaiveDate {
        let month = self.month.unwrap_or(1);
        let day = self.day.unwrap_or(1);
        NaiveDate::from_ymd_opt(self.year, month, day).unwrap_or(NaiveDate::MIN)
    }

    /// The last day this date can mean.
    pub fn last_day(&self) -> NaiveDate {
        match (self.month, self.day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.year, m, d),
            (Some(m), None) => last_day_of_month(self.year, m),
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31),
        }
        .unwrap_or(NaiveDate::MAX)
    }

    pub fn from_naive(date: NaiveDate) -> Self {
        PartialDate {
            year: date.year(),
            month: Some(date.month()),
            day: Some(date.day()),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// Parses a full ISO day `YYYY-MM-DD`.
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    let date = PartialDate::parse(text)?;
    (date.precision() == DatePrecision::Day).then(|| date.first_day())
}

fn parse_digits(text: &str, len: usize) -> Option<u32> {
    if text.len() != len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()
}

/// The span of days an event may have happened in, with the precision the source gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateSpan {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl DateSpan {
    pub fn of(date: PartialDate) -> Self {
        DateSpan {
            first: date.first_day(),
            last: date.last_day(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision_and_prints_it_back() {
        for text in ["2022", "2022-03", "2022-03-15", "2024-02-29"] {
            let date = PartialDate::parse(text).unwrap();
            assert_eq!(date.to_string(), text);
        }
        assert_eq!(
            PartialDate::parse("2022-03").unwrap().precision(),
            DatePrecision::Month
        );
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for text in [
            "",
            "notadate",
            "2022-13-45",
            "2022-02-30",
            "2023-02-29",
            "22-01-01",
            "2022-1-1",
            "2022-01-01-01",
            "2022--01",
            "2022-00",
        ] {
            assert_eq!(PartialDate::parse(text), None, "{text}");
        }
        assert_eq!(parse_day("2022-03"), None);
    }

    #[test]
    fn a_month_or_year_spans_all_its_days() {
        let feb = PartialDate::parse("2024-02").unwrap();
        assert_eq!(feb.first_day().to_string(), "2024-02-01");
        assert_eq!(feb.last_day().to_string(), "2024-02-29");
        let year = PartialDate::parse("2022").unwrap();
        assert_eq!(year.last_day().to_string(), "2022-12-31");
        let dec = PartialDate::parse("2022-12").unwrap();
        assert_eq!(dec.last_day().to_string(), "2022-12-31");
    }
}

/// Written as the data writes it: `2022-03-15`, `2022-03` or `2022`.
impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A date's text: a string, or a TOML date written without quotes (which TOML hands over as a
/// one-entry map holding the text).
struct DateText;

impl<'de> serde::de::Visitor<'de> for DateText {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date such as \"2022-03-15\", \"2022-03\" or \"2022\"")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<String, A::Error> {
        match map.next_entry::<String, String>()? {
            Some((_, text)) => Ok(text),
            None => Err(serde::de::Error::custom("an empty value is not a date")),
        }
    }
}

fn date_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    d.deserialize_any(DateText)
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = date_text(d)?;
        PartialDate::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{text}\" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY"
            ))
        })
    }
}

/// A whole day (`YYYY-MM-DD`) in the data, read and written as text: `#[serde(with = "day")]`.
pub mod day {
    use super::{date_text, parse_day, NaiveDate};
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&date.format("%Y-%m-%d"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = date_text(d)?;
        parse_day(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("\"{text}\" is not a day; write YYYY-MM-DD"))
        })
    }
}

/// An optional whole day: `null` or `YYYY-MM-DD`.
pub mod optional_day {
    use super::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => super::day::serialize(date, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        #[derive(Deserialize)]
        struct Wrapped(#[serde(with = "super::day")] NaiveDate);
        Ok(Option::<Wrapped>::deserialize(d)?.map(|Wrapped(date)| date))
    }
}
