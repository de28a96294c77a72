//! Numbers, dates and amounts as a reader expects them. No figure is rounded: a long amount is
//! written in words ("2.5 billion") only when that is exact.

use crate::model::dates::PartialDate;
use crate::model::metric::Qualifier;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `1173` → `1,173`; `31.3` → `31.3`. Floating-point noise from sums (67.72999…) is removed by
/// keeping at most four decimals, more than any source gives.
pub fn number(value: f64) -> String {
    let text = format!("{:.4}", value);
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = frac.trim_end_matches('0');
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// A large amount in words when that loses nothing: 2.5e9 → `2.5 billion`, 192.9e6 → `192.9 million`.
pub fn amount(value: f64) -> String {
    for (scale, word) in [(1e9, "billion"), (1e6, "million")] {
        if value.abs() >= scale {
            let scaled = value / scale;
            let back = (scaled * 1000.0).round() / 1000.0;
            if (back * scale - value).abs() < 0.5 {
                return format!("{} {word}", number(back));
            }
        }
    }
    number(value)
}

/// An approximate amount to three significant digits: 204,810,009.18 → `205 million`. Only for
/// values that are approximate already (converted, or stated as "about"). A lower bound
/// (`down`) is rounded down, never up.
pub fn rough_amount(value: f64, down: bool) -> String {
    if value == 0.0 || !value.is_finite() {
        return number(value);
    }
    let digits = value.abs().log10().floor() as i32;
    let factor = 10f64.powi(digits - 2);
    let scaled = value / factor;
    amount(if down { scaled.floor() } else { scaled.round() } * factor)
}

/// A figure with its unit or currency: `KZT 2.5 billion`, `31.3 MW`, `1,173 units`.
pub fn figure(value: f64, unit: &str, is_money: bool) -> String {
    if is_money {
        format!("{unit} {}", amount(value))
    } else if unit.is_empty() {
        number(value)
    } else if value == 1.0 {
        format!("1 {}", singular(unit))
    } else {
        format!("{} {unit}", number(value))
    }
}

/// The unit for one of a thing: `farms` → `farm`, `people` → `person`; other units stay.
fn singular(unit: &str) -> &str {
    match unit {
        "people" => "person",
        "farms" | "units" | "cases" | "vehicles" => unit.strip_suffix('s').unwrap_or(unit),
        _ => unit,
    }
}

/// "about", "at least" or nothing, to put before a figure.
pub fn qualifier(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Approx => "about",
        Qualifier::AtLeast => "at least",
        Qualifier::AtLeastAbout => "at least about",
    }
}

/// `15 March 2022`, `March 2022`, `2022`.
pub fn date(d: &PartialDate) -> String {
    let month = d.month.and_then(|m| MONTHS.get(m.wrapping_sub(1) as usize));
    match (d.day, month) {
        (Some(day), Some(month)) => format!("{day} {month} {}", d.year),
        (None, Some(month)) => format!("{month} {}", d.year),
        _ => d.year.to_string(),
    }
}

/// A date from the data as text: formatted when it parses, `date unknown` when absent.
pub fn date_text(text: Option<&str>) -> String {
    match text.and_then(PartialDate::parse) {
        Some(d) => date(&d),
        None => "date unknown".to_string(),
    }
}

/// A byte count: `1,234 B`, `12.3 KB`.
pub fn bytes(n: u64) -> String {
    if n < 1000 {
        format!("{n} B")
    } else {
        format!("{:.1} KB", n as f64 / 1000.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_and_never_rounded() {
        assert_eq!(number(1173.0), "1,173");
        assert_eq!(number(67000.0), "67,000");
        assert_eq!(number(31.3), "31.3");
        assert_eq!(number(0.82), "0.82");
        assert_eq!(
            number(31.3 + 22.0 + 3.28 + 1.03 + 0.82 + 1.8 + 3.5 + 4.0),
            "67.73"
        );
        assert_eq!(number(100.0), "100");
        assert_eq!(number(2_500_000_000.0), "2,500,000,000");
    }

    #[test]
    fn amounts_use_words_only_when_exact() {
        assert_eq!(amount(2_500_000_000.0), "2.5 billion");
        assert_eq!(amount(192_900_000.0), "192.9 million");
        assert_eq!(amount(5_870_000.0), "5.87 million");
        assert_eq!(amount(143_200_000.0), "143.2 million");
        assert_eq!(amount(1_234_567.0), "1,234,567");
        assert_eq!(amount(642_000.0), "642,000");
        assert_eq!(figure(2_500_000_000.0, "KZT", true), "KZT 2.5 billion");
        assert_eq!(figure(31.3, "MW", false), "31.3 MW");
        assert_eq!(figure(1.0, "farms", false), "1 farm");
        assert_eq!(figure(1.0, "people", false), "1 person");
        assert_eq!(figure(1.0, "MW", false), "1 MW");
    }

    #[test]
    fn rough_amounts_keep_three_significant_digits() {
        assert_eq!(rough_amount(204_810_009.18, false), "205 million");
        assert_eq!(
            rough_amount(204_810_009.18, true),
            "204 million",
            "a lower bound is never rounded up"
        );
        assert_eq!(rough_amount(97_938_144_329.9, false), "97.9 billion");
        assert_eq!(rough_amount(1_940_000.4, false), "1.94 million");
        assert_eq!(rough_amount(3_500_000_000.0, true), "3.5 billion");
        assert_eq!(rough_amount(0.0, false), "0");
    }

    #[test]
    fn dates_say_only_what_is_known() {
        assert_eq!(date_text(Some("2022-03-15")), "15 March 2022");
        assert_eq!(date_text(Some("2024-02")), "February 2024");
        assert_eq!(date_text(Some("2024")), "2024");
        assert_eq!(date_text(None), "date unknown");
        assert_eq!(date_text(Some("garbage")), "date unknown");
    }
}
