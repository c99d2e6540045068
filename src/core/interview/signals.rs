//! Automatic signals computed from the candidate's own notes — never hidden magic: each
//! comes with the evidence that triggered it (see README, "Mock interviews").

use crate::core::interview::model::{Interview, PhaseKey};
use crate::core::interview::session::{budget_ms, Attempt, Mark};
use crate::core::interview::vocabulary::{
    contains_word, distinct, is_word_char, names, ASYNC_WORDS, COMPONENT_WORDS, FAILURE_WORDS,
    TECHNOLOGIES, UNITS,
};
use crate::core::text::markdown::first_table_header;

/// One automatic signal.
#[derive(Debug, Clone, PartialEq)]
pub struct Signal {
    /// The phase it counts towards.
    pub phase: PhaseKey,
    /// What it checks, in a few words.
    pub name: &'static str,
    /// How well the notes did.
    pub mark: Mark,
    /// What in the notes triggered it (or what was missing).
    pub evidence: String,
}

/// Quantities in `text`: a number (with an optional k/M/B/T suffix) followed by a unit.
pub fn quantities(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_number = chars[i].is_ascii_digit() && (i == 0 || !is_word_char(chars[i - 1]));
        if !starts_number {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || matches!(chars[i], '.' | ',')) {
            i += 1;
        }
        let mut end = i;
        if i < chars.len() && matches!(chars[i], 'k' | 'K' | 'M' | 'B' | 'T') {
            i += 1;
            end = i;
        }
        let mut j = i;
        while j < chars.len() && chars[j] == ' ' {
            j += 1;
        }
        let unit_start = j;
        while j < chars.len() && (is_word_char(chars[j]) || matches!(chars[j], '/' | '%' | 'µ')) {
            j += 1;
        }
        let unit: String = chars[unit_start..j]
            .iter()
            .collect::<String>()
            .to_ascii_lowercase();
        let unit_head = unit.split('/').next().unwrap_or("");
        let is_unit = UNITS.contains(&unit.as_str())
            || UNITS.contains(&unit_head)
            || (unit.starts_with('/') && unit.len() > 1)
            || unit.ends_with("/s");
        let suffix_only = end > start && chars[end - 1].is_ascii_alphabetic() && unit.is_empty();
        if is_unit || suffix_only {
            let upto = if is_unit { j } else { end };
            found.push(chars[start..upto].iter().collect::<String>());
            i = upto;
        } else {
            i = end.max(start + 1);
        }
    }
    found
}

/// Technologies named in `text` (in any of their spellings), in list order, without repeats.
pub fn technologies(text: &str) -> Vec<&'static str> {
    let lower = text.to_ascii_lowercase();
    TECHNOLOGIES
        .iter()
        .copied()
        .filter(|t| names(&lower, t))
        .collect()
}

fn grade(found: usize, met_at: usize) -> Mark {
    match found {
        0 => Mark::Missed,
        n if n >= met_at => Mark::Met,
        _ => Mark::Partly,
    }
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "none".into()
    } else {
        items.join(", ")
    }
}

/// Every automatic signal for `attempt` at `now_ms`.
pub fn signals(interview: &Interview, attempt: &Attempt, now_ms: f64) -> Vec<Signal> {
    let notes = |p: PhaseKey| attempt.notes[p.index()].as_str();
    let all_notes = attempt.notes.join("\n");
    let design = format!(
        "{}\n{}",
        notes(PhaseKey::Simplify),
        notes(PhaseKey::Bottleneck)
    );
    let mut out = vec![
        numbers_signal(notes(PhaseKey::Clarify)),
        technologies_signal(&design),
        table_signal(&all_notes),
    ];
    out.extend(dead_letter_signal(&all_notes, notes(PhaseKey::Failure)));
    out.push(down_signal(
        notes(PhaseKey::Simplify),
        notes(PhaseKey::Failure),
    ));
    out.extend(time_signals(interview, attempt, now_ms));
    out
}

/// Distinct quantities in the clarify notes: the same figure written twice counts once.
fn numbers_signal(clarify: &str) -> Signal {
    let numbers = distinct(quantities(clarify));
    Signal {
        phase: PhaseKey::Clarify,
        name: "Quantifies the scale (numbers with units)",
        mark: grade(numbers.len(), 3),
        evidence: format!(
            "{} found: {}",
            numbers.len(),
            list(&numbers.into_iter().take(10).collect::<Vec<_>>())
        ),
    }
}

/// Technologies named in the simplify and bottleneck notes, each once.
fn technologies_signal(design: &str) -> Signal {
    let named: Vec<String> = technologies(design).into_iter().map(String::from).collect();
    Signal {
        phase: PhaseKey::Simplify,
        name: "Names specific technologies",
        mark: grade(named.len(), 3),
        evidence: format!("{} named: {}", named.len(), list(&named)),
    }
}

