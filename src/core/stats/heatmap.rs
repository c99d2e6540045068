//! The calendar heatmap: surviving reviews per study day over the last [`HEATMAP_DAYS`] days,
//! laid out in week columns of Monday to Sunday (as Anki and GitHub draw it), with streaks,
//! the share of days studied and the daily averages.

use super::digest::Digest;
use super::ratio::Ratio;
use super::review::window_start;
use crate::core::srs::study_day::StudyDay;

/// Days the heatmap covers, ending today.
pub const HEATMAP_DAYS: u32 = 365;

/// One heatmap, computed by [`heatmap`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heatmap {
    /// The first day of the period.
    pub from: StudyDay,
    /// Reviews on each day of the period, oldest first ([`HEATMAP_DAYS`] entries).
    pub days: Vec<u32>,
    /// Week columns, oldest first; each holds Monday to Sunday, `None` outside the period.
    pub weeks: Vec<[Option<u32>; 7]>,
    /// Consecutive study days with a review up to today, or up to yesterday when today has
    /// none yet (over the whole log, not only the period).
    pub current_streak: u32,
    /// The longest run of consecutive study days with a review in the whole log.
    pub longest_streak: u32,
    /// Days with a review, of the days in the period.
    pub days_studied: Ratio,
    /// Reviews per day over every day of the period.
    pub average_per_day: Ratio,
    /// Reviews per day over the days studied in the period.
    pub average_per_studied_day: Ratio,
}

/// The heatmap of `reviews` (the digest of replay's surviving reviews, any days) for the period
/// ending `today`.
pub fn heatmap(reviews: &Digest, today: StudyDay) -> Heatmap {
    let from = window_start(today, HEATMAP_DAYS);
    let days: Vec<u32> = (from.0..=today.0)
        .map(|d| reviews.stack(StudyDay(d)).total())
        .collect();
    let studied = days.iter().filter(|&&n| n > 0).count() as u64;
    let total: u64 = days.iter().map(|&n| u64::from(n)).sum();
    let studied_days = reviews.reviews_per_day().map(|(day, _)| day);
    let (current_streak, longest_streak) = streaks(studied_days, today);
    Heatmap {
        from,
        weeks: weeks(from, &days),
        days_studied: Ratio::new(studied, days.len() as u64),
        average_per_day: Ratio::new(total, days.len() as u64),
        average_per_studied_day: Ratio::new(total, studied),
        days,
        current_streak,
        longest_streak,
    }
}

/// `days` (counts from `from` on) as Monday-first week columns.
fn weeks(from: StudyDay, days: &[u32]) -> Vec<[Option<u32>; 7]> {
    let lead = usize::from(from.date().weekday);
    let mut weeks = vec![[None; 7]; (lead + days.len()).div_ceil(7)];
    for (i, &n) in days.iter().enumerate() {
        weeks[(lead + i) / 7][(lead + i) % 7] = Some(n);
    }
    weeks
}

/// (current, longest) streak of the distinct, ascending `studied` days, as of `today`.
fn streaks(studied: impl Iterator<Item = StudyDay>, today: StudyDay) -> (u32, u32) {
    let (mut run, mut longest, mut last): (u32, u32, Option<StudyDay>) = (0, 0, None);
    for day in studied.take_while(|&d| d <= today) {
        run = match last {
            Some(prev) if prev.plus(1) == day => run + 1,
            _ => 1,
        };
        longest = longest.max(run);
        last = Some(day);
    }
    let current = match last {
        Some(d) if d == today || d.plus(1) == today => run,
        _ => 0,
    };
    (current, longest)
}
