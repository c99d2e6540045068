//! The interview trend: each finished attempt's overall rating and the rating of each of its
//! phases, oldest first. Phase ratings are recomputed by the rating rule
//! ([`crate::core::interview::rating`]) from the attempt's marks and signals as they stood at
//! its end; the overall rating is the one stored when it was rated.

use crate::core::content::catalogue::Catalogue;
use crate::core::interview::model::PhaseKey;
use crate::core::interview::rating::{evaluate, Rating};
use crate::core::interview::session::{Attempt, Status};
use crate::core::text::order::by_key;

/// One rated attempt on the trend.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    /// The attempt's id.
    pub attempt_id: String,
    /// The interview taken.
    pub interview_id: String,
    /// When it started (ms since the epoch).
    pub started_ms: f64,
    /// The overall rating it was given.
    pub overall: Rating,
    /// The rating of each phase, in [`PhaseKey::ALL`] order.
    pub phases: [Rating; 4],
}

/// The finished, rated attempts among `attempts` whose interview `catalogue` still has, by
/// start time (equal starts by id).
pub fn trend(catalogue: &Catalogue, attempts: &[Attempt]) -> Vec<TrendPoint> {
    let points: Vec<TrendPoint> = attempts
        .iter()
        .filter(|a| a.status == Status::Done)
        .filter_map(|a| {
            let interview = catalogue.interview(&a.interview_id)?;
            let (_, report) = evaluate(interview, a);
            Some(TrendPoint {
                attempt_id: a.id.clone(),
                interview_id: a.interview_id.clone(),
                started_ms: a.started_ms,
                overall: Rating::from_number(a.rating?),
                phases: std::array::from_fn(|p| report.phases[p].rating),
            })
        })
        .collect();
    by_key(points, |p| p.started_ms.max(0.0) as u64)
}

/// One phase's ratings over time: (start in ms, rating) of each point.
pub fn phase_series(points: &[TrendPoint], phase: PhaseKey) -> Vec<(f64, Rating)> {
    points
        .iter()
        .map(|p| (p.started_ms, p.phases[phase.index()]))
        .collect()
}
