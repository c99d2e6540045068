//! The renderers of the learner's own cards (the Markdown renderer and the HTML sanitiser) as
//! a lazily loaded piece of the wasm, like the interview screens (`interviews::lazy`): the shell
//! starts with the own cards' ids, which counts and queues need, and the screens that show card
//! text wait for their text (`CardText`), which follows after the first screen.

use crate::core::content::own::{render_text, RenderText};
use crate::ui::interviews::lazy::LoadFailed;

/// Fetches and instantiates the renderers (once; a failure is retried on the next call).
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(own_text, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn load() -> Result<RenderText, LoadFailed> {
    Ok(render_text)
}

/// The renderers, linked in.
#[cfg(not(feature = "split"))]
pub async fn load() -> Result<RenderText, LoadFailed> {
    Ok(render_text)
}
