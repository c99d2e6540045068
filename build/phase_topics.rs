//! Build-time reading of `interviews/feedback/phase-topics.toml`: the curriculum topics each
//! interview phase exercises, which review boosts when that phase is weak. Every name must be a
//! topic with a deck, so a misspelt one fails the build at its line; `build.rs` writes the table
//! as the Rust that `src/core/feedback/boost.rs` includes as `PHASE_TOPICS`.

use crate::content::Topics;
use crate::report::{parse, ContentError, Reporter, Source};
use serde::Deserialize;
use toml::Spanned;

/// The topic names of each phase, in phase order (clarify, simplify, bottleneck, failure).
pub type PhaseTopics = [Vec<String>; 4];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PhaseTopicsFile {
    clarify: Vec<Spanned<String>>,
    simplify: Vec<Spanned<String>>,
    bottleneck: Vec<Spanned<String>>,
    failure: Vec<Spanned<String>>,
}

/// Validates the phase topics file against the topics it may name (each at most once per
/// phase), adding every problem to `errors`.
pub fn validate_phase_topics(
    source: &Source,
    topics: &Topics,
    errors: &mut Vec<ContentError>,
) -> PhaseTopics {
    let Some(file) = parse::<PhaseTopicsFile>(source, errors) else {
        return PhaseTopics::default();
    };
    let mut report = Reporter::new(source, errors);
    [file.clarify, file.simplify, file.bottleneck, file.failure].map(|names| {
        let mut kept: Vec<String> = Vec::new();
        for name in names {
            let problem = topics.problem(name.get_ref()).or_else(|| {
                kept.contains(name.get_ref())
                    .then(|| format!("topic \"{}\" is listed twice", name.get_ref()))
            });
            match problem {
                Some(reason) => report.at(name.span().start, reason),
                None => kept.push(name.into_inner()),
            }
        }
        kept
    })
}

/// `phase_topics` as a Rust expression of type `[&[&str]; 4]`, for `include!`.
pub fn to_rust(phase_topics: &PhaseTopics) -> String {
    let phases: Vec<String> = phase_topics
        .iter()
        .map(|names| format!("&{names:?}"))
        .collect();
    format!("[{}]\n", phases.join(", "))
}
