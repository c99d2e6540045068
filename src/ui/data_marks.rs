//! What this browser remembers about the learner's data outside IndexedDB, in `localStorage`:
//! how much progress it held (so a database the browser deleted is noticed instead of greeting
//! the learner as new), the last backup made, and when the backup reminder was put off.
//! `localStorage` is kept apart from the quota the browser evicts IndexedDB under in Chromium;
//! clearing "site data" by hand removes both, and then there is nothing to remember.

/// Progress held: "<cards with a schedule> <study day>".
const HELD: &str = "archdrill:held";
/// The last backup: "<ms since the epoch> <reviews it held>".
const LAST_EXPORT: &str = "archdrill:last-export";
/// When the backup reminder was last put off: "<ms since the epoch>".
const REMINDER_OFF: &str = "archdrill:reminder-off";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The two whole numbers stored under `key`, if it reads.
fn pair(key: &str) -> Option<(f64, f64)> {
    let text = storage()?.get_item(key).ok().flatten()?;
    let (a, b) = text.split_once(' ')?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

fn set(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

/// The progress this browser last held: (cards with a schedule, study day), if any.
pub fn held() -> Option<(usize, i32)> {
    pair(HELD)
        .map(|(cards, day)| (cards as usize, day as i32))
        .filter(|(cards, _)| *cards > 0)
}

/// Remembers that the browser holds progress on `cards` cards on study day `day`.
pub fn set_held(cards: usize, day: i32) {
    set(HELD, &format!("{cards} {day}"));
}

/// The last backup made here: (ms since the epoch, reviews it held).
pub fn last_export() -> Option<(f64, usize)> {
    pair(LAST_EXPORT).map(|(at, reviews)| (at, reviews as usize))
}

/// Remembers a backup made at `at_ms` holding `reviews` reviews.
pub fn set_last_export(at_ms: f64, reviews: usize) {
    set(LAST_EXPORT, &format!("{} {reviews}", at_ms.round()));
}

/// When the backup reminder was last put off (ms since the epoch).
pub fn reminder_off() -> Option<f64> {
    storage()?
        .get_item(REMINDER_OFF)
        .ok()
        .flatten()?
        .parse()
        .ok()
}

/// Puts the backup reminder off from `at_ms`.
pub fn set_reminder_off(at_ms: f64) {
    set(REMINDER_OFF, &at_ms.round().to_string());
}
