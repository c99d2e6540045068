//! Time spent reviewing over a period: the sum of the times the review screen measured (from a
//! card shown to its grade, each capped at a minute as Anki caps it), the reviews that had one,
//! and the sentence the Stats screen says of them.

use super::per_day::DayStack;
use crate::core::text::decimal::{counted, short};

/// Time spent over some days.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TimeSpent {
    /// The measured times added up, in milliseconds.
    pub total_ms: u64,
    /// Reviews with a measured time.
    pub timed: u32,
    /// Every review of those days.
    pub reviews: u32,
}

/// The time spent over `days` (a slice of the reviews-per-day stacks).
pub fn time_spent(days: &[DayStack]) -> TimeSpent {
    days.iter().fold(TimeSpent::default(), |sum, d| TimeSpent {
        total_ms: sum.total_ms + d.took_ms,
        timed: sum.timed + d.timed,
        reviews: sum.reviews + d.total(),
    })
}

/// `ms` as the Stats screen says a duration: "45 s", "12 min", "3 h 05 min".
pub fn duration(ms: u64) -> String {
    let seconds = (ms + 500) / 1000;
    match seconds {
        0..60 => format!("{seconds} s"),
        60..3600 => format!("{} min", (seconds + 30) / 60),
        _ => {
            let minutes = (seconds + 30) / 60;
            format!("{} h {:02} min", minutes / 60, minutes % 60)
        }
    }
}

impl TimeSpent {
    /// What the Stats screen says: the total, the average of a timed review, and how many
    /// reviews had no time (imported, or from before times were kept).
    pub fn said(&self) -> String {
        if self.timed == 0 {
            return "No review in this period was timed.".into();
        }
        let average = self.total_ms as f64 / f64::from(self.timed) / 1000.0;
        let mut said = format!(
            "Time spent: {} over {} ({} s a review).",
            duration(self.total_ms),
            counted(self.timed as usize, "timed review", "timed reviews"),
            short(average)
        );
        let untimed = self.reviews.saturating_sub(self.timed);
        if untimed > 0 {
            said.push_str(&format!(
                " {} had no time.",
                counted(untimed as usize, "review", "reviews")
            ));
        }
        said
    }
}
