//! Full-text search over card fronts, backs and tags.

use crate::core::content::catalogue::{Card, Catalogue, Topic};
use crate::core::text::markdown::plain_text;

/// The words of a search query, lowercased: a card matches when its front, back or tags
/// contain every one (ASCII case-insensitive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchWords(Vec<String>);

impl SearchWords {
    /// The words of `query`, or `None` when it has none (an empty query finds nothing).
    pub fn of(query: &str) -> Option<SearchWords> {
        let words: Vec<String> = query
            .split_whitespace()
            .map(str::to_ascii_lowercase)
            .collect();
        (!words.is_empty()).then_some(SearchWords(words))
    }

    /// Whether `card`'s front, back or tags contain every word.
    pub fn matches(&self, card: &Card) -> bool {
        let text = plain_text(&format!("{}\n{}", card.front(), card.back()));
        let haystack =
            format!("{text}\n{}", card.tags().collect::<Vec<_>>().join(" ")).to_ascii_lowercase();
        self.0.iter().all(|w| haystack.contains(w.as_str()))
    }
}

/// Cards of `catalogue` whose front, back or tags contain every word of `query` (ASCII case-insensitive),
/// in curriculum order, at most `limit` of them. An empty query finds nothing.
pub fn search<'c>(
    catalogue: &'c Catalogue,
    query: &str,
    limit: usize,
) -> Vec<(&'c Topic, &'c Card)> {
    let Some(words) = SearchWords::of(query) else {
        return Vec::new();
    };
    catalogue
        .sections()
        .iter()
        .flat_map(|s| &s.topics)
        .flat_map(|t| t.cards.iter().map(move |c| (t, c)))
        .filter(|(_, card)| words.matches(card))
        .take(limit)
        .collect()
}
