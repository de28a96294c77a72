//! One sort for the whole app. Each `sort_by` of another element or comparison type compiles a
//! copy of the standard library's sort into the WebAssembly (3 to 8 KB each; the app's 28 sorts
//! were about 65 KB before wasm-opt). These sort the items' positions with one comparison type,
//! then move the items into place: stable, n log n, and compiled once.

use std::cmp::Ordering;

/// The positions `0..len` in the order `compare` gives them; ties keep their order. The only
/// instance of the standard sort these functions compile.
fn positions_in_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|a, b| compare(*a, *b));
    order
}

/// Puts `items` in `order` (`order[i]`: the position of the item that goes to `i`), following
/// each cycle of the permutation with swaps.
fn arrange<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        while let Some(from) = order.get(at).copied() {
            if let Some(done) = order.get_mut(at) {
                *done = at;
            }
            if from == start || from >= items.len() {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Sorts `items` by `compare`, keeping the order of equal items.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = {
        let items = &*items;
        positions_in_order(items.len(), &|a, b| match (items.get(a), items.get(b)) {
            (Some(a), Some(b)) => compare(a, b),
            _ => Ordering::Equal,
        })
    };
    arrange(items, order);
}

/// Sorts `items` by the key `key` gives each, worked out once per item; equal keys keep their
/// order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = positions_in_order(keys.len(), &|a, b| keys.get(a).cmp(&keys.get(b)));
    arrange(items, order);
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_ties_in_order() {
        let mut seed = 7u64;
        for len in [0, 1, 2, 3, 10, 257] {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 60) as u8, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|a| a.0);
            let mut by = items.clone();
            sort_by(&mut by, |a, b| a.0.cmp(&b.0));
            assert_eq!(by, expected, "sort_by, {len} items");
            let mut keyed = items.clone();
            sort_by_key(&mut keyed, |x| std::cmp::Reverse(x.0));
            let mut reversed = items.clone();
            reversed.sort_by_key(|x| std::cmp::Reverse(x.0));
            assert_eq!(keyed, reversed, "sort_by_key, {len} items");
            let mut natural = items.clone();
            sort(&mut natural);
            let mut std_natural = items;
            std_natural.sort();
            assert_eq!(natural, std_natural);
        }
    }

    #[test]
    fn items_that_are_not_copied_are_moved_whole() {
        let mut names = vec![
            "Жетісу".to_string(),
            "Abai".into(),
            "Астана".into(),
            "Abai".into(),
        ];
        sort(&mut names);
        assert_eq!(names, ["Abai", "Abai", "Астана", "Жетісу"]);
    }
}
