//! What each of the filter controls does to the view's state, given what the control holds:
//! the app's filter bar and search box apply these, and so does the app when it takes over a
//! pre-rendered page whose controls the reader used before the app was there (a slow phone
//! shows the page seconds before the app can count), so a choice made then is never lost.

use crate::model::dates::PartialDate;
use crate::model::sort::SortKey;
use crate::model::validate::is_region_code;
use crate::url_state::{UrlState, MAX_QUERY};

/// One use of one control, with the value the control holds after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ControlUse {
    /// The year list: a year (`2022`), or nothing for any year.
    Year(String),
    /// The "from" date (`2022-03-15`, or nothing).
    From(String),
    /// The "to" date.
    To(String),
    /// A region's box, ticked or not.
    Region { code: String, ticked: bool },
    /// The events list's search box, as typed.
    Search(String),
    /// The events list's order (`oldest`, `region`, …).
    Sort(String),
    /// "Clear filter": every region, every date (the order and the search stay).
    Clear,
}

impl ControlUse {
    /// The state after this use. A value that is not one the control can hold (a year with a
    /// month, a region code that is not one) changes nothing it would not have changed.
    pub fn apply(&self, state: &mut UrlState) {
        let filter = &mut state.filter;
        match self {
            ControlUse::Year(text) => {
                let year = PartialDate::parse(text).filter(|d| d.month.is_none());
                filter.from = year;
                filter.to = year;
            }
            ControlUse::From(text) => filter.from = PartialDate::parse(text),
            ControlUse::To(text) => filter.to = PartialDate::parse(text),
            ControlUse::Region { code, ticked } => {
                let code = code.trim().to_ascii_uppercase();
                if !is_region_code(&code) {
                    return;
                }
                filter.regions.retain(|c| c.as_str() != code);
                if *ticked {
                    filter.regions.push(code.into());
                }
            }
            ControlUse::Search(typed) => {
                state.q = Some(typed.chars().take(MAX_QUERY).collect::<String>())
                    .filter(|q| !q.trim().is_empty());
                state.page = None;
            }
            ControlUse::Clear => state.filter = Default::default(),
            ControlUse::Sort(key) => {
                // newest first is the list's own order: the address leaves it out
                state.sort = key
                    .parse::<SortKey>()
                    .ok()
                    .filter(|k| *k != SortKey::Newest);
                state.page = None;
            }
        }
    }
}

/// The state after `uses`, in the order they were made (a later use of a control wins).
pub fn apply_all(state: &UrlState, uses: &[ControlUse]) -> UrlState {
    let mut next = state.clone();
    for one in uses {
        one.apply(&mut next);
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url_state::{decode_query, parse, to_query};

    fn state(query: &str) -> UrlState {
        parse(decode_query(query)).0
    }

    #[test]
    fn a_year_then_a_region_and_a_search_make_one_address() {
        let uses = [
            ControlUse::Year("2022".into()),
            ControlUse::Region {
                code: "kz-35".into(),
                ticked: true,
            },
            ControlUse::Region {
                code: "KZ-10".into(),
                ticked: true,
            },
            ControlUse::Region {
                code: "KZ-10".into(),
                ticked: false,
            },
            ControlUse::Search("  ферма ".into()),
            ControlUse::Sort("oldest".into()),
        ];
        let next = apply_all(&state("lang=ru&page=3"), &uses);
        assert_eq!(
            next.q.as_deref(),
            Some("  ферма "),
            "kept as typed, as the box does"
        );
        assert_eq!(
            next.page, None,
            "a new search starts at the list's first page"
        );
        let query = to_query(&next);
        assert!(
            query.starts_with("region=KZ-35&from=2022&to=2022&sort=oldest&q="),
            "{query}"
        );
        let back = state(&query);
        assert_eq!(
            back.filter, next.filter,
            "the address reads back as the same filter"
        );
        assert_eq!(back.q.as_deref(), Some("ферма"), "and the same search");
    }

    #[test]
    fn the_last_use_of_a_control_wins_and_any_year_clears_the_dates() {
        let uses = [
            ControlUse::Year("2022".into()),
            ControlUse::Year(String::new()),
            ControlUse::From("2023-05-01".into()),
        ];
        assert_eq!(
            to_query(&apply_all(&UrlState::default(), &uses)),
            "from=2023-05-01"
        );
        let cleared = apply_all(
            &state("from=2021&to=2024"),
            &[ControlUse::Year(String::new())],
        );
        assert_eq!(cleared.filter.from, None);
        assert_eq!(cleared.filter.to, None);
        let uses = [
            ControlUse::Search("ферма".into()),
            ControlUse::Region {
                code: "KZ-35".into(),
                ticked: true,
            },
            ControlUse::Clear,
            ControlUse::Year("2024".into()),
        ];
        let after = apply_all(&state("from=2021&agency=afm&sort=oldest"), &uses);
        assert_eq!(
            to_query(&after),
            "from=2024&to=2024&sort=oldest&q=%D1%84%D0%B5%D1%80%D0%BC%D0%B0",
            "a clear drops the filter, not the search or the order"
        );
    }

    #[test]
    fn values_no_control_can_hold_change_nothing_else() {
        let before = state("region=KZ-35&from=2021");
        let odd = [
            ControlUse::Region {
                code: "<b>".into(),
                ticked: true,
            },
            ControlUse::Region {
                code: "KZ-1".into(),
                ticked: true,
            },
            ControlUse::Search("   ".into()),
            ControlUse::Sort("sideways".into()),
        ];
        let after = apply_all(&before, &odd);
        assert_eq!(after.filter, before.filter);
        assert_eq!(after.q, None);
        assert_eq!(after.sort, None);
        // a month in the year list is no year: the list then means any year
        let month = apply_all(&before, &[ControlUse::Year("2022-03".into())]);
        assert_eq!((month.filter.from, month.filter.to), (None, None));
        let long = apply_all(&before, &[ControlUse::Search("я".repeat(MAX_QUERY + 50))]);
        assert_eq!(
            long.filter, before.filter,
            "a search leaves the filter as it was"
        );
        assert_eq!(long.q.map(|q| q.chars().count()), Some(MAX_QUERY));
    }
}