/// A Markdown table anywhere in the notes.
fn table_signal(all_notes: &str) -> Signal {
    let table = first_table_header(all_notes);
    Signal {
        phase: PhaseKey::Bottleneck,
        name: "Presents a trade-off as a table",
        mark: if table.is_some() {
            Mark::Met
        } else {
            Mark::Missed
        },
        evidence: table.map_or("no Markdown table in the notes".into(), |h| {
            format!("table with columns: {h}")
        }),
    }
}

/// A dead-letter queue and retries in the failure notes, when the notes name anything async.
fn dead_letter_signal(all_notes: &str, failure: &str) -> Option<Signal> {
    let lower_all = all_notes.to_ascii_lowercase();
    let async_found: Vec<&str> = ASYNC_WORDS
        .iter()
        .copied()
        .filter(|w| contains_word(&lower_all, w))
        .collect();
    if async_found.is_empty() {
        return None;
    }
    let failure = failure.to_ascii_lowercase();
    let dlq = failure.contains("dead letter")
        || failure.contains("dead-letter")
        || contains_word(&failure, "dlq");
    let retry = ["retry", "retries", "backoff", "back-off"]
        .iter()
        .any(|w| failure.contains(w));
    let yes = |b: bool| if b { "yes" } else { "no" };
    Some(Signal {
        phase: PhaseKey::Failure,
        name: "Every async path has a dead-letter queue and retries",
        mark: grade(usize::from(dlq) + usize::from(retry), 2),
        evidence: format!(
            "async in notes: {}; in failure: dead-letter queue {}, retry plan {}",
            async_found.join(", "),
            yes(dlq),
            yes(retry)
        ),
    })
}

/// The components the simplify notes name, each once (a technology, in any spelling, or a
/// generic component word; "CDN" is both and counts once).
fn components(simplify: &str) -> Vec<String> {
    let simplify = simplify.to_ascii_lowercase();
    let mut found: Vec<String> = technologies(&simplify)
        .into_iter()
        .map(|t| t.to_ascii_lowercase())
        .collect();
    found.extend(
        COMPONENT_WORDS
            .iter()
            .filter(|w| contains_word(&simplify, w))
            .map(|w| (*w).to_string()),
    );
    distinct(found)
}

/// Each component of the simplify notes named on a failure line with a failure word.
fn down_signal(simplify: &str, failure: &str) -> Signal {
    let failure_lines: Vec<String> = failure.lines().map(str::to_ascii_lowercase).collect();
    let (covered, uncovered): (Vec<String>, Vec<String>) =
        components(simplify).into_iter().partition(|c| {
            failure_lines
                .iter()
                .any(|line| names(line, c) && FAILURE_WORDS.iter().any(|w| line.contains(w)))
        });
    let total = covered.len() + uncovered.len();
    Signal {
        phase: PhaseKey::Failure,
        name: "Says what happens when each component goes down",
        mark: match (covered.len() * 10).checked_div(total) {
            None | Some(0) => Mark::Missed,
            Some(r) if r >= 8 => Mark::Met,
            Some(_) => Mark::Partly,
        },
        evidence: if total == 0 {
            "no components named in the simplify notes".into()
        } else {
            format!(
                "covered: {}; not covered: {}",
                list(&covered),
                list(&uncovered)
            )
        },
    }
}

/// Each phase's time against its budget.
fn time_signals<'a>(
    interview: &'a Interview,
    attempt: &'a Attempt,
    now_ms: f64,
) -> impl Iterator<Item = Signal> + 'a {
    let overtime = attempt.overtime(interview, now_ms);
    PhaseKey::ALL.into_iter().map(move |phase| {
        let over = overtime[phase.index()];
        let budget = budget_ms(interview.phases[phase.index()].minutes);
        Signal {
            phase,
            name: "Stays within the time budget",
            mark: if over <= 0.0 {
                Mark::Met
            } else if over <= budget * 0.2 {
                Mark::Partly
            } else {
                Mark::Missed
            },
            evidence: format!(
                "{} of {}",
                clock_label(attempt.elapsed(phase.index(), now_ms)),
                clock_label(budget)
            ),
        }
    })
}

/// `m:ss` for a duration in ms (`-m:ss` when negative).
pub fn clock_label(ms: f64) -> String {
    let secs = (ms.abs() / 1000.0).floor() as u64;
    let sign = if ms < 0.0 && secs > 0 { "-" } else { "" };
    format!("{sign}{}:{:02}", secs / 60, secs % 60)
}
