//! Ordering by a `u64` key through one sort routine: every list the app sorts goes through
//! [`sort_keys`], so the wasm carries a single instance of the standard library's sort
//! instead of one per element type.

/// Sorts `(key, index)` pairs; the index breaks ties, so equal keys keep their order.
pub fn sort_keys(keys: &mut [(u64, usize)]) {
    keys.sort_unstable();
}

/// `items` ordered by `key`, equal keys in their original order (a stable sort).
///
/// ```
/// use archdrill::core::text::order::by_key;
/// let words = by_key(vec!["ccc", "a", "bb", "d"], |w| w.len() as u64);
/// assert_eq!(words, ["a", "d", "bb", "ccc"]);
/// ```
pub fn by_key<T>(items: Vec<T>, key: impl Fn(&T) -> u64) -> Vec<T> {
    let mut keys: Vec<(u64, usize)> = items.iter().enumerate().map(|(i, t)| (key(t), i)).collect();
    sort_keys(&mut keys);
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    keys.iter().filter_map(|&(_, i)| slots[i].take()).collect()
}
