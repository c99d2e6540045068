//! The cards' fronts and backs, which arrive after the first screen when the app opens on the
//! home screen (it starts from the outline, see `content_file`), and the text of the learner's
//! own cards, rendered once the renderers' piece of the wasm is in (`own_text`): screens that
//! show card text wait for both through [`CardText::or_wait`].

use super::content_file::load_card_text;
use super::hooks::use_after_paint::after_paint;
use super::state::AppState;
use leptos::prelude::*;

/// Whether the cards' text is in the app's catalogue, or why it could not be loaded (signals of
/// types the app already has: a new signal type costs the shell ~0.5 kB of generic code).
#[derive(Clone, Copy)]
pub struct CardText {
    ready: RwSignal<bool>,
    error: RwSignal<Option<String>>,
    /// Whether the own cards' text is in (or there are none).
    own_ready: RwSignal<bool>,
    state: AppState,
}

impl CardText {
    /// Provides a [`CardText`] to the components below: ready at once when the app started
    /// from the whole content file, otherwise loaded right after the first screen is painted.
    pub fn provide(state: AppState) {
        let text = Self {
            ready: RwSignal::new(untrack(|| state.catalogue().has_card_text())),
            error: RwSignal::new(None),
            own_ready: RwSignal::new(untrack(|| state.has_own_text())),
            state,
        };
        provide_context(text);
        // own cards' text: after the first screen, and again when own cards first appear
        Effect::new(move |_| {
            let _ = state.catalogue();
            let ready = state.has_own_text();
            if text.own_ready.get_untracked() != ready {
                text.own_ready.set(ready);
            }
            if !ready {
                after_paint(move || text.load_own_text());
            }
        });
        if !text.ready.get_untracked() {
            after_paint(move || {
                leptos::task::spawn_local(async move {
                    match load_card_text().await {
                        Ok(catalogue) => {
                            state.take_card_text(catalogue);
                            text.ready.set(true);
                        }
                        Err(e) => text.error.set(Some(e)),
                    }
                })
            });
        }
    }

    /// Loads the renderers of own cards' text and gives them to the state.
    fn load_own_text(self) {
        leptos::task::spawn_local(async move {
            match super::own_text::load().await {
                Ok(render) => self.state.take_own_text(render),
                Err(_) => self.error.set(Some(
                    "cannot load the renderer of your own cards: check the connection".into(),
                )),
            }
        });
    }

    /// The one in context (see [`CardText::provide`]).
    pub fn get() -> Self {
        expect_context()
    }

    /// `screen`, which shows card text, once that text is in; until then a loading line, or
    /// why the text could not be loaded (and that nothing stored was touched).
    pub fn or_wait(self, screen: impl FnOnce() -> AnyView) -> AnyView {
        if self.ready.get() && self.own_ready.get() {
            return screen();
        }
        match self.error.get() {
            None => loading("Loading the cards…").into_any(),
            Some(reason) => cannot_load_cards(reason).into_any(),
        }
    }
}

/// A line saying what is loading (the app's and the cards' text share it).
pub fn loading(what: &'static str) -> impl IntoView {
    view! { <p class="loading" aria-busy="true">{what}</p> }
}

/// Says that the cards could not be loaded, why (e.g. "cannot load the cards:
/// content-….txt: HTTP 404") and that nothing stored was changed.
pub fn cannot_load_cards(reason: String) -> impl IntoView {
    view! {
        <div class="fatal" role="alert">
            <h1>"archdrill can't load its cards"</h1>
            <p>{reason}</p>
            <p>"Check the connection and reload. Your progress is stored on this device and was not changed."</p>
        </div>
    }
}
