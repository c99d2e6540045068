//! Reads the content file: every section, topic, card and interview in one compact text that
//! the app fetches next to its wasm (written at build time by `build/pack.rs`), so the wasm
//! carries code only and the browser gets no TOML parser. The outline is the same file with
//! every card's front and back left empty: all the home screen needs, a fraction of the bytes.
//!
//! Format: records end with RS (U+001E); a record's fields are split by US (U+001F), the items
//! of a list field by GS (U+001D). The first record is [`MAGIC`] ([`OUTLINE_MAGIC`] in the
//! outline); then, in order, `S` (section:
//! name, summary), `T` (topic of the last section: name, summary, slug), `C` (card of the last
//! topic: id, front, back, tags), `I` (interview: id, title, difficulty, minutes, topics,
//! prompt, facts), `P` (phase of the last interview: phase index, minutes, prompt, hints,
//! reference) and `R` (rubric item of the last interview: phase index, weight, item).

use crate::core::content::catalogue::{Card, Section, Topic};
use crate::core::interview::model::{Interview, Phase, PhaseKey, RubricItem};
use std::fmt;
use std::sync::Arc;

/// The first record of a content file this version reads.
pub const MAGIC: &str = "archdrill-content 1";
/// The first record of an outline this version reads.
pub const OUTLINE_MAGIC: &str = "archdrill-outline 1";
const RECORD: char = '\u{1e}';
const FIELD: char = '\u{1f}';
/// What separates the items of a list field (tags, topics, facts, hints).
pub(super) const ITEM: char = '\u{1d}';

/// Everything a content file holds.
#[derive(Debug)]
pub struct Content {
    /// Curriculum sections with their topics and cards.
    pub sections: Vec<Section>,
    /// Mock interviews, easiest first.
    pub interviews: Vec<Interview>,
    /// False for an outline: the cards' fronts and backs are empty.
    pub has_card_text: bool,
}

/// Why a content file could not be read: the record (1-based) and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    /// 1-based record number.
    pub record: usize,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "content file, record {}: {}", self.record, self.reason)
    }
}

/// Sections, topics and interviews under construction; the innermost open one takes the
/// children that follow it.
#[derive(Default)]
struct Builder {
    sections: Vec<Section>,
    topics: Vec<Topic>,
    cards: Vec<Card>,
    open_section: Option<(String, String)>,
    open_topic: Option<(String, String, String)>,
    interviews: Vec<Interview>,
    open_interview: Option<InterviewHead>,
    phases: Vec<Phase>,
    rubric: Vec<RubricItem>,
}

/// The fields of an `I` record, waiting for its phases and rubric.
struct InterviewHead {
    id: String,
    title: String,
    difficulty: String,
    minutes: u32,
    topics: Vec<String>,
    prompt: String,
    facts: Vec<String>,
}

fn list(field: &str) -> Vec<String> {
    if field.is_empty() {
        Vec::new()
    } else {
        field.split(ITEM).map(String::from).collect()
    }
}

fn number(field: &str) -> Result<u32, String> {
    field
        .parse()
        .map_err(|_| format!("\"{field}\" is not a number"))
}

fn phase_key(field: &str) -> Result<PhaseKey, String> {
    let index = number(field)? as usize;
    PhaseKey::ALL
        .get(index)
        .copied()
        .ok_or_else(|| format!("phase {index} does not exist"))
}

impl Builder {
    fn close_topic(&mut self) {
        if let Some((name, summary, slug)) = self.open_topic.take() {
            let cards = std::mem::take(&mut self.cards);
            self.topics.push(Topic {
                name,
                summary,
                slug,
                cards,
            });
        }
    }

    fn close_section(&mut self) {
        self.close_topic();
        if let Some((name, summary)) = self.open_section.take() {
            let topics = std::mem::take(&mut self.topics);
            self.sections.push(Section {
                name,
                summary,
                topics,
            });
        }
    }

