//! Due / new / re-drill counts, as three small coloured numbers.

use crate::core::srs::queue::Counts;
use leptos::prelude::*;

/// The three counts of a scope, labelled for screen readers.
#[component]
pub fn CountsBadge(
    /// The counts to show.
    #[prop(into)]
    counts: Signal<Counts>,
) -> impl IntoView {
    view! {
        <span class="counts">
            <span class="count due" title="Due reviews">
                {move || counts.get().due}<span class="sr-only">" due"</span>
            </span>
            <span class="count new" title="New cards">
                {move || counts.get().new}<span class="sr-only">" new"</span>
            </span>
            <span class="count drill" title="Re-drill today">
                {move || counts.get().drill}<span class="sr-only">" to re-drill"</span>
            </span>
        </span>
    }
}
