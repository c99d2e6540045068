//! A coloured chip for a 1–4 rating.

use crate::core::interview::rating::Rating;
use leptos::prelude::*;

/// "3 · Hire" in the rating's colour.
#[component]
pub fn RatingChip(
    /// The rating to show.
    rating: Rating,
) -> impl IntoView {
    view! {
        <span class=format!("rating r{}", rating.number())>
            {rating.number()} " · " {rating.label()}
        </span>
    }
}
