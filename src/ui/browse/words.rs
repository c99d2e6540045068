//! The card browser's words: the filter and sort menus, days, eases and marks as the table says
//! them, and what an action did ("3 cards suspended.").

use crate::core::content::browse::{SortKey, StateFilter};
use crate::core::srs::card_history::{HistoryItem, HistoryLine};
use crate::core::srs::log::ReviewKind;
use crate::core::srs::marks::{CardMarks, Flag, Mark};
use crate::core::srs::study_day::StudyDay;
use crate::core::text::decimal::{counted, fixed};

/// The state filter's menu: label and filter.
pub const STATES: [(&str, StateFilter); 13] = [
    ("Any state", StateFilter::Any),
    ("New", StateFilter::New),
    ("Due today", StateFilter::DueToday),
    ("Learning (interval under 21 days)", StateFilter::Learning),
    ("Mature", StateFilter::Mature),
    ("Suspended", StateFilter::Suspended),
    ("Buried", StateFilter::Buried),
    ("Leech", StateFilter::Leech),
    ("Flagged", StateFilter::Flagged(None)),
    ("Flagged red", StateFilter::Flagged(Some(Flag::Red))),
    ("Flagged orange", StateFilter::Flagged(Some(Flag::Orange))),
    ("Flagged green", StateFilter::Flagged(Some(Flag::Green))),
    ("Flagged blue", StateFilter::Flagged(Some(Flag::Blue))),
];

/// The sort menu: label and key.
pub const SORTS: [(&str, SortKey); 6] = [
    ("Curriculum", SortKey::Curriculum),
    ("Due date", SortKey::Due),
    ("Interval", SortKey::Interval),
    ("Ease", SortKey::Ease),
    ("Lapses", SortKey::Lapses),
    ("Last review", SortKey::LastReview),
];

/// A study day as a date with its year: "03 Dec 2026" (the weekday left out for width).
pub fn day(day: StudyDay) -> String {
    let date = day.date();
    let shown = date.to_string();
    let without_weekday = shown
        .split_once(' ')
        .map_or(shown.as_str(), |(_, rest)| rest);
    format!("{without_weekday} {}", date.year)
}

/// An easiness factor in hundredths as a number: "2.50".
pub fn ease(ef100: u16) -> String {
    fixed(f64::from(ef100) / 100.0, 2)
}

/// A card's marks as words ("Suspended, leech, flagged red"), empty when it has none.
pub fn marks(marks: CardMarks, today: StudyDay) -> String {
    let mut words = Vec::new();
    if marks.suspended {
        words.push("Suspended".to_string());
    }
    if marks.leech {
        words.push("Leech".to_string());
    }
    if marks.buried_on == Some(today) {
        words.push("Buried".to_string());
    }
    if let Some(flag) = marks.flag {
        words.push(format!("Flagged {}", flag.name().to_ascii_lowercase()));
    }
    words.join(", ")
}

/// What marking `n` cards with `mark` did: "3 cards suspended.".
pub fn mark_done(mark: Mark, n: usize) -> String {
    format!("{} {}.", counted(n, "card", "cards"), mark_past(mark))
}

/// A mark as a past participle: "suspended", "flagged red".
fn mark_past(mark: Mark) -> &'static str {
    match mark {
        Mark::Suspend => "suspended",
        Mark::Unsuspend => "unsuspended",
        Mark::Bury => "buried until the next study day",
        Mark::Reset => "reset to new",
        Mark::FlagRed => "flagged red",
        Mark::FlagOrange => "flagged orange",
        Mark::FlagGreen => "flagged green",
        Mark::FlagBlue => "flagged blue",
        Mark::Unflag => "unflagged",
        Mark::Leech => "tagged leech and suspended",
    }
}

/// A line of a card's history as the cells of its table row: what happened, the grade, the
/// interval after and the ease after (the last three empty for a mark).
pub fn history_cells(line: &HistoryLine) -> [String; 4] {
    match line.item {
        HistoryItem::Review {
            grade,
            kind,
            interval_after,
            ef100_after,
        } => {
            let what = match kind {
                ReviewKind::First => "Review",
                ReviewKind::Drill => "Re-drill (schedules nothing)",
            };
            let interval = counted(interval_after as usize, "day", "days");
            [
                what.into(),
                grade.value().to_string(),
                interval,
                ease(ef100_after),
            ]
        }
        HistoryItem::Mark(mark) => {
            let mut what = mark_past(mark).to_string();
            what[..1].make_ascii_uppercase();
            [what, String::new(), String::new(), String::new()]
        }
    }
}
