//! What importing an Anki file into the learner's own cards would do, before anything is written:
//! [`import_plan`] turns each note into a card edit (front and back sanitised HTML, deck and tags
//! plain text), matches it to the card an earlier import made of it (so a re-import updates
//! cards and never adds them twice), names the decks to create, and says which notes it skips
//! and why. The plan's [`EditBatch`] is what a store writes in one transaction.
//!
//! A note's deck is its deck's text, or Anki's default deck "Default" when it has none; a deck
//! path `A::B` is one deck named "A::B". A path under `archdrill::` (what `notes_of` exports)
//! loses that first level, so cards exported from archdrill come back to decks of their names.
//! An own deck of that exact name (the first by id) is used; otherwise one deck is created per
//! name. A note with a guid matches the own card of that Anki guid; one without matches the own
//! card without guid in the deck of that name with the same front. Within the file, notes of the
//! same guid (or without guid, of the same deck and front) are one card: the later one wins.

use super::{front_back, guid_for, ImportFile, ImportNote};
use crate::core::content::own::render_text;
use crate::core::srs::batch::{new_deck, EditBatch};
use crate::core::srs::event::{CardEdit, DeckEdit, DeckRef};
use crate::core::srs::own::{check_field, CardFieldError, Field, OwnCard, OwnContent, NEW_ID};
use crate::core::text::decimal::{counted, grouped};
use crate::core::text::sanitize::{html_to_text, sanitize_html};
use std::collections::HashMap;

/// The deck of a note that names none: Anki's default deck.
const DEFAULT_DECK: &str = "Default";
/// The first level of the decks `notes_of` exports to, dropped on the way back.
const EXPORT_ROOT: &str = "archdrill::";
/// How many skipped notes, and new decks, [`ImportPlan::summary`] lists.
const LISTED: usize = 5;
/// Why a record of the file with an empty first field is skipped.
const EMPTY_FIRST_FIELD: &str = "empty first field";
/// Why a note whose front shows nothing once sanitised is skipped.
const NO_FRONT: &str = "no front: nothing of it is left to show once unsafe markup is removed";
/// Why a note whose back shows nothing once sanitised is skipped.
const NO_BACK: &str = "no back: archdrill cards need an answer";

/// What importing a file would do: the batch to store, its counts and the notes left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportPlan {
    /// The decks to create and the card edits to store, in one transaction.
    pub batch: EditBatch,
    /// Cards the batch creates.
    pub created: usize,
    /// Cards the batch changes.
    pub updated: usize,
    /// Notes (after merging repeats within the file) whose card is already as they say.
    pub unchanged: usize,
    /// The names of the decks the batch creates, in its order.
    pub new_deck_names: Vec<String>,
    /// The notes not imported: their line (1-based) and why, in line order.
    pub skipped: Vec<(usize, String)>,
    /// Notes of archdrill's built-in cards, left out (they are read-only).
    pub built_in: usize,
}

/// A note as a card, its deck still a name.
struct Planned {
    /// The deck's name.
    deck: String,
    /// The edit to store (its deck a placeholder until resolved).
    edit: CardEdit,
}

/// What makes two notes of a file one card.
#[derive(Hash, PartialEq, Eq)]
enum Key {
    /// Notes with this guid.
    Guid(String),
    /// Notes without guid in this deck with this front.
    Front(String, String),
}

impl Planned {
    /// The key of its note (see [`Key`]).
    fn key(&self) -> Key {
        match &self.edit.anki_guid {
            Some(guid) => Key::Guid(guid.clone()),
            None => Key::Front(self.deck.clone(), self.edit.front.clone()),
        }
    }
}

/// The learner's own cards and decks, indexed for matching notes.
struct Existing<'o> {
    /// Deck names by deck id.
    names: HashMap<&'o str, &'o str>,
    /// The first deck (by id) of each name.
    ids: HashMap<&'o str, &'o str>,
    /// Cards by Anki guid (the first of each): an imported card's, else the one archdrill's export
    /// gave the card (`guid_for` its id).
    by_guid: HashMap<String, &'o OwnCard>,
    /// Cards without guid by deck name and front (the first of each).
    by_front: HashMap<(&'o str, &'o str), &'o OwnCard>,
}

