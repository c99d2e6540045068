//! Event logs for the statistics tests, written review by review as a store appends them.

use archdrill::core::srs::event::{Action, Event, EventId, Hlc};
use archdrill::core::srs::log::{append, replay, CardStates, Replayed};
use archdrill::core::srs::marks::Mark;
use archdrill::core::srs::sm2::Sm2State;
use archdrill::core::srs::study_day::{study_day, Moment, StudyDay};
use archdrill::core::stats::digest::Digest;

/// The day-start hour of every fixture (the app's default).
pub const DAY_START: u8 = 4;
/// "Today" of the fixtures: 2024-10-04, a Friday (checked against chrono in `heatmap`).
pub const TODAY: StudyDay = StudyDay(20_000);
/// Milliseconds in an hour.
const HOUR_MS: f64 = 3_600_000.0;

/// A study day `offset` days from [`TODAY`] (negative: before).
pub fn day(offset: i32) -> StudyDay {
    StudyDay(TODAY.0 + offset)
}

/// A growing event log of one device.
#[derive(Default)]
pub struct Log {
    /// Every event so far, in id order.
    pub events: Vec<Event>,
}

impl Log {
    /// Appends `action` on `card` at local time `hour`:`minute` of the calendar day
    /// `offset` days from [`TODAY`]'s date; its study day follows from [`DAY_START`].
    fn push_at(
        &mut self,
        card: &str,
        action: Action,
        offset: i32,
        hour: u32,
        minute: u32,
    ) -> EventId {
        let n = self.events.len() as u64 + 1;
        let local_ms = f64::from(TODAY.0 + offset) * 24.0 * HOUR_MS
            + f64::from(hour) * HOUR_MS
            + f64::from(minute) * 60_000.0;
        let now = Moment {
            at_ms: local_ms,
            day: study_day(local_ms, DAY_START),
        };
        let id = Hlc {
            ms: n * 1000,
            counter: 0,
        }
        .id("fixture");
        let history: Vec<Event> = self
            .events
            .iter()
            .filter(|e| e.card_id == card)
            .cloned()
            .collect();
        self.events
            .push(append(&history, id.clone(), card, action, now));
        id
    }

    /// Grades `card` `q` at `hour`:`minute` of the calendar day `offset` days from today's.
    pub fn grade_at(&mut self, card: &str, q: u8, offset: i32, hour: u32, minute: u32) -> EventId {
        self.push_at(
            card,
            Action::Grade(super::common::g(q)),
            offset,
            hour,
            minute,
        )
    }

    /// Grades `card` `q` at noon on study day `offset` from today.
    pub fn grade(&mut self, card: &str, q: u8, offset: i32) -> EventId {
        self.grade_at(card, q, offset, 12, 0)
    }

    /// Grades `card` with each `(day offset, q)` in turn, at noon.
    pub fn grades(&mut self, card: &str, reviews: &[(i32, u8)]) {
        for &(offset, q) in reviews {
            self.grade(card, q, offset);
        }
    }

    /// Marks `card` with `mark` at noon on study day `offset` from today.
    pub fn mark(&mut self, card: &str, mark: Mark, offset: i32) {
        self.push_at(card, Action::Mark(mark), offset, 12, 0);
    }

    /// Retracts the review `target` at noon today (undo).
    pub fn retract(&mut self, target: &EventId) {
        let card = self
            .events
            .iter()
            .find(|e| &e.id == target)
            .unwrap()
            .card_id
            .clone();
        self.push_at(&card, Action::Retract(target.clone()), 0, 12, 0);
    }

    /// The surviving reviews and card states, as replay returns them.
    pub fn replayed(&self) -> (Vec<Replayed<'_>>, CardStates) {
        replay(&self.events)
    }
}

/// A reviewed card's state with this interval, easiness and due day.
pub fn state(interval: u32, ef100: u16, due: StudyDay) -> Sm2State {
    Sm2State {
        repetitions: 3,
        interval,
        ef100,
        due,
    }
}

/// Card states from `(card id, state)` pairs.
pub fn states(pairs: &[(&str, Sm2State)]) -> CardStates {
    pairs.iter().map(|(id, s)| (id.to_string(), *s)).collect()
}

/// The digest of `reviews` the statistics read, topics by the build's catalogue, every day's kept.
pub fn digest(reviews: &[Replayed<'_>]) -> Digest {
    let catalogue = super::common::catalogue();
    let topic_of = |id: &str| catalogue.card(id).map(|(topic, _)| topic.slug.clone());
    Digest::of(reviews, &topic_of, StudyDay(i32::MIN))
}
