//! SM-2 scheduling exactly as SuperMemo published it (see `README.md`, "Scheduling").
//!
//! The easiness factor is kept in hundredths (`ef100 = 250` means 2.5): every SM-2 step
//! changes it by a whole number of hundredths, so the arithmetic is exact and replaying a
//! review log always yields the same state.

use crate::core::srs::study_day::StudyDay;
use serde::{Deserialize, Serialize};
use std::hint::select_unpredictable;

/// The easiness factor of a new card, in hundredths (2.5).
pub const INITIAL_EF100: u16 = 250;
/// The lowest easiness factor SM-2 allows, in hundredths (1.3).
pub const MIN_EF100: u16 = 130;

/// A card's SM-2 scheduling state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sm2State {
    /// Successful repetitions in a row (`n`); 0 for a new or lapsed card.
    pub repetitions: u32,
    /// Current inter-repetition interval in days (`I`); 0 for a new card.
    pub interval: u32,
    /// Easiness factor in hundredths (`ef × 100`).
    pub ef100: u16,
    /// Study day on which the card is next due.
    pub due: StudyDay,
}

impl Sm2State {
    /// The state of a card that has never been graded.
    pub const NEW: Sm2State = Sm2State {
        repetitions: 0,
        interval: 0,
        ef100: INITIAL_EF100,
        due: StudyDay(0),
    };

    /// The easiness factor as a number (2.5 for a new card).
    pub fn ef(&self) -> f64 {
        f64::from(self.ef100) / 100.0
    }
}

/// A grade (quality of recall) from 0 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Grade(u8);

impl Grade {
    /// All six grades, 0 to 5.
    pub const ALL: [Grade; 6] = [Grade(0), Grade(1), Grade(2), Grade(3), Grade(4), Grade(5)];

    /// The grade `q`, or `None` when `q > 5`.
    pub fn new(q: u8) -> Option<Grade> {
        (q <= 5).then_some(Grade(q))
    }

    /// The number 0–5.
    pub fn value(self) -> u8 {
        self.0
    }

    /// True for 3, 4 and 5: the response was correct.
    pub fn is_pass(self) -> bool {
        self.0 >= 3
    }

    /// True for 4 and 5: the card needs no same-day re-drill.
    pub fn ends_drill(self) -> bool {
        self.0 >= 4
    }

    /// SuperMemo's wording for the grade.
    pub fn meaning(self) -> &'static str {
        match self.0 {
            5 => "Perfect response",
            4 => "Correct after hesitation",
            3 => "Correct with serious difficulty",
            2 => "Incorrect, but the answer seemed easy",
            1 => "Incorrect, but remembered the answer",
            _ => "Complete blackout",
        }
    }
}

/// Change of the easiness factor for a grade, in hundredths:
/// `0.1 − (5 − q) × (0.08 + (5 − q) × 0.02)` = +10, 0, −14, −32, −54, −80.
#[inline(always)]
fn ef_delta100(grade: Grade) -> i32 {
    // indexed by q = 0–5, padded to 8 so that `q & 7` needs no bounds check in the hot loop
    const DELTA: [i32; 8] = [-80, -54, -32, -14, 0, 10, 0, 0];
    DELTA[usize::from(grade.value() & 7)]
}

/// `round(interval × ef)` for an easiness factor in hundredths, half away from zero, exact.
/// Multiplies and divides in 32 bits whenever the product fits (any interval up to 65,535
/// days, 179 years): wasm has no cheap 64-bit division by a constant.
#[inline(always)]
fn grown_interval(interval: u32, ef100: u16) -> u32 {
    if interval <= u32::from(u16::MAX) {
        // at most 65,535 × 65,535 + 50 < 2³²
        (interval * u32::from(ef100) + 50) / 100
    } else {
        let days = (u64::from(interval) * u64::from(ef100) + 50) / 100;
        u32::try_from(days).unwrap_or(u32::MAX)
    }
}

/// The next SM-2 state after grading a card `grade` on study day `today`.
///
/// Inlined, and without branches on the grade or the repetitions: it computes every outcome and
/// picks one with [`select_unpredictable`], because it runs in tight loops over grades no branch
/// predictor can guess (log replay, the SM-2 benchmark in `bench/`).
///
/// ```
/// use archdrill::core::srs::sm2::{next_state, Grade, Sm2State};
/// use archdrill::core::srs::study_day::StudyDay;
/// let first = next_state(Sm2State::NEW, Grade::new(4).unwrap(), StudyDay(100));
/// assert_eq!((first.repetitions, first.interval, first.due), (1, 1, StudyDay(101)));
/// ```
#[inline(always)]
pub fn next_state(state: Sm2State, grade: Grade, today: StudyDay) -> Sm2State {
    let grown = grown_interval(state.interval, state.ef100);
    let passed_interval = select_unpredictable(
        state.repetitions == 0,
        1,
        select_unpredictable(state.repetitions == 1, 6, grown),
    );
    let pass = grade.is_pass();
    let repetitions = select_unpredictable(pass, state.repetitions + 1, 0);
    let interval = select_unpredictable(pass, passed_interval, 1);
    let ef = (i32::from(state.ef100) + ef_delta100(grade)).max(i32::from(MIN_EF100));
    Sm2State {
        repetitions,
        interval,
        ef100: u16::try_from(ef).unwrap_or(u16::MAX),
        due: today.plus(interval),
    }
}
