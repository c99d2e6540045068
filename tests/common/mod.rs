//! Helpers shared by the native test files.
#![allow(dead_code)]

use archdrill::core::srs::event::{Action, Event, Hlc};
use archdrill::core::srs::sm2::{next_state, Grade, Sm2State};
use archdrill::core::srs::study_day::StudyDay;

/// Grade `q`.
pub fn g(q: u8) -> Grade {
    Grade::new(q).unwrap()
}

/// The `n`th review event of a test log (ids in `n` order) as a store would hold it: `before`
/// is the card's state before it; a card already graded on `day` keeps its state (a drill).
pub fn entry(n: u64, card: &str, day: i32, q: u8, before: Option<Sm2State>, drill: bool) -> Event {
    let after = if drill {
        before.expect("a drill has a state")
    } else {
        next_state(before.unwrap_or(Sm2State::NEW), g(q), StudyDay(day))
    };
    Event {
        id: Hlc {
            ms: n * 1000,
            counter: 0,
        }
        .id("test"),
        card_id: card.into(),
        at_ms: n as f64 * 1000.0,
        day: StudyDay(day),
        action: Action::Grade(g(q)),
        before,
        after: Some(after),
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

/// The build's catalogue, read once for the test binary (each test binary has its own).
pub fn catalogue() -> &'static archdrill::core::content::catalogue::Catalogue {
    use archdrill::core::content::catalogue::Catalogue;
    static CATALOGUE: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
    CATALOGUE.get_or_init(Catalogue::of_build)
}
