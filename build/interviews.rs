//! Build-time loading and validation of `interviews/*.toml` (format in README "Content").
//!
//! Shared by `build.rs` (through `build/check.rs`) and `tests/content_validation/`, like
//! `content.rs`; every error names file, line and reason, its line that of the offending value.

use crate::content::Topics;
use crate::report::{parse, ContentError, Reporter, Source};
use serde::Deserialize;
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
    topics: Spanned<Vec<Spanned<String>>>,
    prompt: Spanned<String>,
    scale: Scale,
    phase: Spanned<Vec<PhaseSrc>>,
    rubric: Spanned<Vec<RubricSrc>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scale {
    facts: Spanned<Vec<Spanned<String>>>,
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

/// Validates interview files against the topics they may link, adding every problem to
/// `errors`; the interviews come easiest first, then shorter, then by title (the picker's order).
pub fn validate_interviews(
    files: &[Source],
    topics: &Topics,
    errors: &mut Vec<ContentError>,
) -> Vec<InterviewData> {
    let mut out: Vec<InterviewData> = files
        .iter()
        .filter_map(|source| {
            let file = parse::<InterviewFile>(source, errors)?;
            let mut report = Reporter::new(source, errors);
            check_fields(&file, topics, &mut report);
            check_phases(&file, &mut report);
            check_rubric(&file, &mut report);
            Some(interview_data(file))
        })
        .collect();
    let rank = |d: &str| {
        DIFFICULTIES
            .iter()
            .position(|x| *x == d)
            .unwrap_or(DIFFICULTIES.len())
    };
    out.sort_by(|a, b| {
        (rank(&a.difficulty), a.minutes, &a.title).cmp(&(rank(&b.difficulty), b.minutes, &b.title))
    });
    out
}

/// The id (the file name), title, prompt, difficulty, linked topics and scale facts.
fn check_fields(file: &InterviewFile, topics: &Topics, report: &mut Reporter) {
    let path = report.path();
    let stem = path.rsplit('/').next().unwrap_or("");
    let stem = stem.trim_end_matches(".toml").to_string();
    if file.id.get_ref() != &stem {
        let reason = format!(
            "id \"{}\" must equal the file name \"{stem}\"",
            file.id.get_ref()
        );
        report.at(file.id.span().start, reason);
    }
    report.non_empty(&file.title, "title");
    report.non_empty(&file.prompt, "prompt");
    report.no_tilde_strike(&file.prompt, "prompt");
    if !DIFFICULTIES.contains(&file.difficulty.get_ref().as_str()) {
        let reason = "difficulty must be easy, medium or hard";
        report.at(file.difficulty.span().start, reason);
    }
    for topic in file.topics.get_ref() {
        if let Some(problem) = topics.problem(topic.get_ref()) {
            report.at(topic.span().start, problem);
        }
    }
    if file.topics.get_ref().is_empty() {
        let reason = "topics must name at least one curriculum topic";
        report.at(file.topics.span().start, reason);
    }
    let facts = &file.scale.facts;
    if facts.get_ref().is_empty() {
        let reason = "scale.facts must list at least one fact";
        report.at(facts.span().start, reason);
    }
    for fact in facts.get_ref() {
        report.non_empty(fact, "scale fact");
    }
}

/// The phases: the four keys in order, minutes adding up, a prompt and a reference each.
fn check_phases(file: &InterviewFile, report: &mut Reporter) {
    let keys: Vec<&str> = file
        .phase
        .get_ref()
        .iter()
        .map(|p| p.key.get_ref().as_str())
        .collect();
    if keys != PHASES {
        // at the first phase out of place, or the last one when phases are missing at the end
        // (at `phase = []` when there are none)
        let first_wrong = keys.iter().zip(PHASES).position(|(k, p)| *k != p);
        let at = first_wrong.unwrap_or(PHASES.len().min(keys.len().saturating_sub(1)));
        let offset =
            (file.phase.get_ref().get(at)).map_or(file.phase.span().start, |p| p.key.span().start);
        let reason = format!("phases must be {PHASES:?} in this order, found {keys:?}");
        report.at(offset, reason);
    }
    let total: u32 = file.phase.get_ref().iter().map(|p| p.minutes).sum();
    if total != *file.minutes.get_ref() {
        let reason = format!(
            "minutes = {} but the phases add up to {total}",
            file.minutes.get_ref()
        );
        report.at(file.minutes.span().start, reason);
    }
    for phase in file.phase.get_ref() {
        report.non_empty(&phase.prompt, "phase prompt");
        report.non_empty(&phase.reference, "phase reference");
        report.no_tilde_strike(&phase.prompt, "phase prompt");
        report.no_tilde_strike(&phase.reference, "phase reference");
    }
}

/// The rubric: phase keys, weights 1–3, items not empty, at least two items per phase.
fn check_rubric(file: &InterviewFile, report: &mut Reporter) {
    for rubric in file.rubric.get_ref() {
        if !PHASES.contains(&rubric.phase.get_ref().as_str()) {
            let reason = format!(
                "rubric phase \"{}\" is not a phase key",
                rubric.phase.get_ref()
            );
            report.at(rubric.phase.span().start, reason);
        }
        if !(1..=3).contains(rubric.weight.get_ref()) {
            report.at(
                rubric.weight.span().start,
                "rubric weight must be 1, 2 or 3",
            );
        }
        report.non_empty(&rubric.item, "rubric item");
    }
    for key in PHASES {
        let items: Vec<&RubricSrc> = file
            .rubric
            .get_ref()
            .iter()
            .filter(|r| r.phase.get_ref() == key)
            .collect();
        if items.len() < 2 {
            // at its one item, else at the phase, else at the last item (where more would go),
            // else at `rubric = []`
            let phase = file.phase.get_ref().iter().find(|p| p.key.get_ref() == key);
            let offset = items
                .first()
                .copied()
                .or(file.rubric.get_ref().last().filter(|_| phase.is_none()))
                .map(|r| r.phase.span().start)
                .or(phase.map(|p| p.key.span().start))
                .unwrap_or(file.rubric.span().start);
            let count = items.len();
            let reason = format!("phase \"{key}\" needs at least two rubric items, has {count}");
            report.at(offset, reason);
        }
    }
}

/// The validated data of a checked file.
fn interview_data(file: InterviewFile) -> InterviewData {
    let phase_index = |key: &str| PHASES.iter().position(|k| *k == key).unwrap_or(0);
    let strings = |values: Vec<Spanned<String>>| values.into_iter().map(Spanned::into_inner);
    InterviewData {
        id: file.id.into_inner(),
        title: file.title.into_inner(),
        difficulty: file.difficulty.into_inner(),
        minutes: file.minutes.into_inner(),
        topics: strings(file.topics.into_inner()).collect(),
        prompt: file.prompt.into_inner().trim().to_string(),
        facts: strings(file.scale.facts.into_inner()).collect(),
        phases: file
            .phase
            .into_inner()
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
            .into_inner()
            .into_iter()
            .map(|r| RubricData {
                phase: phase_index(r.phase.get_ref()),
                item: r.item.into_inner(),
                weight: r.weight.into_inner(),
            })
            .collect(),
    }
}
