//! Plain sentences generated from the data, next to the numbers, in the reader's language with
//! its plural forms ("3 случая", "5 случаев", "21 случай").

use super::format::{figure, number, qualified};
use super::labels::metric_label;
use super::{td_string, Locale};
use crate::model::aggregate::MetricSummary;
use crate::model::dates::PartialDate;

/// The text with its first letter as a capital, for a sentence or heading that begins with a
/// name written in lower case ("область Абай" → "Область Абай").
/// Only Latin and Russian letters are raised (names in the data begin with nothing else in
/// lower case); the full Unicode case tables would add 7 KB to the download.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let upper = match first {
        'a'..='z' => first.to_ascii_uppercase(),
        'а'..='я' => char::from_u32(first as u32 - 0x20).unwrap_or(first),
        'ё' => 'Ё',
        other => other,
    };
    std::iter::once(upper).chain(chars).collect()
}

/// "Since March 2024", "С марта 2024 года", "2024 жылғы наурыздан бері".
pub fn since(l: Locale, d: &PartialDate) -> String {
    let year = d.year.to_string();
    let month = d.month.and_then(|m| month_name_since(l, m));
    match (d.day, month) {
        (Some(day), Some(month)) => {
            td_string!(l, summary.since_day, day = day, month = month, year = year).to_string()
        }
        (None, Some(month)) => {
            td_string!(l, summary.since_month, month = month, year = year).to_string()
        }
        _ => td_string!(l, summary.since_year, year = year).to_string(),
    }
}

fn month_name_since(l: Locale, month: u32) -> Option<String> {
    td_string!(l, summary.months_since)
        .split('|')
        .nth(month.checked_sub(1)? as usize)
        .map(str::to_string)
}

/// "Since 2022 the sources report 3 enforcement actions in Karaganda Region: 1 farm (mining
/// farms shut down), …", and the same in Russian and Kazakh.
pub fn region_summary(
    l: Locale,
    place: &str,
    events: usize,
    earliest: Option<PartialDate>,
    from: Option<PartialDate>,
    summaries: &[MetricSummary],
) -> String {
    let when = match (from, earliest) {
        (Some(f), _) => since(l, &f),
        (None, Some(e)) => since(
            l,
            &PartialDate {
                year: e.year,
                month: None,
                day: None,
            },
        ),
        (None, None) => td_string!(l, summary.so_far).to_string(),
    };
    if events == 0 {
        return capitalised(&td_string!(l, summary.none, when = when, place = place).to_string());
    }
    let figures: Vec<String> = summaries
        .iter()
        .flat_map(|s| s.totals.iter().map(move |t| (s.metric, t)))
        .take(4)
        .map(|(metric, t)| {
            let value = qualified(l, t.qualifier, &figure(l, t.value, &t.unit, t.is_money));
            let label = metric_label(l, metric).to_lowercase();
            td_string!(l, summary.figure, value = value, label = label).to_string()
        })
        .collect();
    let n = number(l, events as f64);
    let sentence = if figures.is_empty() {
        td_string!(
            l,
            summary.report_no_figures,
            count = events,
            n = n,
            when = when,
            place = place
        )
        .to_string()
    } else {
        let figures = figures.join(td_string!(l, summary.list_separator));
        td_string!(
            l,
            summary.report,
            count = events,
            n = n,
            when = when,
            place = place,
            figures = figures
        )
        .to_string()
    };
    capitalised(&sentence)
}

