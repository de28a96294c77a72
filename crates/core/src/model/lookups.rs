//! Lookups worked out once per snapshot, the first time a view needs them, and kept beside it:
//! where each source stands in the order the page lists sources (by publisher, then id), and
//! which sources each event cites. With them, the sources a selection cites are found in one pass
//! over the selection, with no hashing or sorting per change.

use super::snapshot::Snapshot;
use super::EventPlace;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Something worked out from data the first time it is needed, and kept beside it. Two compare
/// equal (what they are derived from is compared) and a copy starts empty, so a type that holds
/// one keeps its derived `PartialEq` and `Clone`.
pub struct Kept<T>(OnceLock<T>);

impl<T> Kept<T> {
    /// The value, worked out by `make` on first use.
    pub fn get_or_init(&self, make: impl FnOnce() -> T) -> &T {
        self.0.get_or_init(make)
    }
}

impl<T> Default for Kept<T> {
    fn default() -> Self {
        Kept(OnceLock::new())
    }
}

impl<T> PartialEq for Kept<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<T> Clone for Kept<T> {
    fn clone(&self) -> Self {
        Kept::default()
    }
}

impl<T> std::fmt::Debug for Kept<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.get().is_some() {
            "Kept(worked out)"
        } else {
            "Kept(empty)"
        })
    }
}

/// A snapshot's lookups: the sources' order and what each event cites, the events by id, and the
/// events newest first.
#[derive(Default, Clone, PartialEq, Debug)]
pub struct Lookups {
    sources: Kept<Prepared>,
    places_by_id: Kept<FxHashMap<crate::model::EventId, usize>>,
    newest_first: Kept<Vec<EventPlace>>,
}

#[derive(Clone)]
struct Prepared {
    /// Places in `sources`, by publisher then id.
    sources_in_order: Vec<usize>,
    /// For each event (by place), the ranks in `sources_in_order` of the sources its figures cite.
    cited_by_event: Vec<Vec<usize>>,
}

impl Prepared {
    fn of(snapshot: &Snapshot) -> Self {
        let mut sources_in_order: Vec<usize> = (0..snapshot.sources.len()).collect();
        crate::order::sort_by(&mut sources_in_order, |a, b| {
            let (a, b) = (snapshot.sources.get(*a), snapshot.sources.get(*b));
            a.map(|s| (&s.publisher, &s.id))
                .cmp(&b.map(|s| (&s.publisher, &s.id)))
        });
        let rank_of: FxHashMap<&str, usize> = sources_in_order
            .iter()
            .enumerate()
            .filter_map(|(rank, place)| snapshot.sources.get(*place).map(|s| (s.id.as_str(), rank)))
            .collect();
        let cited_by_event = snapshot
            .events
            .iter()
            .map(|e| {
                let mut ranks: Vec<usize> = e
                    .measures
                    .iter()
                    .flat_map(|m| m.sources.iter())
                    .filter_map(|id| rank_of.get(id.as_str()).copied())
                    .collect();
                // most events cite one or two sources, already in order: no sort for them
                if !ranks.is_sorted() {
                    crate::order::sort(&mut ranks);
                }
                ranks.dedup();
                ranks
            })
            .collect();
        Prepared {
            sources_in_order,
            cited_by_event,
        }
    }
}

/// The places of a snapshot's events in the order of [`super::filter::newest_first`], each
/// event's date worked out once.
fn newest_first_order(snapshot: &Snapshot) -> Vec<EventPlace> {
    let mut places: Vec<EventPlace> = (0..snapshot.events.len()).map(EventPlace::new).collect();
    crate::order::sort_by_key(&mut places, |p| {
        let event = snapshot.event_at(*p);
        let last = event.and_then(|e| e.date_span()).map(|s| s.last);
        (
            last.is_none(),
            std::cmp::Reverse(last),
            event.map(|e| e.id.as_str()),
        )
    });
    places
}

impl Snapshot {
    /// The event with this id, found through a map of the ids worked out on first use (a page
    /// names dozens of events by id on every change: a search through 100,000 events each time
    /// was most of a change's work).
    pub fn event(&self, id: &str) -> Option<&super::snapshot::Event> {
        self.place_of(id).and_then(|place| self.event_at(place))
    }

    /// The place of the event with this id (the first, should two share one).
    pub fn place_of(&self, id: &str) -> Option<EventPlace> {
        let places = self.lookups.places_by_id.get_or_init(|| {
            self.events
                .iter()
                .enumerate()
                .map(|(place, e)| (e.id.clone(), place))
                .collect()
        });
        let found = if places.len() == self.events.len() {
            places
                .get(id)
                .copied()
                .filter(|p| self.events.get(*p).is_some_and(|e| e.id == id))
        } else {
            self.events.iter().position(|e| e.id == id)
        };
        found.map(EventPlace::new)
    }

    /// The event at `place`, if the snapshot has one there.
    pub fn event_at(&self, place: EventPlace) -> Option<&super::snapshot::Event> {
        self.events.get(place.index())
    }

    /// The events at some places, in their order.
    pub fn events_at(&self, places: &[EventPlace]) -> Vec<&super::snapshot::Event> {
        places.iter().filter_map(|p| self.event_at(*p)).collect()
    }

    /// The places of some of the snapshot's events, found by their ids.
    pub fn places_of(&self, events: &[&super::snapshot::Event]) -> Vec<EventPlace> {
        events.iter().filter_map(|e| self.place_of(&e.id)).collect()
    }

    /// The lookups, worked out on first use. A snapshot is not changed once a view has read it
    /// (a copy starts afresh); should its lists have changed length since, they are worked out
    /// again rather than trusted.
    fn prepared(&self) -> std::borrow::Cow<'_, Prepared> {
        let kept = self.lookups.sources.get_or_init(|| Prepared::of(self));
        if kept.cited_by_event.len() == self.events.len()
            && kept.sources_in_order.len() == self.sources.len()
        {
            std::borrow::Cow::Borrowed(kept)
        } else {
            std::borrow::Cow::Owned(Prepared::of(self))
        }
    }

    /// The places of all the events, newest first (by the latest day each may have happened),
    /// undated last, then by id; equal ones in the snapshot's order. Worked out once: a
    /// selection keeps this order by taking the events in it, with no sort per change.
    pub fn places_newest_first(&self) -> std::borrow::Cow<'_, [EventPlace]> {
        let kept = self
            .lookups
            .newest_first
            .get_or_init(|| newest_first_order(self));
        if kept.len() == self.events.len() {
            std::borrow::Cow::Borrowed(kept)
        } else {
            std::borrow::Cow::Owned(newest_first_order(self))
        }
    }

    /// Places in `sources` of the sources the figures of the events at `events` (places in
    /// `events`) cite, each once, by publisher then id: what [`super::overview::cited_sources`]
    /// gives, in one pass over the events.
    pub fn cited_by(&self, events: &[EventPlace]) -> Vec<usize> {
        let prepared = self.prepared();
        let mut cited = vec![false; prepared.sources_in_order.len()];
        for ranks in events
            .iter()
            .filter_map(|p| prepared.cited_by_event.get(p.index()))
        {
            for rank in ranks {
                if let Some(flag) = cited.get_mut(*rank) {
                    *flag = true;
                }
            }
        }
        cited
            .iter()
            .zip(&prepared.sources_in_order)
            .filter(|(flag, _)| **flag)
            .map(|(_, place)| *place)
            .collect()
    }
}
