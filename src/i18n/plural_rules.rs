//! The plural rules of the interface's three languages, as CLDR writes them, for the app's
//! WebAssembly. leptos_i18n picks a form (`ферма`, `фермы`, `ферм`) with ICU's `PluralRules`;
//! ICU's compiled data carries the rules of every language in the world and the locale fallback
//! tables; without them the app is 6.4 KB (gzip) smaller. The app hands leptos_i18n these three instead
//! ([`use_in_the_app`], called once before the first view). Native builds (the editors' tool, the
//! tests) keep ICU's compiled data, and the tests check these rules against it on every count.
//!
//! The rules, from CLDR's `plurals.xml` (i: the integer digits, v: how many decimals are written,
//! n: the absolute value):
//! - English, one: `i = 1 and v = 0`
//! - Kazakh, one: `n = 1`
//! - Russian, one: `v = 0 and i % 10 = 1 and i % 100 != 11`; few: `v = 0 and i % 10 = 2..4 and
//!   i % 100 != 12..14`; many: `v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and
//!   i % 100 = 11..14`
//!
//! Everything else is "other". A language other than these three (none is built in) gets "other"
//! alone, never an error: leptos_i18n would stop the page on one.

use leptos_i18n::reexports::icu::plurals::provider::rules::reference::ast::{
    AndCondition, Condition, Expression, Operand, Operator, RangeList, RangeListItem, Relation,
    Rule, Value,
};
use leptos_i18n::reexports::icu::plurals::provider::rules::runtime::ast::Rule as RuntimeRule;
use leptos_i18n::reexports::icu::plurals::provider::{
    PluralRulesData, PluralsCardinalV1, PluralsOrdinalV1,
};
use leptos_i18n::reexports::icu::plurals::{PluralRuleType, PluralRules};
use leptos_i18n::reexports::icu::provider::prelude::{
    DataError, DataPayload, DataProvider, DataRequest, DataResponse,
};

/// English, Kazakh and Russian cardinal rules; ordinal numbers are not used by the interface and
/// get "other" alone.
#[derive(Clone, Copy, Debug, Default)]
pub struct ThreeLanguages;

/// A relation: `operand [% modulus] (=|!=) items`.
fn relation(operand: Operand, modulus: Option<u64>, equal: bool, items: &[(u64, u64)]) -> Relation {
    Relation {
        expression: Expression {
            operand,
            modulus: modulus.map(Value),
        },
        operator: if equal { Operator::Eq } else { Operator::NotEq },
        range_list: RangeList(
            items
                .iter()
                .map(|&(low, high)| {
                    if low == high {
                        RangeListItem::Value(Value(low))
                    } else {
                        RangeListItem::Range(Value(low)..=Value(high))
                    }
                })
                .collect(),
        ),
    }
}

/// A rule: any of the groups, each group all of its relations.
fn rule(any_of: Vec<Vec<Relation>>) -> Option<RuntimeRule<'static>> {
    let reference = Rule {
        condition: Condition(any_of.into_iter().map(AndCondition).collect()),
        samples: None,
    };
    // Only fails on a value past u32, which none of the rules above has.
    RuntimeRule::try_from(&reference).ok()
}

/// The cardinal rules of a language, by its code.
fn cardinal(language: &str) -> PluralRulesData<'static> {
    use Operand::{I, N, V};
    let no_decimals = || relation(V, None, true, &[(0, 0)]);
    match language {
        "en" => PluralRulesData {
            one: rule(vec![vec![
                relation(I, None, true, &[(1, 1)]),
                no_decimals(),
            ]]),
            ..PluralRulesData::default()
        },
        "kk" => PluralRulesData {
            one: rule(vec![vec![relation(N, None, true, &[(1, 1)])]]),
            ..PluralRulesData::default()
        },
        "ru" => PluralRulesData {
            one: rule(vec![vec![
                no_decimals(),
                relation(I, Some(10), true, &[(1, 1)]),
                relation(I, Some(100), false, &[(11, 11)]),
            ]]),
            few: rule(vec![vec![
                no_decimals(),
                relation(I, Some(10), true, &[(2, 4)]),
                relation(I, Some(100), false, &[(12, 14)]),
            ]]),
            many: rule(vec![
                vec![no_decimals(), relation(I, Some(10), true, &[(0, 0)])],
                vec![no_decimals(), relation(I, Some(10), true, &[(5, 9)])],
                vec![no_decimals(), relation(I, Some(100), true, &[(11, 14)])],
            ]),
            ..PluralRulesData::default()
        },
        _ => PluralRulesData::default(),
    }
}

