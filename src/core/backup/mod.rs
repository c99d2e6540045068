//! Backups: the whole of a learner's data — every event of the log (reviews, retractions and
//! what comes to it), settings, interview attempts with their notes, boosts — as one versioned
//! file, and merging such a file into what a browser holds without overwriting anything
//! ([`merge`]). The JSON itself is written and read by the caller (the browser's `JSON`, or
//! `serde_json` in tests): this module owns the values, their canonical order, the checks
//! ([`check`]) and the plan of a merge.

pub mod check;
pub mod merge;

use crate::core::feedback::boost::Boost;
use crate::core::interview::session::Attempt;
use crate::core::srs::event::{Event, EventId};
use crate::core::srs::settings::Settings;
use crate::core::srs::study_day::{Date, StudyDay};
use serde::{Deserialize, Serialize};

/// What the file's `format` field says.
pub const FORMAT: &str = "archdrill-backup";
/// The format version this build writes and reads.
pub const VERSION: u32 = 1;

/// A backup: a short header saying what it holds, then everything.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format version, [`VERSION`] when written by this build.
    pub version: u32,
    /// Counts, date range and devices, derived from the rest.
    pub header: Header,
    /// The learner's settings.
    pub settings: Settings,
    /// Every event, in id order.
    pub events: Vec<Event>,
    /// Every interview attempt, by id.
    pub attempts: Vec<Attempt>,
    /// Every review boost, by attempt and day.
    pub boosts: Vec<Boost>,
}

/// What a backup holds, for a reader of the file (derived: importing ignores it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    /// Grade events.
    pub reviews: usize,
    /// Retraction events (undos).
    pub retractions: usize,
    /// Edits of the learner's own cards and decks (absent from backups made before them).
    #[serde(default)]
    pub edits: usize,
    /// Interview attempts.
    pub attempts: usize,
    /// Review boosts.
    pub boosts: usize,
    /// The study day of the oldest event, as `YYYY-MM-DD`.
    pub first_day: Option<String>,
    /// The study day of the newest event, as `YYYY-MM-DD`.
    pub last_day: Option<String>,
    /// The devices that wrote the events (from their ids), sorted.
    pub devices: Vec<String>,
}

/// `YYYY-MM-DD`.
pub fn iso(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)
}

/// The device part of an event id (`<ms>-<counter>-<device>`), if it has one.
pub fn device_of(id: &EventId) -> Option<&str> {
    id.0.splitn(3, '-').nth(2).filter(|d| !d.is_empty())
}

/// The header that describes `events`, `attempts` and `boosts`.
fn header_of(events: &[Event], attempts: &[Attempt], boosts: &[Boost]) -> Header {
    let reviews = events.iter().filter(|e| e.grade().is_some()).count();
    let day = |d: Option<StudyDay>| d.map(|d| iso(d.date()));
    let mut devices: Vec<String> = events
        .iter()
        .filter_map(|e| device_of(&e.id))
        .map(str::to_string)
        .collect();
    devices.sort();
    devices.dedup();
    Header {
        reviews,
        retractions: events.iter().filter(|e| e.retracted().is_some()).count(),
        edits: events.iter().filter(|e| e.is_edit()).count(),
        attempts: attempts.len(),
        boosts: boosts.len(),
        first_day: day(events.iter().map(|e| e.day).min()),
        last_day: day(events.iter().map(|e| e.day).max()),
        devices,
    }
}

/// The backup of everything given, in canonical order (events by id, attempts by id, boosts by
/// attempt and day), so the same data always makes the same file.
pub fn backup_of(
    settings: Settings,
    mut events: Vec<Event>,
    mut attempts: Vec<Attempt>,
    mut boosts: Vec<Boost>,
) -> Backup {
    events.sort_by(|a, b| a.id.cmp(&b.id));
    attempts.sort_by(|a, b| a.id.cmp(&b.id));
    boosts.sort_by(|a, b| (&a.attempt_id, a.day).cmp(&(&b.attempt_id, b.day)));
    Backup {
        format: FORMAT.to_string(),
        version: VERSION,
        header: header_of(&events, &attempts, &boosts),
        settings,
        events,
        attempts,
        boosts,
    }
}

/// The file name for a backup made on local calendar day `today`:
/// `archdrill-backup-YYYY-MM-DD.json`.
pub fn file_name(today: Date) -> String {
    format!("archdrill-backup-{}.json", iso(today))
}
