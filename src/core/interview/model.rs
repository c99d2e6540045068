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
#[derive(Debug, PartialEq, Eq)]
pub struct Phase {
    /// Which phase.
    pub key: PhaseKey,
    /// Time budget in minutes.
    pub minutes: u32,
    /// What to work out, specific to the problem; safe HTML (from Markdown at build time).
    pub prompt: &'static str,
    /// Nudges the candidate may reveal one by one.
    pub hints: &'static [&'static str],
    /// A strong candidate's answer; safe HTML (from Markdown at build time).
    pub reference: &'static str,
}

/// A weighted rubric item, tied to one phase.
#[derive(Debug, PartialEq, Eq)]
pub struct RubricItem {
    /// The phase it scores.
    pub phase: PhaseKey,
    /// What the candidate should have done.
    pub item: &'static str,
    /// 1 (nice) to 3 (critical).
    pub weight: u32,
}

/// A mock interview.
#[derive(Debug, PartialEq, Eq)]
pub struct Interview {
    /// Stable id (the file name).
    pub id: &'static str,
    /// "Design a URL shortener".
    pub title: &'static str,
    /// easy, medium or hard.
    pub difficulty: &'static str,
    /// Total length in minutes.
    pub minutes: u32,
    /// Linked curriculum topic names.
    pub topics: &'static [&'static str],
    /// What the interviewer says at the start; safe HTML (from Markdown at build time).
    pub prompt: &'static str,
    /// The scale facts clarifying questions should uncover.
    pub facts: &'static [&'static str],
    /// The four phases in order.
    pub phases: [Phase; 4],
    /// Rubric items of all phases.
    pub rubric: &'static [RubricItem],
}

impl Interview {
    /// Rubric items of one phase, with their index in [`Interview::rubric`].
    pub fn rubric_of(&self, phase: PhaseKey) -> impl Iterator<Item = (usize, &'static RubricItem)> {
        self.rubric
            .iter()
            .enumerate()
            .filter(move |(_, r)| r.phase == phase)
    }
}
