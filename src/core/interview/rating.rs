//! The rating rule: from rubric self-assessment and automatic signals to the common 1–4
//! scale, with an explanation of every number.
//!
//! Per phase: `rubric` = Σ weight × credit / Σ weight (met 1, partly ½, missed or not
//! assessed 0); `signals` = the mean credit of that phase's signals; `score` =
//! 0.75 × rubric + 0.25 × signals. Ratings: score ≥ 0.85 Strong Hire, ≥ 0.65 Hire,
//! ≥ 0.45 Lean No Hire, else No Hire. Overall: the phase scores weighted by each phase's
//! total rubric weight, on the same thresholds, but never more than one step above the
//! weakest phase (a No Hire phase caps the interview at Lean No Hire).

use crate::core::interview::model::{Interview, PhaseKey};
use crate::core::interview::session::{Attempt, Mark};
use crate::core::interview::signals::{signals, Signal};
use crate::core::text::decimal::{fixed, short};

/// Weight of the rubric in a phase score (the rest is signals).
pub const RUBRIC_SHARE: f64 = 0.75;

/// The common four-step hiring scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rating {
    /// 1.
    NoHire = 1,
    /// 2.
    LeanNoHire = 2,
    /// 3.
    Hire = 3,
    /// 4.
    StrongHire = 4,
}

impl Rating {
    /// The rating for a score between 0 and 1.
    pub fn from_score(score: f64) -> Rating {
        match score {
            s if s >= 0.85 => Rating::StrongHire,
            s if s >= 0.65 => Rating::Hire,
            s if s >= 0.45 => Rating::LeanNoHire,
            _ => Rating::NoHire,
        }
    }

    /// The rating for 1–4 (clamped).
    pub fn from_number(n: u8) -> Rating {
        match n {
            0 | 1 => Rating::NoHire,
            2 => Rating::LeanNoHire,
            3 => Rating::Hire,
            _ => Rating::StrongHire,
        }
    }

    /// 1–4.
    pub fn number(self) -> u8 {
        self as u8
    }

    /// "Strong Hire" etc.
    pub fn label(self) -> &'static str {
        match self {
            Rating::NoHire => "No Hire",
            Rating::LeanNoHire => "Lean No Hire",
            Rating::Hire => "Hire",
            Rating::StrongHire => "Strong Hire",
        }
    }

    fn step_up(self) -> Rating {
        Rating::from_number(self.number() + 1)
    }
}

/// How one phase was rated.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseRating {
    /// The phase.
    pub phase: PhaseKey,
    /// Σ weight × credit.
    pub rubric_points: f64,
    /// Σ weight.
    pub rubric_max: f64,
    /// Mean credit of the phase's signals.
    pub signal_credit: f64,
    /// 0.75 × rubric + 0.25 × signals.
    pub score: f64,
    /// The rating of the score.
    pub rating: Rating,
}

impl PhaseRating {
    /// "rubric 5/7 = 0.71, signals 0.75 → 0.75×0.71 + 0.25×0.75 = 0.72 → Hire".
    pub fn explanation(&self) -> String {
        let rubric = self.rubric_points / self.rubric_max;
        let (rubric, signals) = (fixed(rubric, 2), fixed(self.signal_credit, 2));
        format!(
            "rubric {}/{} = {rubric}, signals {signals} → {}×{rubric} + {}×{signals} = {} → {}",
            short(self.rubric_points),
            short(self.rubric_max),
            short(RUBRIC_SHARE),
            short(1.0 - RUBRIC_SHARE),
            fixed(self.score, 2),
            self.rating.label()
        )
    }
}

/// The whole rating.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// One per phase, in order.
    pub phases: Vec<PhaseRating>,
    /// Weighted mean of the phase scores.
    pub score: f64,
    /// The overall rating after the weakest-phase cap.
    pub rating: Rating,
    /// How the overall number came about.
    pub explanation: String,
}

impl Report {
    /// The phases with the lowest rating, when that rating is below Strong Hire.
    pub fn weakest_phases(&self) -> Vec<PhaseKey> {
        let lowest = self
            .phases
            .iter()
            .map(|p| p.rating)
            .min()
            .unwrap_or(Rating::StrongHire);
        if lowest == Rating::StrongHire {
            return Vec::new();
        }
        self.phases
            .iter()
            .filter(|p| p.rating == lowest)
            .map(|p| p.phase)
            .collect()
    }
}

/// Rates an attempt from its rubric marks and signals.
pub fn rate(interview: &Interview, marks: &[Option<Mark>], signals: &[Signal]) -> Report {
    let phases: Vec<PhaseRating> = PhaseKey::ALL
        .iter()
        .map(|&phase| {
            let (mut points, mut max) = (0.0, 0.0);
            for (i, item) in interview.rubric_of(phase) {
                let weight = f64::from(item.weight);
                max += weight;
                points += weight * marks.get(i).copied().flatten().map_or(0.0, Mark::credit);
            }
            let credits: Vec<f64> = signals
                .iter()
                .filter(|s| s.phase == phase)
                .map(|s| s.mark.credit())
                .collect();
            let signal_credit = if credits.is_empty() {
                1.0
            } else {
                credits.iter().sum::<f64>() / credits.len() as f64
            };
            let rubric = if max > 0.0 { points / max } else { 0.0 };
            let score = RUBRIC_SHARE * rubric + (1.0 - RUBRIC_SHARE) * signal_credit;
            PhaseRating {
                phase,
                rubric_points: points,
                rubric_max: max,
                signal_credit,
                score,
                rating: Rating::from_score(score),
            }
        })
        .collect();
    let total_weight: f64 = phases.iter().map(|p| p.rubric_max).sum();
    let score = phases.iter().map(|p| p.score * p.rubric_max).sum::<f64>() / total_weight.max(1.0);
    let weakest = phases
        .iter()
        .map(|p| p.rating)
        .min()
        .unwrap_or(Rating::NoHire);
    let uncapped = Rating::from_score(score);
    let rating = uncapped.min(weakest.step_up());
    let weights = phases
        .iter()
        .map(|p| format!("{}×{}", fixed(p.score, 2), short(p.rubric_max)))
        .collect::<Vec<_>>()
        .join(" + ");
    let mut explanation = format!(
        "({weights}) / {} = {} → {}",
        short(total_weight),
        fixed(score, 2),
        uncapped.label()
    );
    if rating < uncapped {
        explanation.push_str(&format!(
            "; capped at {} because the weakest phase is {}",
            rating.label(),
            weakest.label()
        ));
    }
    Report {
        phases,
        score,
        rating,
        explanation,
    }
}

/// The signals and rating of `attempt` at `interview`, frozen at its end (its start, if it
/// never ended): what the results screen shows and the interview trend counts.
pub fn evaluate(interview: &Interview, attempt: &Attempt) -> (Vec<Signal>, Report) {
    let end = attempt.finished_ms.unwrap_or(attempt.started_ms);
    let found = signals(interview, attempt, end);
    let report = rate(interview, &attempt.marks_for(interview), &found);
    (found, report)
}
