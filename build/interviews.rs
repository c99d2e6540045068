//! Build-time loading and validation of `interviews/*.toml` (format in README "Content").
//!
//! Shared by `build.rs` and `tests/content_validation.rs`, like `content.rs`; errors name
//! file, line and reason.

use crate::content::{line_of, ContentError, Source};
use serde::Deserialize;
use std::collections::HashSet;
use toml::Spanned;

/// The phase keys, in the order every interview walks them.
pub const PHASES: [&str; 4] = ["clarify", "simplify", "bottleneck", "failure"];
const DIFFICULTIES: [&str; 3] = ["easy", "medium", "hard"];

/// A validated interview phase.
#[derive(Debug, Clone)]
pub struct PhaseData {
    /// Index into [`PHASES`].
    pub key: usize,
    /// Time budget in minutes.
    pub minutes: u32,
    /// What to work out in this phase.
    pub prompt: String,
    /// Nudges the candidate may reveal.
    pub hints: Vec<String>,
    /// A strong answer, Markdown.
    pub reference: String,
}

/// A validated rubric item.
#[derive(Debug, Clone)]
pub struct RubricData {
    /// Index into [`PHASES`].
    pub phase: usize,
    /// What the candidate should have done.
    pub item: String,
    /// 1–3.
    pub weight: u32,
}