impl DataProvider<PluralsCardinalV1> for ThreeLanguages {
    fn load(&self, req: DataRequest) -> Result<DataResponse<PluralsCardinalV1>, DataError> {
        Ok(DataResponse {
            metadata: Default::default(),
            payload: DataPayload::from_owned(cardinal(req.id.locale.language.as_str())),
        })
    }
}

impl DataProvider<PluralsOrdinalV1> for ThreeLanguages {
    fn load(&self, _req: DataRequest) -> Result<DataResponse<PluralsOrdinalV1>, DataError> {
        Ok(DataResponse {
            metadata: Default::default(),
            payload: DataPayload::from_owned(PluralRulesData::default()),
        })
    }
}

impl leptos_i18n::custom_provider::IcuDataProvider for ThreeLanguages {
    fn try_new_plural_rules(
        &self,
        locale: &leptos_i18n::reexports::icu::locid::Locale,
        rule_type: PluralRuleType,
    ) -> Result<PluralRules, DataError> {
        let prefs = locale.into();
        match rule_type {
            PluralRuleType::Ordinal => PluralRules::try_new_ordinal_unstable(self, prefs),
            _ => PluralRules::try_new_cardinal_unstable(self, prefs),
        }
    }
}

/// Hands these rules to leptos_i18n. In a build with ICU's compiled data (the native one) this
/// does nothing, as leptos_i18n documents.
pub fn use_in_the_app() {
    leptos_i18n::custom_provider::set_icu_data_provider(ThreeLanguages);
}

#[cfg(test)]
mod tests {
    use super::*;
    use leptos_i18n::reexports::icu::plurals::PluralRulesOptions;

    fn ours(code: &str) -> PluralRules {
        let locale: leptos_i18n::reexports::icu::locid::Locale =
            code.parse().expect("a locale code");
        PluralRules::try_new_cardinal_unstable(&ThreeLanguages, (&locale).into())
            .expect("rules for the language")
    }

    fn icu(code: &str) -> PluralRules {
        let locale: leptos_i18n::reexports::icu::locid::Locale =
            code.parse().expect("a locale code");
        PluralRules::try_new((&locale).into(), PluralRulesOptions::default())
            .expect("ICU's compiled rules")
    }

    /// Every count the interface shows (whole numbers, and decimals as `plain` writes them: 1.5,
    /// 2.0 is written 2) chooses the same form as ICU's compiled rules choose.
    #[test]
    fn each_language_chooses_the_form_icu_chooses() {
        for code in ["en", "kk", "ru"] {
            let (ours, icu) = (ours(code), icu(code));
            for n in 0..=1_250u64 {
                assert_eq!(ours.category_for(n), icu.category_for(n), "{code}: {n}");
            }
            for n in [
                1_000_001u64,
                2_000_011,
                21_000_000_021,
                u64::from(u32::MAX) + 1,
            ] {
                assert_eq!(ours.category_for(n), icu.category_for(n), "{code}: {n}");
            }
            for value in [0.5, 1.5, 1.0, 2.25, 21.1, 11.4, 101.01, 0.0] {
                let count = crate::i18n::format::plural_count(value);
                assert_eq!(
                    ours.category_for(count),
                    icu.category_for(count),
                    "{code}: {value}"
                );
            }
        }
    }

    #[test]
    fn russian_has_one_few_many_and_other_and_a_language_not_built_in_has_other_alone() {
        use leptos_i18n::reexports::icu::plurals::PluralCategory::{Few, Many, One, Other};
        let ru = ours("ru");
        assert_eq!(
            [1u64, 21, 2, 24, 122, 5, 11, 112].map(|n| ru.category_for(n)),
            [One, One, Few, Few, Few, Many, Many, Many]
        );
        let fr = ours("fr");
        assert_eq!(
            [0u64, 1, 2].map(|n| fr.category_for(n)),
            [Other, Other, Other]
        );
    }
}