impl<'o> Existing<'o> {
    /// The index of `own`.
    fn of(own: &'o OwnContent) -> Self {
        let mut existing = Existing {
            names: HashMap::new(),
            ids: HashMap::new(),
            by_guid: HashMap::new(),
            by_front: HashMap::new(),
        };
        for deck in &own.decks {
            existing.names.insert(&deck.id, &deck.name);
            existing.ids.entry(&deck.name).or_insert(&deck.id);
        }
        for card in &own.cards {
            let guid = card.anki_guid.clone().unwrap_or_else(|| guid_for(&card.id));
            existing.by_guid.entry(guid).or_insert(card);
            if let (None, Some(deck)) = (&card.anki_guid, existing.deck_name(card)) {
                existing.by_front.entry((deck, &card.front)).or_insert(card);
            }
        }
        existing
    }

    /// The name of `card`'s own deck, if it is in one that exists.
    fn deck_name(&self, card: &OwnCard) -> Option<&'o str> {
        match &card.deck {
            DeckRef::Own(id) => self.names.get(id.as_str()).copied(),
            DeckRef::Topic(_) => None,
        }
    }

    /// The own card `planned` updates, if there is one.
    fn matching(&self, planned: &Planned) -> Option<&'o OwnCard> {
        match &planned.edit.anki_guid {
            Some(guid) => self.by_guid.get(guid).copied(),
            None => {
                let key = (planned.deck.as_str(), planned.edit.front.as_str());
                self.by_front.get(&key).copied()
            }
        }
    }
}

/// What importing `file` into `own` would do (see the module doc); nothing is written. Notes
/// whose guid `built_in` knows (archdrill's built-in cards, exported and come back) are counted
/// and left out: those cards are read-only.
pub fn import_plan(
    file: &ImportFile,
    own: &OwnContent,
    built_in: &dyn Fn(&str) -> bool,
) -> ImportPlan {
    let mut skipped: Vec<(usize, String)> = (file.skipped.iter())
        .map(|line| (*line, EMPTY_FIRST_FIELD.to_string()))
        .collect();
    let mut planned: Vec<Planned> = Vec::new();
    let mut at: HashMap<Key, usize> = HashMap::new();
    let mut from_archdrill = 0;
    for note in &file.notes {
        if note.guid.as_deref().is_some_and(built_in) {
            from_archdrill += 1;
            continue;
        }
        match planned_of(note) {
            Ok(card) => match at.get(&card.key()) {
                Some(&i) => planned[i] = card,
                None => {
                    at.insert(card.key(), planned.len());
                    planned.push(card);
                }
            },
            Err(why) => skipped.push((note.line, why)),
        }
    }
    skipped.sort_by_key(|(line, _)| *line);
    let existing = Existing::of(own);
    let mut plan = ImportPlan {
        skipped,
        built_in: from_archdrill,
        ..ImportPlan::default()
    };
    for card in planned {
        plan.add(card, &existing);
    }
    plan
}

