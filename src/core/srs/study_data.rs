//! What a tab knows about the learner's progress: card states, today's events and the marks
//! on cards, and the
//! pure rules that preview a grade and tell which review Undo cancels. The store decides what
//! a grade does from what it has stored (see `crate::store`); this is the tab's copy.

use super::event::Event;
use super::log::{day_reviews, newest_review, CardStates, DayReview, ReviewKind};
use super::marks::{marks, Marks};
use super::sm2::{next_state, Grade, Sm2State};
use super::study_day::StudyDay;

/// Card states, the events of the study day the app loaded on, and review counts of earlier
/// days.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StudyData {
    /// SM-2 state per card id (cards never graded are absent).
    pub states: CardStates,
    /// Events of the study day the app loaded on (reviews, retractions and edits of own cards).
    pub recent_log: Vec<Event>,
    /// Surviving reviews per study day for some days before that (for the history strip).
    pub earlier_reviews: Vec<(StudyDay, usize)>,
    /// Every mark event of any day and every retraction of one (what `marks` needs).
    pub marks_log: Vec<Event>,
}

impl StudyData {
    /// What grading `card_id` with `grade` on `day` would do, as far as this tab knows: whether
    /// it schedules, and the state it leads to.
    pub fn preview(&self, card_id: &str, grade: Grade, day: StudyDay) -> (ReviewKind, Sm2State) {
        let before = self.states.get(card_id).copied();
        let graded_today = self
            .day_reviews(day)
            .iter()
            .any(|r| r.event.card_id == card_id);
        match (graded_today, before) {
            (true, Some(state)) => (ReviewKind::Drill, state),
            _ => (
                ReviewKind::First,
                next_state(before.unwrap_or(Sm2State::NEW), grade, day),
            ),
        }
    }

    /// Records a stored event: it joins the day's events and its card takes the state the
    /// store gave it.
    pub fn apply(&mut self, event: Event) {
        match event.after {
            Some(state) => self.states.insert(event.card_id.clone(), state),
            None => self.states.remove(&event.card_id),
        };
        let unmarks = |target| self.marks_log.iter().any(|m| &m.id == target);
        let of_marks = event.mark().is_some() || event.retracted().is_some_and(unmarks);
        if of_marks && !self.marks_log.iter().any(|e| e.id == event.id) {
            self.marks_log.push(event.clone());
        }
        if !self.recent_log.iter().any(|e| e.id == event.id) {
            let at = self.recent_log.partition_point(|e| e.id < event.id);
            self.recent_log.insert(at, event);
        }
    }

    /// What the marks on cards say (see [`marks`]).
    pub fn marks(&self) -> Marks {
        marks(&self.marks_log)
    }

    /// The surviving reviews of `day` among the loaded events (see [`day_reviews`]).
    pub fn day_reviews(&self, day: StudyDay) -> Vec<DayReview<'_>> {
        day_reviews(&self.recent_log, day)
    }

    /// The review Undo cancels: the newest surviving one of the loaded day, if any.
    pub fn undoable(&self) -> Option<&Event> {
        newest_review(&self.recent_log)
    }

    /// How many surviving reviews were logged on `day`, from the loaded events or the earlier
    /// counts.
    pub fn reviews_on(&self, day: StudyDay) -> usize {
        self.earlier_reviews
            .iter()
            .find(|(d, _)| *d == day)
            .map_or_else(|| self.day_reviews(day).len(), |(_, n)| *n)
    }
}
