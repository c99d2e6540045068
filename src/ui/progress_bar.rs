//! A stacked bar of new / learning / mature cards with the numbers beside it.

use crate::core::content::progress::Progress;
use leptos::prelude::*;

/// Progress as a bar and three labelled numbers.
#[component]
pub fn ProgressBar(
    /// The progress to show.
    #[prop(into)]
    progress: Signal<Progress>,
) -> impl IntoView {
    let width = move |part: fn(&Progress) -> usize| {
        let p = progress.get();
        format!("width:{}%", p.percent(part(&p)))
    };
    view! {
        <div class="progress">
            <div class="progress-bar" aria-hidden="true">
                <span class="mature" style=move || width(|p| p.mature)></span>
                <span class="learning" style=move || width(|p| p.learning)></span>
            </div>
            <span class="progress-numbers small">
                <span class="new">{move || progress.get().new} " new"</span>
                <span class="learning">{move || progress.get().learning} " learning"</span>
                <span class="mature">{move || progress.get().mature} " mature"</span>
            </span>
        </div>
    }
}
