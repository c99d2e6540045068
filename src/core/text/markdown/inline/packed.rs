//! Look-up in a sorted table packed into one string: records separated by single spaces, each
//! a key and its value, sorted by key. One string costs its bytes and no pointer per entry;
//! a binary search over its byte range finds a key in about log₂(length) record reads.

/// The value of `key` in `table`, whose records `split` cuts into key and value.
pub(super) fn lookup(
    table: &'static str,
    key: &str,
    split: fn(&str) -> (&str, &str),
) -> Option<&'static str> {
    let bytes = table.as_bytes();
    // `lo` is always where a record starts; `hi` is the end of the table or a record's start
    let (mut lo, mut hi) = (0, table.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid]
            .iter()
            .rposition(|b| *b == b' ')
            .map_or(lo, |space| lo + space + 1);
        let end = table[start..]
            .find(' ')
            .map_or(table.len(), |len| start + len);
        let (name, value) = split(&table[start..end]);
        match name.cmp(key) {
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
            std::cmp::Ordering::Equal => return Some(value),
        }
    }
    None
}
