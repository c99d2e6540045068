//! Reads the build's outline or content file into the app's [`Catalogue`].
//! index.html starts reading one of them before the wasm runs (see `tools/content-file.mjs`):
//! the outline when the app opens on the home screen, which shows no card text, and the whole
//! content file otherwise; the cards' text follows right after the first screen is painted.

use super::js_error::describe;
use crate::core::content::catalogue::{Catalogue, CONTENT_FILE};
use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// `window.archdrillContent`: the promise of the bytes of the file index.html is reading.
    #[wasm_bindgen(thread_local_v2, js_namespace = window, js_name = archdrillContent)]
    static READING: JsValue;
    /// `window.archdrillFetch(file)`: the promise of the bytes of a file of the build, or an
    /// error naming the file and its HTTP status.
    #[wasm_bindgen(catch, js_namespace = window, js_name = archdrillFetch)]
    fn archdrill_fetch(file: &str) -> Result<Promise, JsValue>;
}

/// Awaits the promise of a file's bytes (an `ArrayBuffer`) and reads the catalogue in it.
async fn read_from(reading: Result<Promise, JsValue>) -> Result<Catalogue, String> {
    let cannot = |e: JsValue| format!("cannot load the cards: {}", describe(&e));
    let bytes = JsFuture::from(reading.map_err(cannot)?)
        .await
        .map_err(cannot)?;
    // the bytes, copied once into wasm memory: cheaper than a JS string re-encoded to UTF-8
    let text = String::from_utf8(js_sys::Uint8Array::new(&bytes).to_vec())
        .map_err(|e| format!("cannot load the cards: not UTF-8: {e}"))?;
    Catalogue::read(text).map_err(|e| e.to_string())
}

/// Waits for the file index.html is reading (`window.archdrillContent`: the outline or the
/// content file) and reads its catalogue, or says why it could not.
///
/// ```ignore
/// let (catalogue, startup) = join(load_content(), load_startup(&store, today_of)).await;
/// catalogue?; // "cannot load the cards: outline-….txt: HTTP 404", or a damaged record
/// ```
pub async fn load_content() -> Result<Catalogue, String> {
    let reading = READING.with(|r| r.clone().dyn_into::<Promise>());
    read_from(reading.map_err(|_| "index.html did not start reading the cards".into())).await
}

/// The catalogue with the cards' fronts and backs, when only the outline came first: fetches
/// the content file (with index.html's `window.archdrillFetch`), or says why it could not.
///
/// ```ignore
/// after_paint(|| spawn_local(async { state.take_card_text(load_card_text().await?) }));
/// ```
pub async fn load_card_text() -> Result<Catalogue, String> {
    read_from(archdrill_fetch(CONTENT_FILE)).await
}
