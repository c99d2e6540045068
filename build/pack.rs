//! Writes the files the app fetches at start-up (read by `src/core/content/pack.rs`, which
//! documents the format): the validated curriculum and interviews as plain text records, in
//! full (the content file) and without the cards' fronts and backs (the outline, all Home needs).

use crate::content::SectionData;
use crate::interviews::InterviewData;

/// The first record of the content file; `src/core/content/pack.rs` checks it.
const MAGIC: &str = "archdrill-content 1";
/// The first record of the outline.
const OUTLINE_MAGIC: &str = "archdrill-outline 1";
const RECORD: char = '\u{1e}';
const FIELD: char = '\u{1f}';
const ITEM: char = '\u{1d}';

/// Refuses text that holds one of `separators`.
fn check<'a>(
    owner: &str,
    texts: impl IntoIterator<Item = &'a str>,
    separators: &[char],
) -> Result<(), String> {
    match texts
        .into_iter()
        .flat_map(str::chars)
        .find(|c| separators.contains(c))
    {
        Some(c) => Err(format!(
            "{owner}: text contains the control character U+{:04X}, which is not allowed",
            c as u32
        )),
        None => Ok(()),
    }
}

/// Appends records.
struct Writer {
    out: String,
}

impl Writer {
    fn record(&mut self, owner: &str, fields: &[&str]) -> Result<(), String> {
        check(owner, fields.iter().copied(), &[RECORD, FIELD])?;
        self.out.push_str(&fields.join(&FIELD.to_string()));
        self.out.push(RECORD);
        Ok(())
    }
}

/// A list field: its items joined by GS, which they may not hold.
fn list(owner: &str, items: &[String]) -> Result<String, String> {
    check(owner, items.iter().map(String::as_str), &[ITEM])?;
    Ok(items.join(&ITEM.to_string()))
}

/// What a packed file holds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Cards {
    /// Everything: the content file.
    WithText,
    /// Every card with an empty front and back: the outline.
    WithoutText,
}

/// The content file (or the outline) for these sections and interviews, or which card or
/// interview holds a character the format reserves.
pub fn pack(
    sections: &[SectionData],
    interviews: &[InterviewData],
    cards: Cards,
) -> Result<String, String> {
    let magic = match cards {
        Cards::WithText => MAGIC,
        Cards::WithoutText => OUTLINE_MAGIC,
    };
    let mut w = Writer {
        out: format!("{magic}{RECORD}"),
    };
    for s in sections {
        w.record(
            &format!("section \"{}\"", s.name),
            &["S", &s.name, &s.summary],
        )?;
        for t in &s.topics {
            w.record(
                &format!("topic \"{}\"", t.name),
                &["T", &t.name, &t.summary, &t.slug],
            )?;
            for c in &t.cards {
                let owner = format!("card \"{}\"", c.id);
                let tags = list(&owner, &c.tags)?;
                let (front, back) = match cards {
                    Cards::WithText => (c.front.as_str(), c.back.as_str()),
                    Cards::WithoutText => ("", ""),
                };
                w.record(&owner, &["C", &c.id, front, back, &tags])?;
            }
        }
    }
    for i in interviews {
        let owner = format!("interview \"{}\"", i.id);
        let (minutes, topics, facts) = (
            i.minutes.to_string(),
            list(&owner, &i.topics)?,
            list(&owner, &i.facts)?,
        );
        w.record(
            &owner,
            &[
                "I",
                &i.id,
                &i.title,
                &i.difficulty,
                &minutes,
                &topics,
                &i.prompt,
                &facts,
            ],
        )?;
        for p in &i.phases {
            let (key, minutes) = (p.key.to_string(), p.minutes.to_string());
            let hints = list(&owner, &p.hints)?;
            w.record(
                &owner,
                &["P", &key, &minutes, &p.prompt, &hints, &p.reference],
            )?;
        }
        for r in &i.rubric {
            w.record(
                &owner,
                &["R", &r.phase.to_string(), &r.weight.to_string(), &r.item],
            )?;
        }
    }
    Ok(w.out)
}

/// `content-<16 hex digits>.txt`: a name that changes whenever the text does (FNV-1a, 64 bit).
pub fn file_name(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("content-{hash:016x}.txt")
}

/// The outline's name next to the content file `content_name`: `outline-<the same hash>.txt`
/// (the outline changes only with the content file).
pub fn outline_name(content_name: &str) -> String {
    content_name.replacen("content-", "outline-", 1)
}
