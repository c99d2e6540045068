//! The catalogue's cards as Anki notes: one Basic note per card, in the deck
//! `archdrill::<Section>::<Topic>` (the learner's own decks, section `OWN_SECTION`, in
//! `archdrill::<Deck>`), its front and back the HTML the build rendered, its guid derived from
//! the card id (so a second export updates the notes in Anki instead of adding them again), or,
//! for an own card that came from Anki, the guid of its note there (so the export updates it).

use super::{guid_for, ExportNote};
use crate::core::content::catalogue::Section;
use crate::core::content::own::OWN_SECTION;
use crate::core::srs::own::OwnContent;
use std::collections::HashMap;

/// The notes of every card of `sections` (a catalogue with `own`'s cards, see
/// `Catalogue::with_own`), in curriculum order.
pub fn notes_of(sections: &[Section], own: &OwnContent) -> Vec<ExportNote> {
    let anki_guids: HashMap<&str, &str> = (own.cards.iter())
        .filter_map(|card| Some((card.id.as_str(), card.anki_guid.as_deref()?)))
        .collect();
    let mut notes = Vec::new();
    for section in sections {
        for topic in &section.topics {
            let deck = match section.name.as_str() {
                OWN_SECTION => format!("archdrill::{}", topic.name),
                name => format!("archdrill::{name}::{}", topic.name),
            };
            notes.extend(topic.cards.iter().map(|card| {
                ExportNote {
                    guid: anki_guids
                        .get(card.id())
                        .map_or_else(|| guid_for(card.id()), |guid| guid.to_string()),
                    deck: deck.clone(),
                    front_html: card.front().to_string(),
                    back_html: card.back().to_string(),
                    tags: card.tags().map(str::to_string).collect(),
                }
            }));
        }
    }
    notes
}
