//! The catalogue's cards as Anki notes: one Basic note per card, in the deck
//! `archdrill::<Section>::<Topic>`, its front and back the HTML the build rendered, its guid
//! derived from the card id (so a second export updates the notes in Anki instead of adding
//! them again).

use super::{guid_for, ExportNote};
use crate::core::content::catalogue::Section;

/// The notes of every card of `sections`, in curriculum order.
pub fn notes_of(sections: &[Section]) -> Vec<ExportNote> {
    let mut notes = Vec::new();
    for section in sections {
        for topic in &section.topics {
            let deck = format!("archdrill::{}::{}", section.name, topic.name);
            notes.extend(topic.cards.iter().map(|card| ExportNote {
                guid: guid_for(card.id()),
                deck: deck.clone(),
                front_html: card.front().to_string(),
                back_html: card.back().to_string(),
                tags: card.tags().map(str::to_string).collect(),
            }));
        }
    }
    notes
}
