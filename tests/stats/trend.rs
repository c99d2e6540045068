//! The interview trend: finished attempts oldest first, the stored overall rating, phase
//! ratings by the rating rule.

use super::common::{attempt, catalogue};
use archdrill::core::interview::model::PhaseKey;
use archdrill::core::interview::rating::{Rating, RUBRIC_SHARE};
use archdrill::core::interview::session::{Attempt, Mark, Status};
use archdrill::core::stats::trend::{phase_series, trend};

/// A finished attempt started at `start_ms`, every rubric item marked `mark`, rated `rating`.
fn done(start_ms: f64, mark: Mark, rating: u8) -> Attempt {
    let (mut a, _) = attempt(["", "", "", ""], [1.0; 4]);
    a.id = format!("url-shortener@{start_ms}");
    a.started_ms = start_ms;
    a.marks = vec![Some(mark); a.marks.len()];
    a.rating = Some(rating);
    a.status = Status::Done;
    a
}

#[test]
fn finished_attempts_trend_oldest_first_with_each_phase_rated() {
    // all missed: each phase scores at most 0.25 × signals ≤ 0.25, No Hire
    const { assert!(1.0 - RUBRIC_SHARE < 0.45) };
    // all met: each phase scores at least 0.75, Hire or better
    const { assert!(RUBRIC_SHARE >= 0.65) };
    let later = done(2_000.0, Mark::Met, 4);
    let earlier = done(1_000.0, Mark::Missed, 2);
    let mut assessing = done(500.0, Mark::Met, 3);
    assessing.status = Status::Assessing;
    let mut gone = done(700.0, Mark::Met, 3);
    gone.interview_id = "no-such-interview".into();
    let points = trend(catalogue(), &[later, assessing, earlier, gone]);
    let starts: Vec<f64> = points.iter().map(|p| p.started_ms).collect();
    assert_eq!(starts, [1_000.0, 2_000.0]);
    assert_eq!(points[0].overall, Rating::LeanNoHire, "the stored rating");
    assert_eq!(points[0].phases, [Rating::NoHire; 4]);
    assert!(points[1].phases.iter().all(|&r| r >= Rating::Hire));
    let clarify = phase_series(&points, PhaseKey::Clarify);
    assert_eq!(clarify[0], (1_000.0, Rating::NoHire));
    assert_eq!(clarify[1], (2_000.0, points[1].phases[0]));
    assert!(trend(catalogue(), &[]).is_empty());
}
