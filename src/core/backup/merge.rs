//! Merging a backup into what a browser holds: the union, never an overwrite. Events, attempts
//! and boosts already here (same id) are kept as they are; only the others are added, and the
//! card states are then replayed from the whole log by the store.

use super::Backup;
use crate::core::feedback::boost::Boost;
use crate::core::interview::session::Attempt;
use crate::core::srs::event::{Event, EventId};
use crate::core::srs::settings::Settings;
use crate::core::text::decimal::grouped;
use std::collections::HashSet;

/// The keys of what a browser holds, to tell new records from known ones.
#[derive(Debug, Default)]
pub struct Held {
    /// Ids of the events stored.
    pub events: HashSet<EventId>,
    /// Ids of the attempts stored.
    pub attempts: HashSet<String>,
    /// (attempt id, study day) of the boosts stored.
    pub boosts: HashSet<(String, i32)>,
    /// The settings stored.
    pub settings: Settings,
}

impl Held {
    /// The keys of what `backup` holds, and its settings.
    pub fn of(backup: Backup) -> Held {
        Held {
            events: backup.events.into_iter().map(|e| e.id).collect(),
            attempts: backup.attempts.into_iter().map(|a| a.id).collect(),
            boosts: backup
                .boosts
                .into_iter()
                .map(|b| (b.attempt_id, b.day.0))
                .collect(),
            settings: backup.settings,
        }
    }
}

/// What importing a backup adds.
#[derive(Debug, Clone, PartialEq)]
pub struct MergePlan {
    /// Events not held yet, in id order.
    pub events: Vec<Event>,
    /// Attempts not held yet.
    pub attempts: Vec<Attempt>,
    /// Boosts not held yet.
    pub boosts: Vec<Boost>,
    /// The backup's settings, taken only when this browser still has the defaults.
    pub settings: Option<Settings>,
    /// Records of the backup already held.
    pub known: usize,
}

/// The plan of merging `backup` into what `held` describes.
pub fn plan(backup: Backup, held: &Held) -> MergePlan {
    let total = backup.events.len() + backup.attempts.len() + backup.boosts.len();
    let events: Vec<Event> = backup
        .events
        .into_iter()
        .filter(|e| !held.events.contains(&e.id))
        .collect();
    let attempts: Vec<Attempt> = backup
        .attempts
        .into_iter()
        .filter(|a| !held.attempts.contains(&a.id))
        .collect();
    let boosts: Vec<Boost> = backup
        .boosts
        .into_iter()
        .filter(|b| !held.boosts.contains(&(b.attempt_id.clone(), b.day.0)))
        .collect();
    let adopt = held.settings == Settings::default() && backup.settings != held.settings;
    let new = events.len() + attempts.len() + boosts.len();
    MergePlan {
        events,
        attempts,
        boosts,
        settings: adopt.then_some(backup.settings),
        known: total - new,
    }
}

/// "1 review" / "2 reviews".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", grouped(n as u64), if n == 1 { one } else { many })
}

impl MergePlan {
    /// Whether importing would change nothing.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
            && self.attempts.is_empty()
            && self.boosts.is_empty()
            && self.settings.is_none()
    }

    /// What the import would add, in words: "1,204 reviews, 2 interview attempts new; 5,310
    /// already here".
    pub fn summary(&self) -> String {
        let reviews = self.events.iter().filter(|e| e.grade().is_some()).count();
        let undos = self
            .events
            .iter()
            .filter(|e| e.retracted().is_some())
            .count();
        let edits = self.events.iter().filter(|e| e.is_edit()).count();
        let parts: Vec<String> = [
            (reviews, count(reviews, "review", "reviews")),
            (undos, count(undos, "undo", "undos")),
            (
                edits,
                count(edits, "edit of your cards", "edits of your cards"),
            ),
            (
                self.attempts.len(),
                count(
                    self.attempts.len(),
                    "interview attempt",
                    "interview attempts",
                ),
            ),
            (
                self.boosts.len(),
                count(self.boosts.len(), "review boost", "review boosts"),
            ),
            (
                usize::from(self.settings.is_some()),
                "your settings".to_string(),
            ),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(_, text)| text)
        .collect();
        let known = format!("{} already here", grouped(self.known as u64));
        if parts.is_empty() {
            return format!("Nothing new: {known}.");
        }
        format!("{} new; {known}.", parts.join(", "))
    }
}
