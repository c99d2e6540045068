//! Short interval labels for the grade buttons, the way Anki shows them ("1d", "15d", "1.3mo", "1.1y").

use crate::core::text::decimal::fixed;

/// A compact label for an interval of `days` days.
pub fn interval_label(days: u32) -> String {
    let d = f64::from(days);
    if days < 30 {
        format!("{days}d")
    } else if days < 365 {
        format!("{}mo", fixed(d / 30.44, 1))
    } else {
        format!("{}y", fixed(d / 365.25, 1))
    }
}
