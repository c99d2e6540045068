//! A packed snapshot of every card state: a few strings instead of one IndexedDB record per
//! card, so opening a large collection reads a few records plus the log entries written since.
//! The per-card records and the log stay the source of truth; the snapshot is a cache.

use super::sm2::Sm2State;
use super::study_day::StudyDay;
use std::collections::HashMap;

/// The most bytes [`pack`] puts in one piece. Chromium keeps an IndexedDB value over 64 kB in
/// a file of its own (a blob), which made reading a 10,000-card snapshot ~20 ms instead of ~1.
pub const PIECE_BYTES: usize = 48 * 1024;

/// Packs `states` as lines of `id,repetitions,interval,ef100,due` (ids are slugs: no commas),
/// in pieces of whole lines of at most [`PIECE_BYTES`] each (a line longer than that, which no
/// card id makes, gets a piece of its own).
pub fn pack(states: &HashMap<String, Sm2State>) -> Vec<String> {
    let mut pieces = vec![String::new()];
    for (id, s) in states {
        let line = format!(
            "{id},{},{},{},{}\n",
            s.repetitions, s.interval, s.ef100, s.due.0
        );
        let piece = pieces.last_mut().expect("never empty");
        if !piece.is_empty() && piece.len() + line.len() > PIECE_BYTES {
            pieces.push(line);
        } else {
            piece.push_str(&line);
        }
    }
    pieces
}

/// Unpacks the pieces [`pack`] wrote; a malformed line is an error naming its piece and line.
pub fn unpack<'a>(
    pieces: impl IntoIterator<Item = &'a str>,
) -> Result<HashMap<String, Sm2State>, String> {
    let mut states = HashMap::new();
    for (p, piece) in pieces.into_iter().enumerate() {
        for (n, line) in piece.lines().enumerate().filter(|(_, l)| !l.is_empty()) {
            let bad = || format!("snapshot piece {}, line {}: \"{line}\"", p + 1, n + 1);
            let (id, state) = parse_line(line).ok_or_else(bad)?;
            states.insert(id.to_string(), state);
        }
    }
    Ok(states)
}

/// One line of a piece: the card id and its state, if the line is well formed.
fn parse_line(line: &str) -> Option<(&str, Sm2State)> {
    let mut fields = line.split(',');
    let id = fields.next().filter(|id| !id.is_empty())?;
    let mut number = || fields.next().and_then(|f| f.parse::<i64>().ok());
    let (repetitions, interval, ef100, due) = (number()?, number()?, number()?, number()?);
    let state = Sm2State {
        repetitions: u32::try_from(repetitions).ok()?,
        interval: u32::try_from(interval).ok()?,
        ef100: u16::try_from(ef100).ok()?,
        due: StudyDay(i32::try_from(due).ok()?),
    };
    fields.next().is_none().then_some((id, state))
}
