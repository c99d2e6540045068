//! Helpers shared by the native test files.
#![allow(dead_code)]

pub mod safe_html;

use archdrill::core::interview::model::PhaseKey;
use archdrill::core::interview::session::Attempt;
use archdrill::core::interview::signals::Signal;
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
        before,
        after: Some(after),
        ..event(n, card, day, Action::Grade(g(q)))
    }
}

/// The `n`th event of a test log (ids in `n` order): `action` on `card` on study day `day`,
/// without the caches a store writes.
pub fn event(n: u64, card: &str, day: i32, action: Action) -> Event {
    Event {
        id: Hlc {
            ms: n * 1000,
            counter: 0,
        }
        .id("test"),
        card_id: card.into(),
        at_ms: n as f64 * 1000.0,
        day: StudyDay(day),
        action,
        before: None,
        after: None,
        took_ms: None,
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

/// A minute in ms.
const MIN: f64 = 60_000.0;

/// An attempt at the URL shortener with these notes, each phase taking `minutes[p]`.
pub fn attempt(notes: [&str; 4], minutes: [f64; 4]) -> (Attempt, f64) {
    let url = catalogue().interview("url-shortener").unwrap();
    let mut a = Attempt::start(url, 0.0);
    let mut now = 0.0;
    for (p, m) in minutes.iter().enumerate() {
        a.notes[p] = notes[p].to_string();
        now += m * MIN;
        a.next_phase(now);
    }
    (a, now)
}

/// The signal of `phase` whose name contains `name_part`.
pub fn signal<'a>(all: &'a [Signal], name_part: &str, phase: PhaseKey) -> Option<&'a Signal> {
    all.iter()
        .find(|s| s.name.contains(name_part) && s.phase == phase)
}

/// The XSS vectors of `tests/fixtures/xss/vectors.json`.
pub fn xss_vectors() -> Vec<String> {
    let json = std::fs::read_to_string("tests/fixtures/xss/vectors.json").unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let list = value["vectors"].as_array().unwrap();
    list.iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

/// `all` with every third event repeated, shuffled by `seed` (a set's order and duplication
/// must not matter).
pub fn shuffled_with_repeats(all: &[Event], seed: u64) -> Vec<Event> {
    let mut shuffled = all.to_vec();
    shuffled.extend(all.iter().step_by(3).cloned());
    let mut rng = seed;
    for i in (1..shuffled.len()).rev() {
        rng = rng
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        shuffled.swap(i, (rng >> 33) as usize % (i + 1));
    }
    shuffled
}
