//! Numbers, dates and amounts as a reader of each language expects them: `1,173` in English,
//! `1 173` in Russian and Kazakh; `KZT 9 bn` and `9 млрд ₸`; `15 March 2022`, `15 марта 2022`,
//! `2022 ж. 15 наурыз`. No figure is rounded: an amount is written with `bn`/`млрд` only when that
//! is exact (the `rough_` functions, for values that are approximate already, say so by name).

use super::{td_string, Locale};
use crate::model::dates::PartialDate;
use crate::model::metric::Qualifier;
use leptos_i18n::reexports::icu::plurals::PluralOperands;

/// A number with the language's digit grouping and decimal sign. Floating-point noise from sums
/// (67.72999…) is removed by keeping at most four decimals, more than any source gives.
pub fn number(l: Locale, value: f64) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    if value.abs() >= 1e18 {
        // Beyond what validation lets a figure be; said short rather than in 19 or more digits.
        let exponent = value.abs().log10().floor() as i32;
        let mantissa = value / 10f64.powi(exponent);
        return format!(
            "{}×10^{exponent}",
            number(l, (mantissa * 100.0).round() / 100.0)
        );
    }
    let text = plain(value);
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let group = td_string!(l, fmt.group);
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push_str(group);
        }
        grouped.push(ch);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{}{frac}", td_string!(l, fmt.decimal))
    }
}

/// `value` as plain digits with a dot and no trailing zeros: `1173`, `31.3`.
fn plain(value: f64) -> String {
    // whole numbers (most figures) without the slow exact float formatting
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return format!("{}", value as i64);
    }
    let text = format!("{:.4}", value);
    match text.split_once('.') {
        Some((int, frac)) => {
            let frac = frac.trim_end_matches('0');
            if frac.is_empty() {
                int.to_string()
            } else {
                format!("{int}.{frac}")
            }
        }
        None => text,
    }
}

/// What the plural rules need to know of a value (`1`, `21`, `1.5` each choose a different form
/// in Russian).
pub fn plural_count(value: f64) -> PluralOperands {
    fixed_decimal::Decimal::try_from_str(&plain(value))
        .map(|d| PluralOperands::from(&d))
        .unwrap_or_else(|_| PluralOperands::from(value as i64))
}

/// A money amount without its currency, in words when that loses nothing: 2.5e9 → `2.5 bn`
/// (`2,5 млрд`), 192.9e6 → `192.9 mn`; else every digit.
pub fn amount(l: Locale, value: f64) -> String {
    for (scale, billions) in [(1e9, true), (1e6, false)] {
        if value.abs() >= scale {
            let scaled = value / scale;
            let back = (scaled * 1000.0).round() / 1000.0;
            if (back * scale - value).abs() < 0.5 {
                let word = if billions {
                    td_string!(l, fmt.billion)
                } else {
                    td_string!(l, fmt.million)
                };
                return format!("{}\u{a0}{word}", number(l, back));
            }
        }
    }
    number(l, value)
}

/// An approximate amount to three significant digits: 204,810,009.18 → `205 mn`. Only for values
/// that are approximate already (converted, or stated as "about"). A lower bound (`down`) is
/// rounded down, never up.
pub fn rough_amount(l: Locale, value: f64, down: bool) -> String {
    if value == 0.0 || !value.is_finite() {
        return number(l, value);
    }
    let digits = value.abs().log10().floor() as i32;
    let factor = 10f64.powi(digits - 2);
    let scaled = value / factor;
    amount(
        l,
        if down { scaled.floor() } else { scaled.round() } * factor,
    )
}

/// The sign or code a language writes for a currency: `KZT` or `₸`.
pub fn currency_sign(l: Locale, code: &str) -> String {
    match code {
        "KZT" => td_string!(l, fmt.kzt).to_string(),
        "USD" => td_string!(l, fmt.usd).to_string(),
        other => other.to_string(),
    }
}