/// The card `note` makes, or why it is skipped.
fn planned_of(note: &ImportNote) -> Result<Planned, String> {
    let (front, back) = front_back(note);
    let (front, back) = (sanitize_html(&front), sanitize_html(&back));
    if shows_nothing(&front) {
        return Err(NO_FRONT.into());
    }
    if shows_nothing(&back) {
        return Err(NO_BACK.into());
    }
    check_field(Field::Front, &front).map_err(reason)?;
    check_field(Field::Back, &back).map_err(reason)?;
    let deck = deck_name(note.deck.as_deref());
    check_field(Field::DeckName, &deck).map_err(reason)?;
    let mut tags: Vec<String> = Vec::with_capacity(note.tags.len());
    for tag in note.tags.iter().map(|tag| plain(tag)) {
        if !tag.is_empty() && !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    let edit = CardEdit {
        deck: DeckRef::Own(NEW_ID.into()),
        front,
        back,
        tags,
        html: true,
        anki_guid: note.guid.clone(),
    };
    Ok(Planned { deck, edit })
}

/// `text` (a front or back of `own`) as an import would give it: HTML through the sanitiser,
/// a card written in archdrill rendered first (what its export to Anki held).
fn shown(own: &OwnCard, text: &str) -> String {
    match own.html {
        true => text.to_string(),
        false => sanitize_html(&render_text(text, false)),
    }
}

/// Whether sanitised `html` shows no text (empty, white space, or only empty elements).
fn shows_nothing(html: &str) -> bool {
    html.trim().is_empty() || html_to_text(html).is_empty()
}

/// The text of `html` (see [`html_to_text`]) without `<` or `>`, on one line: a deck's name or
/// a tag, which no one mistakes for markup.
fn plain(html: &str) -> String {
    let text = html_to_text(html).replace(['<', '>'], " ");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The deck name of a note's deck path (see the module doc).
fn deck_name(deck: Option<&str>) -> String {
    let text = plain(deck.unwrap_or_default());
    let name = match text.strip_prefix(EXPORT_ROOT).map(str::trim) {
        Some(rest) if !rest.is_empty() => rest,
        _ => text.as_str(),
    };
    match name {
        "" => DEFAULT_DECK.to_string(),
        name => name.to_string(),
    }
}

/// A field error as a skip's reason: lower case, no full stop.
fn reason(error: CardFieldError) -> String {
    let text = error.to_string();
    let text = text.trim_end_matches('.');
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

impl ImportPlan {
    /// Whether importing would store nothing.
    pub fn is_empty(&self) -> bool {
        self.batch.is_empty()
    }

    /// Adds `card`: unchanged, an update of the own card it matches, or a new card.
    fn add(&mut self, mut card: Planned, existing: &Existing) {
        let matched = existing.matching(&card);
        let kept_deck = matched
            .filter(|own| existing.deck_name(own) == Some(card.deck.as_str()))
            .map(|own| own.deck.clone());
        if let (Some(own), Some(_)) = (matched, &kept_deck) {
            let edit = &card.edit;
            if shown(own, &own.front) == edit.front
                && shown(own, &own.back) == edit.back
                && own.tags == edit.tags
            {
                self.unchanged += 1;
                return;
            }
        }
        card.edit.deck = match kept_deck {
            Some(deck) => deck,
            None => self.deck(&card.deck, existing),
        };
        match matched {
            Some(own) => {
                self.updated += 1;
                self.batch.cards.push((own.id.clone(), card.edit));
            }
            None => {
                self.created += 1;
                self.batch.cards.push((NEW_ID.to_string(), card.edit));
            }
        }
    }

    /// The deck named `name`: the first own deck of that name, else one the batch creates.
    fn deck(&mut self, name: &str, existing: &Existing) -> DeckRef {
        if let Some(id) = existing.ids.get(name) {
            return DeckRef::Own(id.to_string());
        }
        let i = match self.new_deck_names.iter().position(|n| n == name) {
            Some(i) => i,
            None => {
                self.new_deck_names.push(name.to_string());
                self.batch.new_decks.push(DeckEdit { name: name.into() });
                self.new_deck_names.len() - 1
            }
        };
        new_deck(i)
    }

    /// What the import would do, in words for a preview: "12 cards new, 3 updated, 40 already
    /// here, in 2 new decks (Spanish, Spanish::Verbs); 1 note skipped: line 7: no back: …".
    pub fn summary(&self) -> String {
        let counts = [
            (self.created, "new"),
            (self.updated, "updated"),
            (self.unchanged, "already here"),
        ];
        let mut parts: Vec<String> = Vec::new();
        for (n, what) in counts.into_iter().filter(|(n, _)| *n > 0) {
            match parts.is_empty() {
                true => parts.push(format!("{} {what}", counted(n, "card", "cards"))),
                false => parts.push(format!("{} {what}", grouped(n as u64))),
            }
        }
        let mut out = match parts.is_empty() {
            true => "No cards to import".to_string(),
            false => parts.join(", "),
        };
        if !self.new_deck_names.is_empty() {
            let decks = counted(self.new_deck_names.len(), "new deck", "new decks");
            let names = listed(self.new_deck_names.iter().cloned(), ", ");
            out.push_str(&format!(", in {decks} ({names})"));
        }
        if self.built_in > 0 {
            let cards = counted(self.built_in, "built-in card", "built-in cards");
            out.push_str(&format!(
                "; {cards} of archdrill left as they are (read-only)"
            ));
        }
        if !self.skipped.is_empty() {
            out.push_str(&format!("; {}", self.skips()));
        }
        out.push('.');
        out
    }

    /// The skipped notes in words: how many, the first few with their line and reason.
    fn skips(&self) -> String {
        let count = counted(self.skipped.len(), "note", "notes");
        let lines = (self.skipped.iter()).map(|(line, why)| format!("line {line}: {why}"));
        format!("{count} skipped: {}", listed(lines, "; "))
    }
}

/// The first [`LISTED`] of `items` joined by `separator`, then "and N more" for the rest.
fn listed(items: impl ExactSizeIterator<Item = String>, separator: &str) -> String {
    let total = items.len();
    let mut shown: Vec<String> = items.take(LISTED).collect();
    if total > LISTED {
        shown.push(format!("and {} more", grouped((total - LISTED) as u64)));
    }
    shown.join(separator)
}
