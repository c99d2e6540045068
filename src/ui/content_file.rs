//! Fetches the build's content file (`index.html` preloads it) and installs it as the app's
//! curriculum and interviews.

use super::js_error::describe;
use crate::core::catalogue::{install, is_installed, CONTENT_FILE};
use std::future::Future;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn cannot(e: JsValue) -> String {
    format!("cannot load {CONTENT_FILE}: {}", describe(&e))
}

/// Starts fetching the content file at once (so other start-up work runs meanwhile); the
/// future installs it, or says why it could not. Nothing is fetched when content is installed.
///
/// ```ignore
/// let content = load_content();
/// let store = IdbStore::open(DB_NAME).await?; // runs while the file downloads
/// content.await?;
/// ```
pub fn load_content() -> impl Future<Output = Result<(), String>> {
    let request = (!is_installed())
        .then(|| web_sys::window().map(|w| w.fetch_with_str(CONTENT_FILE)))
        .flatten();
    async move {
        let Some(request) = request else {
            return Ok(());
        };
        let response: web_sys::Response = JsFuture::from(request)
            .await
            .map_err(cannot)?
            .unchecked_into();
        if !response.ok() {
            return Err(format!(
                "cannot load {CONTENT_FILE}: HTTP {}",
                response.status()
            ));
        }
        // the bytes, copied once into wasm memory: cheaper than a JS string re-encoded to UTF-8
        let bytes = JsFuture::from(response.array_buffer().map_err(cannot)?)
            .await
            .map_err(cannot)?;
        let text = String::from_utf8(js_sys::Uint8Array::new(&bytes).to_vec())
            .map_err(|e| format!("{CONTENT_FILE} is not UTF-8: {e}"))?;
        install(text).map_err(|e| e.to_string())
    }
}
