//! Helpers shared by the native test files.
#![allow(dead_code)]

use archdrill::core::srs::log::{LogEntry, ReviewKind};
use archdrill::core::srs::sm2::{Grade, Sm2State};
use archdrill::core::srs::study_day::StudyDay;

/// Grade `q`.
pub fn g(q: u8) -> Grade {
    Grade::new(q).unwrap()
}

/// A log entry as a store would hold it.
pub fn entry(
    seq: u64,
    card: &str,
    day: i32,
    q: u8,
    kind: ReviewKind,
    before: Option<Sm2State>,
) -> LogEntry {
    let after = match kind {
        ReviewKind::First => archdrill::core::srs::sm2::next_state(
            before.unwrap_or(Sm2State::NEW),
            g(q),
            StudyDay(day),
        ),
        ReviewKind::Drill => before.expect("a drill has a state"),
    };
    LogEntry {
        seq,
        card_id: card.into(),
        at_ms: seq as f64 * 1000.0,
        day: StudyDay(day),
        grade: g(q),
        kind,
        before,
        after,
    }
}

/// A reviewed card's state due on `due`.
pub fn due_on(due: i32) -> Sm2State {
    Sm2State {
        repetitions: 2,
        interval: 6,
        ef100: 250,
        due: StudyDay(due),
    }
}
