//! The learner's own cards and decks, as edits in the event log: their ids, the checks an edit
//! must pass, and [`own_content`], what the surviving edits of a set of events say.
//!
//! Ids: an own card is `own-<id of the event that created it>`, an own deck
//! `deck-<id of the event that created it>`. Curriculum card ids and topic slugs may not take
//! these prefixes (the build refuses them), and event ids are unique across devices, so an own
//! id collides with nothing. A store names a new card or deck when it writes the creating event
//! (`card_id` [`NEW_ID`], see [`named`]).
//!
//! Merging: the last surviving edit of a card or deck (by event id, the replay order) wins, so
//! two devices' edits give the same content whatever order they merge in. A retracted edit or
//! delete counts as never written: undoing a delete brings the card back, and with it its
//! schedule, since its reviews were never removed (a deleted card's reviews stay in the log; they
//! stop counting because the card is no longer in the catalogue).

use super::event::{hlc_of, Action, CardEdit, DeckRef, Event, EventId};
use super::log::ordered;
use crate::core::text::decimal::grouped;
use std::collections::BTreeMap;
use std::fmt;

/// The `card_id` of an [`Action::EditCard`] or [`Action::EditDeck`] that creates: the store
/// names the card or deck from the event's id.
pub const NEW_ID: &str = "new";
/// What every own card's id starts with.
pub const CARD_PREFIX: &str = "own-";
/// What every own deck's id starts with.
pub const DECK_PREFIX: &str = "deck-";
/// The ranges `[start, end)` of strings that hold every own card's and deck's id (a store
/// reads the events of own cards and decks with them, by its index of events by card).
pub const ID_RANGES: [(&str, &str); 2] = [("own-", "own."), ("deck-", "deck.")];
/// The most characters a card's front may have.
pub const MAX_FRONT_CHARS: usize = 4_000;
/// The most characters a card's back may have.
pub const MAX_BACK_CHARS: usize = 20_000;
/// The most characters a deck's name may have.
pub const MAX_DECK_NAME_CHARS: usize = 100;

/// Whether `id` is `prefix` then a well-formed event id of lower-case letters, digits and dashes.
fn is_made_id(id: &str, prefix: &str) -> bool {
    let plain = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    id.strip_prefix(prefix)
        .is_some_and(|rest| rest.chars().all(plain) && hlc_of(rest).is_some())
}

/// Whether `id` is an own card's id (`own-<event id>`).
pub fn is_own_card_id(id: &str) -> bool {
    is_made_id(id, CARD_PREFIX)
}

/// Whether `id` is an own deck's id (`deck-<event id>`).
pub fn is_deck_id(id: &str) -> bool {
    is_made_id(id, DECK_PREFIX)
}

/// Whether `card_id` lies in one of the [`ID_RANGES`].
pub fn in_id_ranges(card_id: &str) -> bool {
    ID_RANGES
        .iter()
        .any(|&(start, end)| (start..end).contains(&card_id))
}

/// The id an event with id `event` and `action` on `card_id` is stored under: a new card's or
/// deck's id when `card_id` is [`NEW_ID`] and the action creates one, else `card_id`.
pub fn named(card_id: &str, action: &Action, event: &EventId) -> String {
    let prefix = match action {
        Action::EditCard(_) if card_id == NEW_ID => CARD_PREFIX,
        Action::EditDeck(_) if card_id == NEW_ID => DECK_PREFIX,
        _ => return card_id.to_string(),
    };
    format!("{prefix}{}", event.0)
}

/// A field the learner fills in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// A card's front (the question).
    Front,
    /// A card's back (the answer).
    Back,
    /// A deck's name.
    DeckName,
}

impl Field {
    /// The most characters the field may have.
    pub fn limit(self) -> usize {
        match self {
            Field::Front => MAX_FRONT_CHARS,
            Field::Back => MAX_BACK_CHARS,
            Field::DeckName => MAX_DECK_NAME_CHARS,
        }
    }
}

/// Why a field cannot be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardFieldError {
    /// Empty, or spaces only.
    Empty(Field),
    /// Longer than the field's limit: its length in characters.
    TooLong(Field, usize),
}

impl CardFieldError {
    /// The field at fault.
    pub fn field(self) -> Field {
        match self {
            CardFieldError::Empty(field) | CardFieldError::TooLong(field, _) => field,
        }
    }
}

impl fmt::Display for CardFieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self.field() {
            Field::Front => "The front",
            Field::Back => "The back",
            Field::DeckName => "The deck's name",
        };
        match self {
            CardFieldError::Empty(Field::Front) => write!(f, "{name} is empty: write a question."),
            CardFieldError::Empty(Field::Back) => write!(f, "{name} is empty: write an answer."),
            CardFieldError::Empty(Field::DeckName) => write!(f, "{name} is empty: name the deck."),
            CardFieldError::TooLong(field, length) => write!(
                f,
                "{name} is {} characters long; it can be at most {} characters.",
                grouped(*length as u64),
                grouped(field.limit() as u64)
            ),
        }
    }
}

/// Checks one field's text: not empty (spaces only count as empty), at most its limit in
/// characters (not bytes).
pub fn check_field(field: Field, text: &str) -> Result<(), CardFieldError> {
    if text.trim().is_empty() {
        return Err(CardFieldError::Empty(field));
    }
    match text.chars().count() {
        length if length > field.limit() => Err(CardFieldError::TooLong(field, length)),
        _ => Ok(()),
    }
}

