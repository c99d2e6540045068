//! A packed snapshot of every card state: one string instead of one IndexedDB record per
//! card, so opening a large collection reads one record plus the log entries written since.
//! The per-card records and the log stay the source of truth; the snapshot is a cache.

use crate::core::srs::log::CardStates;
use crate::core::srs::sm2::Sm2State;
use crate::core::srs::study_day::StudyDay;

/// Packs `states` as lines of `id,repetitions,interval,ef100,due` (ids are slugs: no commas).
pub fn pack(states: &CardStates) -> String {
    let mut out = String::with_capacity(states.len() * 40);
    for (id, s) in states {
        out.push_str(&format!(
            "{id},{},{},{},{}\n",
            s.repetitions, s.interval, s.ef100, s.due.0
        ));
    }
    out
}

/// Unpacks what [`pack`] wrote; a malformed line is an error naming it.
pub fn unpack(packed: &str) -> Result<CardStates, String> {
    // one line per card: sized once, so the map never rehashes while it fills
    let lines = packed.bytes().filter(|&b| b == b'\n').count();
    let mut states = CardStates::with_capacity_and_hasher(lines + 1, Default::default());
    for (n, line) in packed.lines().enumerate().filter(|(_, l)| !l.is_empty()) {
        let bad = || format!("snapshot line {}: \"{line}\"", n + 1);
        let mut fields = line.split(',');
        let id = fields.next().filter(|id| !id.is_empty()).ok_or_else(bad)?;
        let mut number = || {
            fields
                .next()
                .and_then(|f| f.parse::<i64>().ok())
                .ok_or_else(bad)
        };
        let (repetitions, interval, ef100, due) = (number()?, number()?, number()?, number()?);
        let state = Sm2State {
            repetitions: u32::try_from(repetitions).map_err(|_| bad())?,
            interval: u32::try_from(interval).map_err(|_| bad())?,
            ef100: u16::try_from(ef100).map_err(|_| bad())?,
            due: StudyDay(i32::try_from(due).map_err(|_| bad())?),
        };
        if fields.next().is_some() {
            return Err(bad());
        }
        states.insert(id.to_string(), state);
    }
    Ok(states)
}
