//! Installs the build's content file as the app's curriculum and interviews. index.html starts
//! reading it before the wasm runs (see `tools/content-file.mjs`), so by the time the app asks,
//! its bytes have usually arrived.

use super::js_error::describe;
use crate::core::catalogue::{install, is_installed, CONTENT_FILE};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn cannot(reason: String) -> String {
    format!("cannot load {CONTENT_FILE}: {reason}")
}

/// Waits for the content file index.html is reading (`window.archdrillContent`, the promise of
/// its bytes) and installs it, or says why it could not. Nothing is read when content is
/// already installed.
///
/// ```ignore
/// let (content, startup) = join(load_content(), load_startup(&store, today_of)).await;
/// content?; // "cannot load content-….txt: HTTP 404", or a damaged record
/// ```
pub async fn load_content() -> Result<(), String> {
    if is_installed() {
        return Ok(());
    }
    let reading = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"archdrillContent".into()).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        .ok_or_else(|| cannot("index.html did not start reading it".into()))?;
    let bytes: JsValue = JsFuture::from(reading)
        .await
        .map_err(|e| cannot(describe(&e)))?;
    // the bytes, copied once into wasm memory: cheaper than a JS string re-encoded to UTF-8
    let text = String::from_utf8(js_sys::Uint8Array::new(&bytes).to_vec())
        .map_err(|e| format!("{CONTENT_FILE} is not UTF-8: {e}"))?;
    install(text).map_err(|e| e.to_string())
}
