//! What makes a file a backup this build can merge: its size, its `format` and `version`, and
//! every record well formed — each refusal a [`BackupError`] that says what is wrong and where.

use super::{Backup, FORMAT, VERSION};
use crate::core::interview::session::Attempt;
use crate::core::srs::event::{Action, Event, EventId};
use crate::core::srs::own;
use crate::core::srs::settings::Settings;
use crate::core::text::decimal::grouped;
use std::collections::HashSet;
use std::fmt;

/// The largest backup file read (a year of 1,000 reviews a day is about 150 MB).
pub const MAX_BYTES: u64 = 200_000_000;

/// Why a file is not imported; nothing is written when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupError {
    /// Larger than [`MAX_BYTES`].
    TooBig(u64),
    /// Not JSON at all, in the parser's words.
    NotJson(String),
    /// JSON that ends early: the file was cut short.
    Truncated,
    /// JSON, but no archdrill backup.
    NotBackup,
    /// A backup of a later format than this build reads.
    Newer(u32),
    /// A record that does not read: which list, its 1-based position and why.
    BadRecord {
        /// "event", "attempt", "boost" or "settings".
        what: &'static str,
        /// 1-based position in its list.
        position: usize,
        /// What is wrong, in the decoder's words.
        reason: String,
    },
}

impl fmt::Display for BackupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackupError::TooBig(bytes) => write!(
                f,
                "This file is {} MB; a backup can be at most {} MB.",
                grouped(bytes / 1_000_000),
                MAX_BYTES / 1_000_000
            ),
            BackupError::NotJson(why) => write!(f, "This file is not a backup: it is not JSON ({why})."),
            BackupError::Truncated => {
                f.write_str("This backup is cut short (truncated): download or copy it again.")
            }
            BackupError::NotBackup => f.write_str("This JSON file is not an archdrill backup."),
            BackupError::Newer(v) => write!(
                f,
                "This backup is of format {v}, newer than this archdrill reads ({VERSION}): update the app, then import it."
            ),
            // the settings are one record: no position
            BackupError::BadRecord { what: "settings", reason, .. } => {
                write!(f, "This backup's settings do not read: {reason}.")
            }
            BackupError::BadRecord { what, position, reason } => {
                write!(f, "This backup's {what} {} does not read: {reason}.", grouped(*position as u64))
            }
        }
    }
}

/// Refuses a file of more than [`MAX_BYTES`] before it is read.
pub fn check_size(bytes: u64) -> Result<(), BackupError> {
    if bytes > MAX_BYTES {
        return Err(BackupError::TooBig(bytes));
    }
    Ok(())
}

/// Names a JSON parser's error on a text of `length` UTF-16 units: input that ends early (the
/// parser says so, or stops at the very end: "… at position <length>") is a truncated file.
pub fn parse_error(message: &str, length: usize) -> BackupError {
    let lower = message.to_ascii_lowercase();
    let at_end = lower
        .split("at position ")
        .nth(1)
        .and_then(|rest| {
            rest.split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse::<usize>()
                .ok()
        })
        .is_some_and(|position| position >= length);
    if at_end || lower.contains("end of") || lower.contains("unterminated") || lower.contains("eof")
    {
        BackupError::Truncated
    } else {
        BackupError::NotJson(message.to_string())
    }
}

/// Checks the `format` and `version` fields of a parsed file.
pub fn check_envelope(format: Option<&str>, version: Option<f64>) -> Result<(), BackupError> {
    if format != Some(FORMAT) {
        return Err(BackupError::NotBackup);
    }
    match version {
        Some(v) if v == f64::from(VERSION) => Ok(()),
        Some(v) if v.fract() == 0.0 && v > f64::from(VERSION) && v < 1e9 => {
            Err(BackupError::Newer(v as u32))
        }
        _ => Err(BackupError::NotBackup),
    }
}

/// Decodes every item of a list with `decode`, or names the first that does not read.
pub fn decode_list<V, T>(
    items: impl IntoIterator<Item = V>,
    what: &'static str,
    decode: impl Fn(V) -> Result<T, String>,
) -> Result<Vec<T>, BackupError> {
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            decode(item).map_err(|reason| BackupError::BadRecord {
                what,
                position: i + 1,
                reason,
            })
        })
        .collect()
}

/// Why one event cannot be merged, if it cannot; `ids` are the ids of the whole backup.
fn event_problem(event: &Event, ids: &HashSet<&EventId>) -> Option<String> {
    if event.id.hlc().is_none() {
        return Some(format!(
            "its id \"{}\" is not <ms>-<counter>-<device>",
            event.id.0
        ));
    }
    if event.card_id.trim().is_empty() {
        return Some("it names no card".into());
    }
    if !event.at_ms.is_finite() || event.at_ms < 0.0 {
        return Some(format!("its time {} is not a time", event.at_ms));
    }
    match &event.action {
        Action::Retract(target) if !ids.contains(target) => Some(format!(
            "it undoes \"{}\", which the backup does not hold",
            target.0
        )),
        _ => own::event_problem(event),
    }
}

/// Checks every event: a well-formed id (each once), a card, a time, undos of events the
/// backup holds, and well-formed edits of own cards and decks (`srs::own`).
pub fn check_events(events: &[Event]) -> Result<(), BackupError> {
    let mut ids = HashSet::with_capacity(events.len());
    for (i, event) in events.iter().enumerate() {
        let bad = |reason: String| BackupError::BadRecord {
            what: "event",
            position: i + 1,
            reason,
        };
        if !ids.insert(&event.id) {
            return Err(bad(format!("its id \"{}\" is there twice", event.id.0)));
        }
    }
    for (i, event) in events.iter().enumerate() {
        if let Some(reason) = event_problem(event, &ids) {
            return Err(BackupError::BadRecord {
                what: "event",
                position: i + 1,
                reason,
            });
        }
    }
    Ok(())
}

/// Why an attempt cannot be merged, if it cannot: the screens index its phase and ratings.
fn attempt_problem(attempt: &Attempt) -> Option<String> {
    let times = [
        Some(attempt.started_ms),
        attempt.running_since_ms,
        attempt.finished_ms,
    ];
    let durations = attempt.elapsed_ms.iter().copied().map(Some);
    if attempt.id.trim().is_empty() || attempt.interview_id.trim().is_empty() {
        Some("it names no attempt or no interview".into())
    } else if attempt.phase > 3 {
        Some(format!("its phase {} is not 0–3", attempt.phase))
    } else if times
        .into_iter()
        .chain(durations)
        .flatten()
        .any(|t| !t.is_finite() || t < 0.0)
    {
        Some("a time of it is not a time".into())
    } else if attempt.rating.is_some_and(|r| !(1..=4).contains(&r)) {
        Some(format!(
            "its rating {} is not 1–4",
            attempt.rating.unwrap_or_default()
        ))
    } else {
        None
    }
}

/// Checks everything a backup holds before any of it is merged: every event (see
/// [`check_events`]), every attempt (a phase the screens can show, times, a rating 1–4) and the
/// settings (in their ranges).
pub fn check(backup: &Backup) -> Result<(), BackupError> {
    check_events(&backup.events)?;
    if let Some((i, reason)) = backup
        .attempts
        .iter()
        .enumerate()
        .find_map(|(i, a)| Some((i, attempt_problem(a)?)))
    {
        return Err(BackupError::BadRecord {
            what: "attempt",
            position: i + 1,
            reason,
        });
    }
    if !backup.settings.is_valid() {
        let reason = Settings::RANGES.to_string();
        return Err(BackupError::BadRecord {
            what: "settings",
            position: 1,
            reason,
        });
    }
    Ok(())
}
