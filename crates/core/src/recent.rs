//! The views a reader used last, kept to show again without computing them again.

/// At most `capacity` values by key, the one used last first. A value found is moved to the
/// front, so a view the reader keeps going back to (all years, between one year and another)
/// stays while the others come and go.
#[derive(Debug, Clone)]
pub struct RecentViews<K, V> {
    capacity: usize,
    newest_first: Vec<(K, V)>,
}

impl<K: PartialEq, V: Clone> RecentViews<K, V> {
    pub fn new(capacity: usize) -> Self {
        Self {
            capacity,
            newest_first: Vec::with_capacity(capacity),
        }
    }

    /// The value kept for `key`, now the one used last; `None` when it is not kept.
    pub fn get(&mut self, key: &K) -> Option<V> {
        let at = self.newest_first.iter().position(|(k, _)| k == key)?;
        let used = self.newest_first.remove(at);
        let value = used.1.clone();
        self.newest_first.insert(0, used);
        Some(value)
    }

    /// Keeps `value` for `key` as the one used last; the one used longest ago goes when full.
    pub fn put(&mut self, key: K, value: V) {
        self.newest_first.retain(|(k, _)| *k != key);
        self.newest_first.insert(0, (key, value));
        self.newest_first.truncate(self.capacity);
    }

    /// The value for `key`: the kept one, or `compute`'s, kept from now on.
    pub fn get_or_compute(&mut self, key: K, compute: impl FnOnce(&K) -> V) -> V {
        if let Some(kept) = self.get(&key) {
            return kept;
        }
        let value = compute(&key);
        self.put(key, value.clone());
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts how often each view was computed while a reader goes through `visits`.
    fn computed(capacity: usize, visits: &[&'static str]) -> Vec<&'static str> {
        let mut recent = RecentViews::new(capacity);
        let mut computed = Vec::new();
        for visit in visits {
            let shown = recent.get_or_compute(*visit, |key| {
                computed.push(*key);
                format!("view of {key}")
            });
            assert_eq!(shown, format!("view of {visit}"));
        }
        computed
    }

    #[test]
    fn going_back_to_all_years_between_years_never_computes_it_again() {
        // the benchmark's reader: one year, all years, the next year, all years...
        let visits = [
            "all", "2017", "all", "2018", "all", "2019", "all", "2020", "all", "2021", "all",
            "2022", "all",
        ];
        assert_eq!(
            computed(4, &visits),
            ["all", "2017", "2018", "2019", "2020", "2021", "2022"]
        );
    }

    #[test]
    fn the_view_used_longest_ago_goes_first() {
        let visits = ["a", "b", "c", "a", "d", "a", "b", "c"];
        // capacity 3: d pushes out b (a was used again after b), then b pushes out c
        assert_eq!(computed(3, &visits), ["a", "b", "c", "d", "b", "c"]);
    }

    #[test]
    fn a_view_seen_again_within_capacity_is_not_computed_again() {
        assert_eq!(computed(2, &["x", "y", "x", "y", "y", "x"]), ["x", "y"]);
    }

    #[test]
    fn nothing_is_kept_with_no_room() {
        assert_eq!(computed(0, &["x", "x"]), ["x", "x"]);
    }
}
