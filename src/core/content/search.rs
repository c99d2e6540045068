//! Full-text search over card fronts, backs and tags.

use crate::core::content::catalogue::{Card, Catalogue, Topic};
use crate::core::text::markdown::plain_text;

/// Cards of `catalogue` whose front, back or tags contain every word of `query` (ASCII case-insensitive),
/// in curriculum order, at most `limit` of them. An empty query finds nothing.
pub fn search<'c>(
    catalogue: &'c Catalogue,
    query: &str,
    limit: usize,
) -> Vec<(&'c Topic, &'c Card)> {
    let words: Vec<String> = query
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    catalogue
        .sections()
        .iter()
        .flat_map(|s| &s.topics)
        .flat_map(|t| t.cards.iter().map(move |c| (t, c)))
        .filter(|(_, card)| {
            let text = plain_text(&format!("{}\n{}", card.front(), card.back()));
            let haystack = format!("{text}\n{}", card.tags().collect::<Vec<_>>().join(" "))
                .to_ascii_lowercase();
            words.iter().all(|w| haystack.contains(w.as_str()))
        })
        .take(limit)
        .collect()
}
