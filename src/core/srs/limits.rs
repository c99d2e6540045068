//! Daily limits: how many new cards and how many due reviews a study day takes, and what is
//! said of the due reviews a limit holds back (they stay due and come first the next day).

/// The default number of new cards introduced per study day.
pub const DEFAULT_NEW_PER_DAY: u32 = 20;

/// The default number of due reviews per study day (Anki's default).
pub const DEFAULT_REVIEW_PER_DAY: u32 = 200;

/// The most new cards a day can be set to.
pub const MAX_NEW_PER_DAY: u32 = 999;

/// The most due reviews a day can be set to.
pub const MAX_REVIEW_PER_DAY: u32 = 9_999;

/// A study day's limits, per collection (the same for every scope: a topic's queue counts
/// what every scope took today).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// New cards introduced per study day.
    pub new_per_day: u32,
    /// First-of-day grades of due reviews per study day (re-drills are not counted).
    pub review_per_day: u32,
}

impl Limits {
    /// `new_per_day` new cards and no limit on reviews.
    pub fn new_cards(new_per_day: u32) -> Limits {
        Limits {
            new_per_day,
            review_per_day: u32::MAX,
        }
    }
}

/// How many of a limit are left once `used` were taken today.
pub fn left(limit: u32, used: usize) -> usize {
    usize::try_from(limit)
        .unwrap_or(usize::MAX)
        .saturating_sub(used)
}

/// What Home says of `waiting` due reviews held back by the daily limit `review_per_day`
/// (nothing when none are).
pub fn waiting_note(waiting: usize, review_per_day: u32) -> Option<String> {
    if waiting == 0 {
        return None;
    }
    let (reviews, they, come, them) = if waiting == 1 {
        ("review is", "It stays", "comes", "it")
    } else {
        ("reviews are", "They stay", "come", "them")
    };
    Some(format!(
        "{waiting} more due {reviews} over today's limit of {review_per_day}. {they} due and \
         {come} first on the next study day, most overdue first; raise the limit in \
         Settings to study {them} today."
    ))
}