/// An amount with its currency, in the language's order: `KZT 2.5 bn`, `2,5 млрд ₸`.
pub fn money(l: Locale, amount_text: &str, currency: &str) -> String {
    let currency = currency_sign(l, currency);
    td_string!(l, fmt.money, amount = amount_text, currency = currency).to_string()
}

/// A figure with its unit or currency: `KZT 2.5 bn`, `31.3 MW`, `1,173 units`, `1 farm`,
/// `21 ферма`, `5 ферм`.
pub fn figure(l: Locale, value: f64, unit: &str, is_money: bool) -> String {
    if is_money {
        return money(l, &amount(l, value), unit);
    }
    unit_figure(l, value, &number(l, value), unit)
}

/// A number already written (`n`) with its unit, in the plural form `value` asks for.
pub fn unit_figure(l: Locale, value: f64, n: &str, unit: &str) -> String {
    let count = plural_count(value);
    let text = match unit {
        "" => return n.to_string(),
        "farms" => td_string!(l, unit.farms, count = count, n = n),
        "units" => td_string!(l, unit.units, count = count, n = n),
        "cases" => td_string!(l, unit.cases, count = count, n = n),
        "people" => td_string!(l, unit.people, count = count, n = n),
        "vehicles" => td_string!(l, unit.vehicles, count = count, n = n),
        "miners" => td_string!(l, unit.miners, count = count, n = n),
        "events" => td_string!(l, unit.events, count = count, n = n),
        "MW" => td_string!(l, unit.mw, n = n),
        "MWh" => td_string!(l, unit.mwh, n = n),
        "MWh per day" => td_string!(l, unit.mwh_per_day, n = n),
        "MW per hour" => td_string!(l, unit.mw_per_hour, n = n),
        other => return format!("{n} {other}"),
    };
    text.to_string()
}

/// The name of a unit on its own, for an axis: `farms`, `фермы`, `МВт`.
pub fn unit_name(l: Locale, unit: &str) -> String {
    match unit {
        "farms" => td_string!(l, unit.farms_name).to_string(),
        "units" => td_string!(l, unit.units_name).to_string(),
        "cases" => td_string!(l, unit.cases_name).to_string(),
        "people" => td_string!(l, unit.people_name).to_string(),
        "vehicles" => td_string!(l, unit.vehicles_name).to_string(),
        "miners" => td_string!(l, unit.miners_name).to_string(),
        "MW" => td_string!(l, unit.mw, n = "")
            .to_string()
            .trim()
            .to_string(),
        "MWh" => td_string!(l, unit.mwh, n = "")
            .to_string()
            .trim()
            .to_string(),
        "MWh per day" => td_string!(l, unit.mwh_per_day, n = "")
            .to_string()
            .trim()
            .to_string(),
        "KZT" | "USD" => currency_sign(l, unit),
        other => other.to_string(),
    }
}

/// A figure with "about", "at least" or nothing before it.
pub fn qualified(l: Locale, q: Qualifier, text: &str) -> String {
    match q {
        Qualifier::Exact => text.to_string(),
        Qualifier::Approx => td_string!(l, fmt.about, x = text).to_string(),
        Qualifier::AtLeast => td_string!(l, fmt.at_least, x = text).to_string(),
        Qualifier::AtMost => td_string!(l, fmt.at_most, x = text).to_string(),
        Qualifier::AtLeastAbout => td_string!(l, fmt.at_least_about, x = text).to_string(),
    }
}

/// A month's name: `in_date` for a day's date (`марта`), else on its own (`март`).
pub fn month_name(l: Locale, month: u32, in_date: bool) -> Option<String> {
    let names = if in_date {
        td_string!(l, fmt.months)
    } else {
        td_string!(l, fmt.months_alone)
    };
    names
        .split('|')
        .nth(month.checked_sub(1)? as usize)
        .map(str::to_string)
}

