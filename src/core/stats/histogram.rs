//! Histograms of the reviewed cards' current intervals and easiness factors, with their means.
//!
//! Interval buckets, in days: 1, 2–6, 7–20 (young, SM-2's first steps are 1 and 6 days), then
//! 21–29, 30–89, 90–179, 180–364 and 365 or more (mature, roughly months and a year).
//! Easiness buckets, in hundredths, 0.2 wide from SM-2's floor of 1.30: 1.30–1.49, …,
//! 2.30–2.49, then 2.50–2.69 (a new card starts at 2.50) and 2.70 or more.

use super::ratio::Ratio;
use crate::core::srs::log::CardStates;

/// The first interval, in days, of each interval bucket.
pub const INTERVAL_BUCKETS: [u32; 8] = [1, 2, 7, 21, 30, 90, 180, 365];
/// The first easiness factor, in hundredths, of each easiness bucket.
pub const EASE_BUCKETS: [u32; 8] = [130, 150, 170, 190, 210, 230, 250, 270];

/// One bucket of a histogram.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bucket {
    /// The lowest value it holds.
    pub from: u32,
    /// The highest value it holds (`None` for the last, open bucket).
    pub to: Option<u32>,
    /// Cards in it.
    pub count: u32,
}

/// A histogram and the mean of its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Histogram {
    /// The buckets, lowest first.
    pub buckets: Vec<Bucket>,
    /// Sum of the values over their count (values below the first bucket count in it).
    pub mean: Ratio,
}

/// `values` in buckets starting at `starts` (ascending); a value below the first start
/// counts in the first bucket.
fn histogram(values: impl Iterator<Item = u32>, starts: &[u32]) -> Histogram {
    let mut buckets: Vec<Bucket> = starts
        .iter()
        .enumerate()
        .map(|(i, &from)| Bucket {
            from,
            to: starts.get(i + 1).map(|next| next - 1),
            count: 0,
        })
        .collect();
    let mut mean = Ratio::default();
    for value in values {
        let index = starts.partition_point(|&s| s <= value).saturating_sub(1);
        buckets[index].count += 1;
        mean.part += u64::from(value);
        mean.whole += 1;
    }
    Histogram { buckets, mean }
}

/// The reviewed cards' intervals in [`INTERVAL_BUCKETS`]; the mean is in days.
pub fn intervals(states: &CardStates) -> Histogram {
    histogram(states.values().map(|s| s.interval), &INTERVAL_BUCKETS)
}

/// The reviewed cards' easiness factors in [`EASE_BUCKETS`]; the mean is in hundredths.
pub fn easiness(states: &CardStates) -> Histogram {
    histogram(states.values().map(|s| u32::from(s.ef100)), &EASE_BUCKETS)
}