/// The headline of a view: "12 enforcement actions in Kazakhstan match this filter." when the
/// reader chose a filter (`filtered`), else "The sources report 12 enforcement actions in
/// Kazakhstan."; "No enforcement action … matches this filter." when there is none.
pub fn headline(l: Locale, events: usize, place: &str, filtered: bool) -> String {
    let n = number(l, events as f64);
    let text = match (events, filtered) {
        (0, _) => td_string!(l, empty.none, place = place).to_string(),
        (_, true) => {
            td_string!(l, summary.headline, count = events, n = n, place = place).to_string()
        }
        (_, false) => {
            td_string!(l, summary.recorded, count = events, n = n, place = place).to_string()
        }
    };
    capitalised(&text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::aggregate::Total;
    use crate::model::metric::{Metric, Qualifier};

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
            overlapping: vec![],
            low_confidence: vec![],
            outside: vec![],
        }
    }

    fn karaganda(l: Locale, place: &str) -> String {
        region_summary(
            l,
            place,
            3,
            PartialDate::parse("2022-02-15"),
            None,
            &[
                summary(Metric::FarmsShut, 1.0, "farms", Qualifier::Exact),
                summary(Metric::PowerMw, 75.3, "MW", Qualifier::Exact),
            ],
        )
    }

    #[test]
    fn the_sentence_names_the_count_the_place_and_the_figures_in_each_language() {
        assert_eq!(karaganda(Locale::en, "Karaganda Region"), "Since 2022 the sources report 3 enforcement actions in Karaganda Region: 1 farm (mining farms shut down), 75.3 MW (power involved).");
        assert_eq!(karaganda(Locale::ru, "Карагандинская область"), "Карагандинская область: с 2022 года источники называют 3 случая пресечения незаконного майнинга: 1 ферма (закрытые майнинг-фермы), 75,3 МВт (задействованная мощность).");
        assert_eq!(karaganda(Locale::kk, "Қарағанды облысы"), "Қарағанды облысы: 2022 жылдан бері дереккөздер заңсыз майнингке қарсы 3 шара туралы хабарлайды: 1 ферма (жабылған майнинг-фермалар), 75,3 МВт (пайдаланылған қуат).");
    }

    #[test]
    fn one_action_none_and_a_chosen_start_read_naturally() {
        let one = |l| region_summary(l, "Abai", 1, None, PartialDate::parse("2024-03"), &[]);
        assert_eq!(one(Locale::en), "Since March 2024 the sources report 1 enforcement action in Abai, with no figure for it alone.");
        assert_eq!(one(Locale::ru), "Abai: с марта 2024 года источники называют 1 случай пресечения незаконного майнинга, но без отдельных цифр по нему.");
        assert_eq!(one(Locale::kk), "Abai: 2024 жылғы наурыздан бері дереккөздер заңсыз майнингке қарсы 1 шара туралы хабарлайды, бірақ оған бөлек сандар жоқ.");
        let none = |l| region_summary(l, "Abai", 0, None, None, &[]);
        assert_eq!(
            none(Locale::en),
            "So far the sources report no enforcement action in Abai."
        );
        assert_eq!(none(Locale::ru), "Abai: на сегодня источники не называют ни одного случая пресечения незаконного майнинга.");
        let lower = region_summary(Locale::ru, "область Абай", 0, None, None, &[]);
        assert!(lower.starts_with("Область Абай: "), "{lower}");
        assert_eq!(capitalised("ёлка"), "Ёлка");
        assert_eq!(capitalised("abai"), "Abai");
        assert_eq!(capitalised("Қарағанды"), "Қарағанды");
        assert_eq!(capitalised(""), "");
        let about = region_summary(
            Locale::en,
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

    #[test]
    fn headlines_take_the_plural_form_of_their_count() {
        assert_eq!(
            headline(Locale::en, 1, "Kazakhstan", true),
            "1 enforcement action in Kazakhstan matches this filter."
        );
        assert_eq!(
            headline(Locale::en, 12, "Kazakhstan", true),
            "12 enforcement actions in Kazakhstan match this filter."
        );
        assert_eq!(
            headline(Locale::ru, 1, "Казахстан", true),
            "Казахстан: этому фильтру соответствует 1 случай пресечения незаконного майнинга."
        );
        assert_eq!(
            headline(Locale::ru, 3, "Казахстан", true),
            "Казахстан: этому фильтру соответствуют 3 случая пресечения незаконного майнинга."
        );
        assert_eq!(
            headline(Locale::ru, 12, "Казахстан", true),
            "Казахстан: этому фильтру соответствуют 12 случаев пресечения незаконного майнинга."
        );
        assert_eq!(
            headline(Locale::ru, 21, "Казахстан", true),
            "Казахстан: этому фильтру соответствует 21 случай пресечения незаконного майнинга."
        );
        assert_eq!(
            headline(Locale::kk, 12, "Қазақстан", true),
            "Қазақстан: осы сүзгіге заңсыз майнингке қарсы 12 шара сәйкес келеді."
        );
        assert_eq!(
            headline(Locale::en, 12, "Kazakhstan", false),
            "The sources report 12 enforcement actions in Kazakhstan."
        );
        assert!(!headline(Locale::ru, 3, "Казахстан", false).contains("фильтр"));
        assert!(!headline(Locale::kk, 3, "Қазақстан", false).contains("сүзгі"));
        assert_eq!(
            headline(Locale::en, 0, "Kazakhstan", true),
            "No enforcement action in Kazakhstan matches this filter."
        );
        assert_eq!(
            since(Locale::kk, &PartialDate::parse("2022-03-15").unwrap()),
            "2022 жылғы 15 наурыздан бері"
        );
        assert_eq!(
            since(Locale::ru, &PartialDate::parse("2022-03-15").unwrap()),
            "с 15 марта 2022 года"
        );
    }
}