/// `15 March 2022`, `15 марта 2022`, `2022 ж. 15 наурыз`; `March 2022`; `2022`.
pub fn date(l: Locale, d: &PartialDate) -> String {
    let year = d.year.to_string();
    match (d.day, d.month) {
        (Some(day), Some(m)) => match month_name(l, m, true) {
            Some(month) => {
                td_string!(l, fmt.day_month_year, day = day, month = month, year = year).to_string()
            }
            None => year,
        },
        (None, Some(m)) => match month_name(l, m, false) {
            Some(month) => td_string!(l, fmt.month_year, month = month, year = year).to_string(),
            None => year,
        },
        _ => year,
    }
}

/// A date from the data as text: formatted when it parses, "date unknown" when absent.
pub fn date_text(l: Locale, day: Option<PartialDate>) -> String {
    match day {
        Some(d) => date(l, &d),
        None => td_string!(l, fmt.date_unknown).to_string(),
    }
}

/// A byte count: `1,234 B`, `12.3 KB`.
pub fn bytes(l: Locale, n: u64) -> String {
    if n < 1000 {
        td_string!(l, fmt.bytes, n = number(l, n as f64)).to_string()
    } else {
        let kb = (n as f64 / 100.0).round() / 10.0;
        td_string!(l, fmt.kilobytes, n = number(l, kb)).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Locale::{en, kk, ru};

    const NB: &str = "\u{a0}";

    #[test]
    fn numbers_are_grouped_per_language_and_never_rounded() {
        assert_eq!(number(en, 1173.0), "1,173");
        assert_eq!(number(ru, 1173.0), format!("1{NB}173"));
        assert_eq!(number(kk, 1173.0), format!("1{NB}173"));
        assert_eq!(number(en, 31.3), "31.3");
        assert_eq!(number(ru, 31.3), "31,3");
        assert_eq!(number(kk, 0.82), "0,82");
        assert_eq!(
            number(en, 31.3 + 22.0 + 3.28 + 1.03 + 0.82 + 1.8 + 3.5 + 4.0),
            "67.73"
        );
        assert_eq!(number(en, 100.0), "100");
        assert_eq!(number(en, 2_500_000_000.0), "2,500,000,000");
        assert_eq!(
            number(ru, 2_500_000_000.0),
            format!("2{NB}500{NB}000{NB}000")
        );
        assert_eq!(number(en, -1234.5), "-1,234.5");
    }

    #[test]
    fn money_reads_as_each_language_writes_it() {
        assert_eq!(figure(en, 9e9, "KZT", true), format!("KZT 9{NB}bn"));
        assert_eq!(figure(ru, 9e9, "KZT", true), format!("9{NB}млрд ₸"));
        assert_eq!(figure(kk, 9e9, "KZT", true), format!("9{NB}млрд ₸"));
        assert_eq!(
            figure(en, 2_500_000_000.0, "KZT", true),
            format!("KZT 2.5{NB}bn")
        );
        assert_eq!(
            figure(ru, 192_900_000.0, "KZT", true),
            format!("192,9{NB}млн ₸")
        );
        assert_eq!(
            figure(kk, 5_870_000.0, "USD", true),
            format!("5,87{NB}млн $")
        );
        assert_eq!(
            figure(en, 5_870_000.0, "USD", true),
            format!("USD 5.87{NB}mn")
        );
        assert_eq!(
            amount(en, 1_234_567.0),
            "1,234,567",
            "not exact in millions"
        );
        assert_eq!(amount(ru, 642_000.0), format!("642{NB}000"));
        assert_eq!(
            figure(en, 10.0, "EUR", true),
            "EUR 10",
            "an unknown currency keeps its code"
        );
    }

    #[test]
    fn units_take_each_language_s_plural_forms() {
        let farms = |l, v| figure(l, v, "farms", false);
        assert_eq!(farms(en, 1.0), "1 farm");
        assert_eq!(farms(en, 2.0), "2 farms");
        assert_eq!(farms(ru, 1.0), "1 ферма");
        assert_eq!(farms(ru, 3.0), "3 фермы");
        assert_eq!(farms(ru, 5.0), "5 ферм");
        assert_eq!(farms(ru, 11.0), "11 ферм");
        assert_eq!(farms(ru, 21.0), "21 ферма");
        assert_eq!(farms(ru, 154.0), "154 фермы");
        assert_eq!(farms(kk, 1.0), "1 ферма");
        assert_eq!(farms(kk, 154.0), "154 ферма");
        assert_eq!(
            figure(ru, 1173.0, "units", false),
            format!("1{NB}173 единицы оборудования")
        );
        assert_eq!(figure(ru, 1.0, "people", false), "1 человек");
        assert_eq!(figure(ru, 2.0, "people", false), "2 человека");
        assert_eq!(figure(ru, 7.0, "people", false), "7 человек");
        assert_eq!(figure(en, 1.0, "people", false), "1 person");
        assert_eq!(figure(ru, 2.0, "cases", false), "2 уголовных дела");
        assert_eq!(figure(kk, 2.0, "cases", false), "2 қылмыстық іс");
        assert_eq!(figure(en, 31.3, "MW", false), "31.3 MW");
        assert_eq!(figure(ru, 31.3, "MW", false), "31,3 МВт");
        assert_eq!(figure(kk, 1.5, "MWh", false), "1,5 МВт·сағ");
        assert_eq!(
            figure(en, 3.0, "barrels", false),
            "3 barrels",
            "an unknown unit is kept"
        );
    }

    #[test]
    fn rough_amounts_keep_three_significant_digits() {
        assert_eq!(
            rough_amount(en, 204_810_009.18, false),
            format!("205{NB}mn")
        );
        assert_eq!(
            rough_amount(en, 204_810_009.18, true),
            format!("204{NB}mn"),
            "a lower bound is never rounded up"
        );
        assert_eq!(
            rough_amount(ru, 97_938_144_329.9, false),
            format!("97,9{NB}млрд")
        );
        assert_eq!(rough_amount(en, 1_940_000.4, false), format!("1.94{NB}mn"));
        assert_eq!(
            rough_amount(en, 3_500_000_000.0, true),
            format!("3.5{NB}bn")
        );
        assert_eq!(rough_amount(en, 0.0, false), "0");
    }

    #[test]
    fn qualifiers_read_naturally() {
        assert_eq!(
            qualified(en, Qualifier::Approx, "3,000 units"),
            "about 3,000 units"
        );
        assert_eq!(
            qualified(ru, Qualifier::AtLeast, "5 ферм"),
            "не менее 5 ферм"
        );
        assert_eq!(
            qualified(kk, Qualifier::Approx, "5 ферма"),
            "шамамен 5 ферма"
        );
        assert_eq!(qualified(en, Qualifier::Exact, "5 farms"), "5 farms");
    }

    #[test]
    fn dates_say_only_what_is_known_in_each_language() {
        assert_eq!(
            date_text(en, PartialDate::parse("2022-03-15")),
            "15 March 2022"
        );
        assert_eq!(
            date_text(ru, PartialDate::parse("2022-03-15")),
            "15 марта 2022"
        );
        assert_eq!(
            date_text(kk, PartialDate::parse("2022-03-15")),
            "2022 ж. 15 наурыз"
        );
        assert_eq!(
            date_text(en, PartialDate::parse("2024-02")),
            "February 2024"
        );
        assert_eq!(date_text(ru, PartialDate::parse("2024-02")), "февраль 2024");
        assert_eq!(
            date_text(kk, PartialDate::parse("2024-02")),
            "2024 ж. ақпан"
        );
        assert_eq!(date_text(ru, PartialDate::parse("2024")), "2024");
        assert_eq!(date_text(en, None), "date unknown");
        assert_eq!(date_text(ru, None), "дата неизвестна");
        assert_eq!(
            date_text(kk, PartialDate::parse("garbage")),
            "күні белгісіз"
        );
        assert_eq!(bytes(ru, 12_345), "12,3 КБ");
        assert_eq!(bytes(en, 999), "999 B");
    }
}
