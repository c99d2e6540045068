//! Mock interviews (validated at build time from `interviews/*.toml`, read from the content
//! file with the curriculum).

use serde::{Deserialize, Serialize};

/// The four phases every interview walks, in order (see `../shared/approach.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PhaseKey {
    /// Requirements and scale, quantified.
    Clarify,
    /// The simplest design that could work.
    Simplify,
    /// Bottlenecks and single points of failure; complexity only where a number justifies it.
    Bottleneck,
    /// What happens when each component goes down.
    Failure,
}

impl PhaseKey {
    /// All phases in order.
    pub const ALL: [PhaseKey; 4] = [
        PhaseKey::Clarify,
        PhaseKey::Simplify,
        PhaseKey::Bottleneck,
        PhaseKey::Failure,
    ];

    /// Position in [`PhaseKey::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Heading shown to the candidate.
    pub fn title(self) -> &'static str {
        match self {
            PhaseKey::Clarify => "Clarify requirements and scale",
            PhaseKey::Simplify => "Simplest design that could work",
            PhaseKey::Bottleneck => "Bottlenecks and justified complexity",
            PhaseKey::Failure => "Design for failure",
        }
    }

    /// The key used in interview files ("clarify", …).
    pub fn key(self) -> &'static str {
        match self {
            PhaseKey::Clarify => "clarify",
            PhaseKey::Simplify => "simplify",
            PhaseKey::Bottleneck => "bottleneck",
            PhaseKey::Failure => "failure",
        }
    }

    /// Short name.
    pub fn name(self) -> &'static str {
        match self {
            PhaseKey::Clarify => "Clarify",
            PhaseKey::Simplify => "Simplify",
            PhaseKey::Bottleneck => "Bottlenecks",
            PhaseKey::Failure => "Failure",
        }
    }
}

/// One phase of an interview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phase {
    /// Which phase.
    pub key: PhaseKey,
    /// Time budget in minutes.
    pub minutes: u32,
    /// What to work out, specific to the problem; safe HTML (from Markdown at build time).
    pub prompt: String,
    /// Nudges the candidate may reveal one by one.
    pub hints: Vec<String>,
    /// A strong candidate's answer; safe HTML (from Markdown at build time).
    pub reference: String,
}

/// A weighted rubric item, tied to one phase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RubricItem {
    /// The phase it scores.
    pub phase: PhaseKey,
    /// What the candidate should have done.
    pub item: String,
    /// 1 (nice) to 3 (critical).
    pub weight: u32,
}

/// A mock interview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interview {
    /// Stable id (the file name).
    pub id: String,
    /// "Design a URL shortener".
    pub title: String,
    /// easy, medium or hard.
    pub difficulty: String,
    /// Total length in minutes.
    pub minutes: u32,
    /// Linked curriculum topic names.
    pub topics: Vec<String>,
    /// What the interviewer says at the start; safe HTML (from Markdown at build time).
    pub prompt: String,
    /// The scale facts clarifying questions should uncover.
    pub facts: Vec<String>,
    /// The four phases in order.
    pub phases: [Phase; 4],
    /// Rubric items of all phases.
    pub rubric: Vec<RubricItem>,
}

impl Interview {
    /// Rubric items of one phase, with their index in [`Interview::rubric`].
    pub fn rubric_of(&self, phase: PhaseKey) -> impl Iterator<Item = (usize, &RubricItem)> {
        self.rubric
            .iter()
            .enumerate()
            .filter(move |(_, r)| r.phase == phase)
    }
}