/// Checks a card's front, then its back (see [`check_field`]).
pub fn check_card(front: &str, back: &str) -> Result<(), CardFieldError> {
    check_field(Field::Front, front)?;
    check_field(Field::Back, back)
}

/// Why an edit of `card_id` cannot be stored, if it cannot (`None` for reviews and retractions);
/// `creating`: whether [`NEW_ID`] is allowed for a new card or deck (an append, not a stored event).
fn problem(card_id: &str, action: &Action, creating: bool) -> Option<String> {
    let new = creating && card_id == NEW_ID;
    let id_problem = |valid: fn(&str) -> bool, what: &str| {
        (!new && !valid(card_id)).then(|| format!("\"{card_id}\" is no id of {what}"))
    };
    match action {
        Action::Grade(_) | Action::Retract(_) | Action::Mark(_) => None,
        Action::DeleteCard => {
            (!is_own_card_id(card_id)).then(|| format!("\"{card_id}\" is no id of your cards"))
        }
        Action::EditCard(edit) => id_problem(is_own_card_id, "your cards").or_else(|| {
            let fields = check_card(&edit.front, &edit.back).err().map(reason);
            fields.or_else(|| deck_problem(&edit.deck))
        }),
        Action::EditDeck(deck) => id_problem(is_deck_id, "your decks")
            .or_else(|| check_field(Field::DeckName, &deck.name).err().map(reason)),
    }
}

/// A field error as the reason of a refusal (no full stop: the refusal's sentence ends it).
fn reason(error: CardFieldError) -> String {
    error.to_string().trim_end_matches('.').to_string()
}

/// Why a card cannot be in `deck`, if it cannot.
fn deck_problem(deck: &DeckRef) -> Option<String> {
    match deck {
        DeckRef::Own(id) if !is_deck_id(id) => Some(format!("\"{id}\" is no id of your decks")),
        DeckRef::Topic(slug) if slug.trim().is_empty() => Some("it names no topic".into()),
        _ => None,
    }
}

/// Why a stored event's edit is malformed, if it is (see the module doc); `None` for reviews
/// and retractions.
pub fn event_problem(event: &Event) -> Option<String> {
    problem(&event.card_id, &event.action, false)
}

/// Why appending `action` on `card_id` would store a malformed edit, if it would ([`NEW_ID`]
/// creates a card or deck).
pub fn append_problem(card_id: &str, action: &Action) -> Option<String> {
    problem(card_id, action, true)
}

/// One of the learner's own decks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnDeck {
    /// `deck-<event id>`.
    pub id: String,
    /// Its name, as the learner typed it.
    pub name: String,
}

/// One of the learner's own cards, as its last surviving edit left it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnCard {
    /// `own-<event id>`.
    pub id: String,
    /// Where it is.
    pub deck: DeckRef,
    /// The question, as typed (Markdown).
    pub front: String,
    /// The answer, as typed (Markdown).
    pub back: String,
    /// Its tags.
    pub tags: Vec<String>,
    /// Whether front and back are HTML from Anki (see [`CardEdit::html`]).
    pub html: bool,
    /// The Anki note it came from, if it did.
    pub anki_guid: Option<String>,
}

/// Everything the learner made: decks and cards, each by id (so in order of creation).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OwnContent {
    /// Own decks, empty ones too.
    pub decks: Vec<OwnDeck>,
    /// Own cards not deleted.
    pub cards: Vec<OwnCard>,
}

/// What the surviving, well-formed edits among `events` (any order, duplicates allowed) say:
/// the last edit of each card and deck wins; a card whose last edit is a delete is gone.
pub fn own_content<'e>(events: impl IntoIterator<Item = &'e Event>) -> OwnContent {
    let (events, retracted) = ordered(events);
    let mut decks: BTreeMap<&str, &str> = BTreeMap::new();
    let mut cards: BTreeMap<&str, Option<&CardEdit>> = BTreeMap::new();
    let surviving = events.into_iter().filter(|e| {
        e.is_edit() && !retracted.contains(e.id.0.as_str()) && event_problem(e).is_none()
    });
    for event in surviving {
        let id = event.card_id.as_str();
        match &event.action {
            Action::EditCard(edit) => {
                cards.insert(id, Some(edit));
            }
            Action::DeleteCard => {
                cards.insert(id, None);
            }
            Action::EditDeck(deck) => {
                decks.insert(id, &deck.name);
            }
            Action::Grade(_) | Action::Retract(_) | Action::Mark(_) => {}
        }
    }
    let decks = decks.into_iter().map(|(id, name)| OwnDeck {
        id: id.to_string(),
        name: name.to_string(),
    });
    let cards = cards.into_iter().filter_map(|(id, edit)| {
        let edit = edit?;
        Some(OwnCard {
            id: id.to_string(),
            deck: edit.deck.clone(),
            front: edit.front.clone(),
            back: edit.back.clone(),
            tags: edit.tags.clone(),
            html: edit.html,
            anki_guid: edit.anki_guid.clone(),
        })
    });
    OwnContent {
        decks: decks.collect(),
        cards: cards.collect(),
    }
}
