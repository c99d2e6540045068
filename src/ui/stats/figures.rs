//! Every figure the Stats screen shows, computed once from the review digest, the card states,
//! the catalogue and the attempts (all pure functions of `core::stats`).

use crate::core::content::catalogue::Catalogue;
use crate::core::interview::session::Attempt;
use crate::core::srs::log::CardStates;
use crate::core::srs::study_day::StudyDay;
use crate::core::stats::counts::{card_counts, CardCounts};
use crate::core::stats::digest::Digest;
use crate::core::stats::forecast::{forecast, Forecast};
use crate::core::stats::heatmap::{heatmap, Heatmap};
use crate::core::stats::histogram::{easiness, intervals, Histogram};
use crate::core::stats::mastery::{mastery, Mastery};
use crate::core::stats::per_day::{per_day, DayStack, PER_DAY_PERIODS};
use crate::core::stats::retention::{retention_periods, Retention};
use crate::core::stats::trend::{trend, TrendPoint};

/// The figures of one Stats screen.
pub struct Figures {
    /// The study day they end on.
    pub today: StudyDay,
    /// Reviews per day over the last year, streaks and averages.
    pub heatmap: Heatmap,
    /// Cards due in the next 30 days and 52 weeks.
    pub forecast: Forecast,
    /// True retention over 7, 30 and 365 days.
    pub retention: [Retention; 3],
    /// New, learning and mature cards, overall and per section and topic.
    pub counts: CardCounts,
    /// The reviewed cards' intervals.
    pub intervals: Histogram,
    /// The reviewed cards' easiness factors.
    pub ease: Histogram,
    /// Reviews of each of the last 365 days by class, oldest first.
    pub per_day: Vec<DayStack>,
    /// Every topic, weakest first.
    pub mastery: Vec<Mastery>,
    /// Rated interview attempts, oldest first.
    pub trend: Vec<TrendPoint>,
}

impl Figures {
    /// The figures of `reviews` (the whole log's digest), the card states and the rest, on
    /// `today`, with `new_today` new cards left for today (the queue's count) and `new_per_day`
    /// for each day after.
    pub fn of(
        (reviews, states): (&Digest, &CardStates),
        catalogue: &Catalogue,
        attempts: &[Attempt],
        (new_today, new_per_day): (u32, u32),
        today: StudyDay,
    ) -> Figures {
        let counts = card_counts(catalogue, states);
        let new_remaining = counts.all.new as u32;
        let longest = PER_DAY_PERIODS[PER_DAY_PERIODS.len() - 1];
        Figures {
            today,
            heatmap: heatmap(reviews, today),
            forecast: forecast(states, today, (new_today, new_per_day), new_remaining),
            retention: retention_periods(reviews, today),
            intervals: intervals(states),
            ease: easiness(states),
            per_day: per_day(reviews, today, longest),
            mastery: mastery(catalogue, reviews, states, today),
            trend: trend(catalogue, attempts),
            counts,
        }
    }
}
