//! The event log's vocabulary: immutable, uniquely identified events ordered by a hybrid
//! logical clock, so logs written by two tabs, a backup or another device merge by set union.
//!
//! An event id is `<ms>-<counter>-<device>`: the clock's milliseconds (12 hex digits) and
//! counter (6 hex digits), then the id of the device that wrote it. Ids compare as strings in
//! the order (time, counter, device), which is the order replay applies events in.

use super::marks::Mark;
use super::sm2::{Grade, Sm2State};
use super::study_day::StudyDay;
use serde::{Deserialize, Serialize};

/// How far ahead of this device's wall clock a timestamp seen in another device's event may
/// pull this device's clock (a day): a device whose clock is far ahead must not drag every
/// other device's new events into the future.
pub const MAX_CLOCK_LEAD_MS: u64 = 86_400_000;

/// A hybrid logical clock reading: wall-clock milliseconds, and a counter that orders events
/// issued within one millisecond or while the wall clock stands still or runs backwards.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Hlc {
    /// Milliseconds since the Unix epoch (never less than any earlier reading of this clock).
    pub ms: u64,
    /// Events already issued at `ms`.
    pub counter: u32,
}

/// Milliseconds from a wall-clock reading (negative or NaN readings count as 0).
fn whole_ms(now_ms: f64) -> u64 {
    if now_ms.is_finite() && now_ms > 0.0 {
        now_ms as u64
    } else {
        0
    }
}

impl Hlc {
    /// The reading for a new event at wall-clock time `now_ms`: later than `self` whatever the
    /// wall clock says.
    pub fn tick(self, now_ms: f64) -> Hlc {
        let now = whole_ms(now_ms);
        if now > self.ms {
            Hlc {
                ms: now,
                counter: 0,
            }
        } else {
            Hlc {
                ms: self.ms,
                counter: self.counter.saturating_add(1),
            }
        }
    }

    /// The clock after seeing `remote` (another device's event) at wall-clock time `now_ms`:
    /// later than both, unless `remote` lies more than [`MAX_CLOCK_LEAD_MS`] ahead of the wall
    /// clock, in which case it is ignored (the event is kept; only the clock does not follow).
    pub fn observe(self, remote: Hlc, now_ms: f64) -> Hlc {
        let now = whole_ms(now_ms);
        if remote.ms > now.saturating_add(MAX_CLOCK_LEAD_MS) {
            return self;
        }
        self.max(remote)
    }

    /// The reading as one number in its order (milliseconds above, counter below 20 bits).
    pub fn sort_key(self) -> u64 {
        (self.ms << 20) | u64::from(self.counter.min(0xf_ffff))
    }

    /// The id of an event issued at this reading by `device`.
    pub fn id(self, device: &str) -> EventId {
        let mut id = String::with_capacity(20 + device.len());
        push_hex(&mut id, self.ms, 12);
        id.push('-');
        push_hex(&mut id, u64::from(self.counter), 6);
        id.push('-');
        id.push_str(device);
        EventId(id)
    }
}

/// Appends the `digits` lowest hex digits of `n` to `out`, zero-padded (no float or integer
/// formatting machinery in the wasm for it).
fn push_hex(out: &mut String, n: u64, digits: u32) {
    for shift in (0..digits).rev() {
        let digit = (n >> (shift * 4)) & 0xf;
        out.push(char::from_digit(digit as u32, 16).unwrap_or('0'));
    }
}

/// An event's unique id (see the module doc); its string order is the replay order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EventId(pub String);

impl EventId {
    /// The clock reading the id was issued at, if it is well formed.
    pub fn hlc(&self) -> Option<Hlc> {
        hlc_of(&self.0)
    }
}

/// The clock reading an event id written as `id` was issued at, if it is well formed.
pub fn hlc_of(id: &str) -> Option<Hlc> {
    let mut parts = id.splitn(3, '-');
    let ms = u64::from_str_radix(parts.next()?, 16).ok()?;
    let counter = u32::from_str_radix(parts.next()?, 16).ok()?;
    parts.next().filter(|d| !d.is_empty())?;
    Some(Hlc { ms, counter })
}

