//! A flashcard as the catalogue holds it: its id, front, back and tags are spans of one shared
//! text — the content file, read once — so a catalogue of 100k cards makes no allocation per
//! card and holds each card's text once. A card made at run time brings a text of its own.

use super::pack::ITEM as TAG_SEPARATOR;
use std::fmt;
use std::sync::Arc;

/// Byte offsets (start, end) of one field in a card's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span(u32, u32);

/// A flashcard.
#[derive(Clone)]
pub struct Card {
    /// The text the spans point into (shared by every card of a content file).
    text: Arc<String>,
    id: Span,
    front: Span,
    back: Span,
    /// Tags, as the content file lists them (split by [`TAG_SEPARATOR`]).
    tags: Span,
}

impl Card {
    /// A card with these fields, in a text of its own.
    pub fn new(id: &str, front: &str, back: &str, tags: &[&str]) -> Card {
        let tags = tags.join(&TAG_SEPARATOR.to_string());
        let text = Arc::new([id, front, back, tags.as_str()].concat());
        let mut at = 0;
        let mut next = |field: &str| {
            at += field.len();
            Span((at - field.len()) as u32, at as u32)
        };
        let (id, front, back, tags) = (next(id), next(front), next(back), next(&tags));
        Card {
            text,
            id,
            front,
            back,
            tags,
        }
    }

    /// A card whose fields are slices of `text` (a content file), its tags as the file lists
    /// them.
    pub(super) fn in_text(text: &Arc<String>, fields: [&str; 4]) -> Card {
        let span = |field: &str| {
            let start = field.as_ptr() as usize - text.as_ptr() as usize;
            debug_assert!(start + field.len() <= text.len(), "a field of the text");
            Span(start as u32, (start + field.len()) as u32)
        };
        let [id, front, back, tags] = fields.map(span);
        Card {
            text: Arc::clone(text),
            id,
            front,
            back,
            tags,
        }
    }

    fn field(&self, Span(start, end): Span) -> &str {
        &self.text[start as usize..end as usize]
    }

    /// Stable id; progress is keyed on it.
    pub fn id(&self) -> &str {
        self.field(self.id)
    }

    /// Question, safe HTML (rendered from the deck's Markdown at build time).
    pub fn front(&self) -> &str {
        self.field(self.front)
    }

    /// Answer, safe HTML (rendered from the deck's Markdown at build time).
    pub fn back(&self) -> &str {
        self.field(self.back)
    }

    /// The card's tags.
    pub fn tags(&self) -> impl Iterator<Item = &str> {
        self.field(self.tags)
            .split(TAG_SEPARATOR)
            .filter(|t| !t.is_empty())
    }
}

impl PartialEq for Card {
    fn eq(&self, other: &Card) -> bool {
        let same_spans =
            |a: &Card, b: &Card| (a.id, a.front, a.back, a.tags) == (b.id, b.front, b.back, b.tags);
        // cards of one catalogue share their text: comparing spans is enough
        Arc::ptr_eq(&self.text, &other.text) && same_spans(self, other)
            || self.id() == other.id()
                && self.front() == other.front()
                && self.back() == other.back()
                && self.field(self.tags) == other.field(other.tags)
    }
}

impl Eq for Card {}

impl fmt::Debug for Card {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Card")
            .field("id", &self.id())
            .field("front", &self.front())
            .field("back", &self.back())
            .field("tags", &self.tags().collect::<Vec<_>>())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_of_a_file_points_into_it_and_equals_the_same_card_made_on_its_own() {
        let file = Arc::new(format!(
            "x{0}mine-1{0}Q?{0}A.{0}a{TAG_SEPARATOR}b",
            '\u{1f}'
        ));
        let fields: Vec<&str> = file.split('\u{1f}').skip(1).collect();
        let card = Card::in_text(&file, [fields[0], fields[1], fields[2], fields[3]]);
        assert!(
            std::ptr::eq(card.back().as_ptr(), fields[2].as_ptr()),
            "no copy"
        );
        assert_eq!(
            (card.id(), card.front(), card.back()),
            ("mine-1", "Q?", "A.")
        );
        assert_eq!(card.tags().collect::<Vec<_>>(), ["a", "b"]);
        let made = Card::new("mine-1", "Q?", "A.", &["a", "b"]);
        assert_eq!(made, card);
        assert_ne!(Card::new("mine-1", "Q?", "A.", &["a"]), card);
        assert!(Card::new("e", "", "", &[]).tags().next().is_none());
    }
}