/// A validated interview.
#[derive(Debug, Clone)]
pub struct InterviewData {
    /// Stable id (the file name).
    pub id: String,
    /// Title.
    pub title: String,
    /// easy, medium or hard.
    pub difficulty: String,
    /// Total minutes (the sum of the phases).
    pub minutes: u32,
    /// Linked curriculum topics.
    pub topics: Vec<String>,
    /// The interviewer's opening.
    pub prompt: String,
    /// Scale facts clarifying questions should uncover.
    pub facts: Vec<String>,
    /// The four phases in order.
    pub phases: Vec<PhaseData>,
    /// Rubric items.
    pub rubric: Vec<RubricData>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InterviewFile {
    id: Spanned<String>,
    title: Spanned<String>,
    difficulty: Spanned<String>,
    minutes: Spanned<u32>,
    topics: Vec<Spanned<String>>,
    prompt: Spanned<String>,
    scale: Scale,
    phase: Vec<PhaseSrc>,
    rubric: Vec<RubricSrc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scale {
    facts: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PhaseSrc {
    key: Spanned<String>,
    minutes: u32,
    prompt: Spanned<String>,
    #[serde(default)]
    hints: Vec<String>,
    reference: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RubricSrc {
    phase: Spanned<String>,
    item: Spanned<String>,
    weight: Spanned<u32>,
}

/// Validates interview files against the curriculum topic names.
pub fn validate_interviews(
    files: &[Source],
    topics: &HashSet<String>,
) -> Result<Vec<InterviewData>, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for source in files {
        let mut at = |offset: usize, reason: String| {
            errors.push(ContentError {
                path: source.path.clone(),
                line: line_of(&source.text, offset),
                reason,
            });
        };
        let file: InterviewFile = match toml::from_str(&source.text) {
            Ok(file) => file,
            Err(err) => {
                let reason = err.message().trim().replace('\n', " ");
                at(
                    err.span().map_or(0, |s| s.start),
                    format!("invalid TOML: {reason}"),
                );
                continue;
            }
        };
        let stem = source
            .path
            .rsplit('/')
            .next()
            .unwrap_or("")
            .trim_end_matches(".toml");
        if file.id.get_ref() != stem {
            at(
                file.id.span().start,
                format!(
                    "id \"{}\" must equal the file name \"{stem}\"",
                    file.id.get_ref()
                ),
            );
        }
        for (value, what) in [(&file.title, "title"), (&file.prompt, "prompt")] {
            if value.get_ref().trim().is_empty() {
                at(value.span().start, format!("{what} is empty"));
            }
        }
        if !DIFFICULTIES.contains(&file.difficulty.get_ref().as_str()) {
            at(
                file.difficulty.span().start,
                "difficulty must be easy, medium or hard".into(),
            );
        }
        for topic in &file.topics {
            if !topics.contains(topic.get_ref()) {
                at(
                    topic.span().start,
                    format!("topic \"{}\" is not in the curriculum", topic.get_ref()),
                );
            }
        }
        if file.topics.is_empty() {
            at(0, "topics must name at least one curriculum topic".into());
        }
        if file
            .scale
            .facts
            .iter()
            .any(|f| f.get_ref().trim().is_empty())
            || file.scale.facts.is_empty()
        {
            at(
                0,
                "scale.facts must list at least one non-empty fact".into(),
            );
        }
        let keys: Vec<&str> = file
            .phase
            .iter()
            .map(|p| p.key.get_ref().as_str())
            .collect();
        if keys != PHASES {
            let offset = file.phase.first().map_or(0, |p| p.key.span().start);
            at(
                offset,
                format!("phases must be {PHASES:?} in this order, found {keys:?}"),
            );
        }
        let total: u32 = file.phase.iter().map(|p| p.minutes).sum();
        if total != *file.minutes.get_ref() {
            at(
                file.minutes.span().start,
                format!(
                    "minutes = {} but the phases add up to {total}",
                    file.minutes.get_ref()
                ),
            );
        }
        for phase in &file.phase {
            for (value, what) in [
                (&phase.prompt, "phase prompt"),
                (&phase.reference, "phase reference"),
            ] {
                if value.get_ref().trim().is_empty() {
                    at(value.span().start, format!("{what} is empty"));
                }
            }
        }
        for rubric in &file.rubric {
            if !PHASES.contains(&rubric.phase.get_ref().as_str()) {
                at(
                    rubric.phase.span().start,
                    format!(
                        "rubric phase \"{}\" is not a phase key",
                        rubric.phase.get_ref()
                    ),
                );
            }
            if !(1..=3).contains(rubric.weight.get_ref()) {
                at(
                    rubric.weight.span().start,
                    "rubric weight must be 1, 2 or 3".into(),
                );
            }
            if rubric.item.get_ref().trim().is_empty() {
                at(rubric.item.span().start, "rubric item is empty".into());
            }
        }
        for key in PHASES {
            let count = file
                .rubric
                .iter()
                .filter(|r| r.phase.get_ref() == key)
                .count();
            if count < 2 {
                at(
                    0,
                    format!("phase \"{key}\" needs at least two rubric items, has {count}"),
                );
            }
        }
        let phase_index = |key: &str| PHASES.iter().position(|k| *k == key).unwrap_or(0);
        out.push(InterviewData {
            id: file.id.into_inner(),
            title: file.title.into_inner(),
            difficulty: file.difficulty.into_inner(),
            minutes: file.minutes.into_inner(),
            topics: file.topics.into_iter().map(Spanned::into_inner).collect(),
            prompt: file.prompt.into_inner().trim().to_string(),
            facts: file
                .scale
                .facts
                .into_iter()
                .map(Spanned::into_inner)
                .collect(),
            phases: file
                .phase
                .into_iter()
                .map(|p| PhaseData {
                    key: phase_index(p.key.get_ref()),
                    minutes: p.minutes,
                    prompt: p.prompt.into_inner().trim().to_string(),
                    hints: p.hints,
                    reference: p.reference.into_inner().trim().to_string(),
                })
                .collect(),
            rubric: file
                .rubric
                .into_iter()
                .map(|r| RubricData {
                    phase: phase_index(r.phase.get_ref()),
                    item: r.item.into_inner(),
                    weight: r.weight.into_inner(),
                })
                .collect(),
        });
    }
    // easiest first, then shorter, then by title: the order the picker shows
    let rank = |d: &str| {
        DIFFICULTIES
            .iter()
            .position(|x| *x == d)
            .unwrap_or(DIFFICULTIES.len())
    };
    out.sort_by(|a, b| {
        (rank(&a.difficulty), a.minutes, &a.title).cmp(&(rank(&b.difficulty), b.minutes, &b.title))
    });
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}
