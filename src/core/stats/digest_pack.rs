//! The review digest as text, to be cached in the store: a header line with the format's
//! version, the catalogue's topic fingerprint and the horizon, then a line per day
//! (`d <day> <8 counters>`) and per topic of a day (`t <day> <4 counters> <slug>`).

use super::digest::{DayRow, Digest, TopicRow};
use crate::core::srs::study_day::StudyDay;

/// The first word of a packed digest and its format's version.
const HEADER: &str = "archdrill-digest 1";

impl Digest {
    /// The digest as text, for a catalogue whose topics give `fingerprint`.
    pub fn pack(&self, fingerprint: u64) -> String {
        let mut out = format!("{HEADER} {fingerprint:x} {}\n", self.horizon.0);
        let numbers = |row: &[u64]| row.iter().map(u64::to_string).collect::<Vec<_>>().join(" ");
        for (day, row) in &self.days {
            out.push_str(&format!("d {} {}\n", day.0, numbers(row)));
        }
        for (day, topics) in &self.topics {
            for (slug, row) in topics {
                out.push_str(&format!("t {} {} {slug}\n", day.0, numbers(row)));
            }
        }
        out
    }

    /// Reads what [`Digest::pack`] wrote for a catalogue whose topics give `fingerprint`;
    /// `None` when it is malformed, of another format or of another catalogue.
    pub fn unpack(packed: &str, fingerprint: u64) -> Option<Digest> {
        let mut lines = packed.lines();
        let header = lines.next()?.strip_prefix(HEADER)?;
        let mut fields = header.split_whitespace();
        let stored = u64::from_str_radix(fields.next()?, 16).ok()?;
        let horizon = StudyDay(fields.next()?.parse().ok()?);
        if stored != fingerprint || fields.next().is_some() {
            return None;
        }
        let mut digest = Digest::new(horizon);
        for line in lines {
            digest.read_line(line)?;
        }
        Some(digest)
    }

    /// Adds one day or topic line; `None` when it is malformed.
    fn read_line(&mut self, line: &str) -> Option<()> {
        let (kind, rest) = line.split_once(' ')?;
        let (day, rest) = rest.split_once(' ')?;
        let day = StudyDay(day.parse().ok()?);
        match kind {
            "d" => {
                let (row, tail): (DayRow, _) = counters(rest)?;
                tail.is_empty().then_some(())?;
                self.days.insert(day, row).is_none().then_some(())
            }
            "t" => {
                let (row, slug): (TopicRow, _) = counters(rest)?;
                (!slug.is_empty() && day >= self.horizon).then_some(())?;
                let topics = self.topics.entry(day).or_default();
                topics.insert(slug.to_string(), row).is_none().then_some(())
            }
            _ => None,
        }
    }
}

/// `N` counters at the start of `text`, and what follows them (without its separating space).
fn counters<const N: usize>(text: &str) -> Option<([u64; N], &str)> {
    let mut row = [0; N];
    let mut rest = text;
    for slot in &mut row {
        let (number, tail) = rest.split_once(' ').unwrap_or((rest, ""));
        *slot = number.parse().ok()?;
        rest = tail;
    }
    Some((row, rest))
}