/// The deck an own card belongs to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DeckRef {
    /// One of the learner's own decks, by its id (`deck-…`).
    Own(String),
    /// A curriculum topic, by its slug: the card joins that topic's cards.
    Topic(String),
}

/// An own card's content as one edit sets it (the whole card: the last edit wins).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardEdit {
    /// Where the card is.
    pub deck: DeckRef,
    /// The question, as the learner typed it (Markdown).
    pub front: String,
    /// The answer, as the learner typed it (Markdown).
    pub back: String,
    /// The card's tags.
    pub tags: Vec<String>,
    /// Whether front and back are HTML (a card imported from Anki: sanitised when shown)
    /// rather than Markdown; absent from what is stored when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub html: bool,
    /// The Anki note id of the note it was imported from (a re-import updates the card, an
    /// export to Anki keeps the id); absent from what is stored when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anki_guid: Option<String>,
}

impl CardEdit {
    /// A card the learner writes: Markdown, not from Anki.
    pub fn markdown(deck: DeckRef, front: String, back: String, tags: Vec<String>) -> CardEdit {
        CardEdit {
            deck,
            front,
            back,
            tags,
            html: false,
            anki_guid: None,
        }
    }
}

/// An own deck's name as one edit sets it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeckEdit {
    /// The deck's name.
    pub name: String,
}

/// What an event does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    /// The card was graded.
    Grade(Grade),
    /// The event with this id (a review or an edit) is cancelled (undo): replay skips it.
    Retract(EventId),
    /// An own card is created or edited: its `card_id` is the card's id.
    EditCard(CardEdit),
    /// An own card is deleted (its reviews stay in the log).
    DeleteCard,
    /// An own deck is created or renamed: the event's `card_id` holds the deck's id.
    EditDeck(DeckEdit),
    /// The card is suspended, buried, reset, flagged or tagged leech (see `marks`).
    Mark(Mark),
}

/// One immutable event of the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Unique across devices; orders replay.
    pub id: EventId,
    /// The card it concerns (for a retraction, the retracted review's card).
    pub card_id: String,
    /// Wall-clock time of the device that wrote it, in milliseconds since the Unix epoch.
    pub at_ms: f64,
    /// The study day it was written on, by that device's day-start hour.
    pub day: StudyDay,
    /// What it does.
    pub action: Action,
    /// Cache: the card's state before it, as the writer replayed the card's events.
    pub before: Option<Sm2State>,
    /// Cache: the card's state after it, as the writer replayed the card's events (`None`:
    /// the card is new again). Replay recomputes both and may overrule them.
    pub after: Option<Sm2State>,
    /// For a review: the time from the card shown to its grade, in milliseconds, at most
    /// [`MAX_TOOK_MS`]; absent from what is stored when not measured (an import, an old event).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub took_ms: Option<u32>,
}

/// The longest a review counts as taking: a minute, as Anki caps it (a card left open while the
/// learner walked away does not count as an hour of study).
pub const MAX_TOOK_MS: u32 = 60_000;

/// `measured` milliseconds from a card shown to its grade, as stored: capped at [`MAX_TOOK_MS`];
/// none for a reading that is no time (negative or not a number).
pub fn took_ms(measured: f64) -> Option<u32> {
    (measured.is_finite() && measured >= 0.0).then(|| measured.min(f64::from(MAX_TOOK_MS)) as u32)
}

impl Event {
    /// The grade, when the event is a review.
    pub fn grade(&self) -> Option<Grade> {
        match self.action {
            Action::Grade(grade) => Some(grade),
            _ => None,
        }
    }

    /// The mark, when the event is one.
    pub fn mark(&self) -> Option<Mark> {
        match self.action {
            Action::Mark(mark) => Some(mark),
            _ => None,
        }
    }

    /// The event it cancels, when the event is a retraction.
    pub fn retracted(&self) -> Option<&EventId> {
        match &self.action {
            Action::Retract(target) => Some(target),
            _ => None,
        }
    }

    /// Whether the event edits the learner's own cards or decks.
    pub fn is_edit(&self) -> bool {
        match self.action {
            Action::EditCard(_) | Action::DeleteCard | Action::EditDeck(_) => true,
            Action::Grade(_) | Action::Retract(_) | Action::Mark(_) => false,
        }
    }
}
