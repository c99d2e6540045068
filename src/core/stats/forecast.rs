//! The forecast: reviews due on each of the next [`FORECAST_DAYS`] days and in each of the next
//! [`FORECAST_WEEKS`] weeks from the card states, with the new cards apart. Cards due after
//! the last week count nowhere.

use crate::core::srs::log::CardStates;
use crate::core::srs::study_day::StudyDay;

/// Days the daily forecast covers, today first.
pub const FORECAST_DAYS: u32 = 30;
/// Weeks the weekly forecast covers, the week starting today first.
pub const FORECAST_WEEKS: u32 = 52;

/// The load of one day or week.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Load {
    /// Reviewed cards falling due (on today: every overdue card too).
    pub due: u32,
    /// New cards the daily limit introduces, while new cards remain.
    pub new: u32,
}

/// The forecast, computed by [`forecast`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forecast {
    /// Cards due before today (counted in today's load as well).
    pub overdue: u32,
    /// Today and the next days, [`FORECAST_DAYS`] in all.
    pub days: Vec<Load>,
    /// Seven-day stretches from today on, [`FORECAST_WEEKS`] in all.
    pub weeks: Vec<Load>,
}

/// The forecast from `today` of the cards in `states`, introducing of the `new_remaining` new
/// cards `new_today` today (what today's limit leaves: the queue's count) and `new_per_day` on
/// each day after, until none remain.
pub fn forecast(
    states: &CardStates,
    today: StudyDay,
    (new_today, new_per_day): (u32, u32),
    new_remaining: u32,
) -> Forecast {
    let span = (FORECAST_WEEKS * 7).max(FORECAST_DAYS);
    let mut daily = vec![Load::default(); span as usize];
    let mut overdue = 0;
    for state in states.values() {
        overdue += u32::from(state.due < today);
        let offset = today.days_until(state.due).max(0) as usize;
        if let Some(load) = daily.get_mut(offset) {
            load.due += 1;
        }
    }
    let mut left = new_remaining;
    for (day, load) in daily.iter_mut().enumerate() {
        load.new = if day == 0 { new_today } else { new_per_day }.min(left);
        left -= load.new;
    }
    let weeks = daily
        .chunks(7)
        .take(FORECAST_WEEKS as usize)
        .map(|week| Load {
            due: week.iter().map(|l| l.due).sum(),
            new: week.iter().map(|l| l.new).sum(),
        })
        .collect();
    daily.truncate(FORECAST_DAYS as usize);
    Forecast {
        overdue,
        days: daily,
        weeks,
    }
}