    fn close_interview(&mut self) -> Result<(), String> {
        let Some(head) = self.open_interview.take() else {
            return Ok(());
        };
        let phases: [Phase; 4] =
            std::mem::take(&mut self.phases)
                .try_into()
                .map_err(|p: Vec<Phase>| {
                    format!("interview \"{}\" has {} phases, not 4", head.id, p.len())
                })?;
        self.interviews.push(Interview {
            id: head.id,
            title: head.title,
            difficulty: head.difficulty,
            minutes: head.minutes,
            topics: head.topics,
            prompt: head.prompt,
            facts: head.facts,
            phases,
            rubric: std::mem::take(&mut self.rubric),
        });
        Ok(())
    }

    fn record(&mut self, text: &Arc<String>, fields: &[&str]) -> Result<(), String> {
        let own = |field: &&str| field.to_string();
        match fields {
            ["S", name, summary] => {
                self.close_section();
                self.open_section = Some((own(name), own(summary)));
            }
            ["T", name, summary, slug] if self.open_section.is_some() => {
                self.close_topic();
                self.open_topic = Some((own(name), own(summary), own(slug)));
            }
            ["C", id, front, back, tags] if self.open_topic.is_some() => self
                .cards
                .push(Card::in_text(text, [id, front, back, tags])),
            ["I", id, title, difficulty, minutes, topics, prompt, facts] => {
                self.close_interview()?;
                self.open_interview = Some(InterviewHead {
                    id: own(id),
                    title: own(title),
                    difficulty: own(difficulty),
                    minutes: number(minutes)?,
                    topics: list(topics),
                    prompt: own(prompt),
                    facts: list(facts),
                });
            }
            ["P", key, minutes, prompt, hints, reference] if self.open_interview.is_some() => {
                self.phases.push(Phase {
                    key: phase_key(key)?,
                    minutes: number(minutes)?,
                    prompt: own(prompt),
                    hints: list(hints),
                    reference: own(reference),
                })
            }
            ["R", phase, weight, item] if self.open_interview.is_some() => {
                self.rubric.push(RubricItem {
                    phase: phase_key(phase)?,
                    weight: number(weight)?,
                    item: own(item),
                })
            }
            [kind, ..] => {
                return Err(format!(
                    "unexpected record \"{kind}\" with {} fields here",
                    fields.len()
                ))
            }
            [] => return Err("empty record".into()),
        }
        Ok(())
    }
}

/// Whether the first record `magic` opens a content file (true) or an outline (false); a file
/// of a later format (a newer build than this wasm) or no archdrill file at all is refused.
fn has_card_text(magic: &str) -> Result<bool, PackError> {
    let refuse = |reason: String| Err(PackError { record: 1, reason });
    match magic {
        MAGIC => return Ok(true),
        OUTLINE_MAGIC => return Ok(false),
        _ => {}
    }
    let format = ["archdrill-content ", "archdrill-outline "]
        .iter()
        .find_map(|kind| magic.strip_prefix(kind)?.parse::<u32>().ok());
    match format {
        Some(n) => refuse(format!(
            "written by a newer archdrill (format {n}; this version reads 1): reload to finish the update"
        )),
        None => refuse(format!("not an archdrill content file (expected \"{MAGIC}\")")),
    }
}

/// Reads a content file or its outline into owned sections and interviews; the cards point
/// into `file`.
pub fn unpack(file: &Arc<String>) -> Result<Content, PackError> {
    let mut records = file.split_terminator(RECORD);
    let has_card_text = has_card_text(records.next().unwrap_or(""))?;
    let mut builder = Builder::default();
    let mut fields = Vec::with_capacity(8);
    let mut record = 1;
    for text in records {
        record += 1;
        fields.clear();
        fields.extend(text.split(FIELD));
        builder
            .record(file, &fields)
            .map_err(|reason| PackError { record, reason })?;
    }
    builder.close_section();
    builder
        .close_interview()
        .map_err(|reason| PackError { record, reason })?;
    Ok(Content {
        sections: builder.sections,
        interviews: builder.interviews,
        has_card_text,
    })
}
