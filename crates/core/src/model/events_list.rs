//! The events list for a filter, a search and an order, computed in one step, and its pages.

use super::filter::{select, Filter};
use super::fold::Query;
use super::snapshot::{Event, Snapshot};
use super::sort::{sort_events, SortKey};
use super::EventPlace;

/// Rows on one page of the list.
pub const PAGE_SIZE: usize = 50;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventsList {
    /// How many events the filter selects, before the search.
    pub matching: usize,
    /// Places in `snapshot.events` of the events shown, in the chosen order.
    pub found: Vec<EventPlace>,
    /// Whether a search narrowed the list (false while its lines are not loaded).
    pub searched: bool,
}

/// `search`: the folded search line of every event, in the snapshot's order (absent while not
/// loaded: the list is then not narrowed by the query). `region_name` is the name an event is
/// sorted under in the reader's language.
pub fn events_list<K: Ord>(
    snapshot: &Snapshot,
    filter: &Filter,
    order: SortKey,
    query: &Query,
    search: Option<&[String]>,
    region_name: impl Fn(&Event) -> K,
) -> EventsList {
    searched(
        &ordered(snapshot, filter, order, region_name),
        query,
        search,
    )
}

/// The places of the events a filter selects, in the chosen order: the list before any search
/// (worked out once per filter and order, not per keystroke).
pub fn ordered<K: Ord>(
    snapshot: &Snapshot,
    filter: &Filter,
    order: SortKey,
    region_name: impl Fn(&Event) -> K,
) -> Vec<EventPlace> {
    let selected = snapshot.places_of(&select(snapshot, filter).events);
    in_order(snapshot, &selected, &filter.regions, order, region_name)
}

/// Some events (`places`) in the chosen order; `regions`: the view's regions, whose figures an
/// order by figure sorts on.
pub fn in_order<K: Ord>(
    snapshot: &Snapshot,
    places: &[EventPlace],
    regions: &[crate::model::RegionCode],
    order: SortKey,
    region_name: impl Fn(&Event) -> K,
) -> Vec<EventPlace> {
    let mut events = snapshot.events_at(places);
    sort_events(&mut events, order, regions, region_name);
    snapshot.places_of(&events)
}

/// An ordered list narrowed to the events whose search line has every word of the query, in
/// the same order.
pub fn searched(ordered: &[EventPlace], query: &Query, search: Option<&[String]>) -> EventsList {
    let (found, searched) = match search {
        Some(lines) if !query.is_empty() => (
            ordered
                .iter()
                .copied()
                .filter(|p| lines.get(p.index()).is_some_and(|line| query.matches(line)))
                .collect(),
            true,
        ),
        _ => (ordered.to_vec(), false),
    };
    EventsList {
        matching: ordered.len(),
        found,
        searched,
    }
}

/// One page of a list: which page (from 0), how many pages, and the rows' range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub index: usize,
    pub count: usize,
    pub first: usize,
    pub end: usize,
}

/// The page `asked` (from 1, as the address writes it) of a list of `total` rows; a page past
/// the end is the last.
pub fn page_of(total: usize, asked: Option<u32>) -> Page {
    let count = total.div_ceil(PAGE_SIZE).max(1);
    let index = (asked.unwrap_or(1).max(1) as usize - 1).min(count - 1);
    let first = index * PAGE_SIZE;
    Page {
        index,
        count,
        first: first.min(total),
        end: (first + PAGE_SIZE).min(total),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cover_the_list_and_a_page_past_the_end_is_the_last() {
        assert_eq!(
            page_of(0, None),
            Page {
                index: 0,
                count: 1,
                first: 0,
                end: 0
            }
        );
        assert_eq!(
            page_of(120, Some(2)),
            Page {
                index: 1,
                count: 3,
                first: 50,
                end: 100
            }
        );
        assert_eq!(page_of(120, Some(3)).end, 120);
        assert_eq!(page_of(120, Some(99)).index, 2);
        assert_eq!(page_of(120, Some(0)).index, 0);
    }
}
