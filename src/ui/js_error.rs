//! JavaScript errors in words: the message of an `Error`, a thrown string, or a fallback
//! (without `{:?}`, whose formatting machinery would otherwise ship in the wasm).

use wasm_bindgen::{JsCast, JsValue};

/// What a JavaScript exception or rejection says.
///
/// ```ignore
/// let reason = describe(&js_sys::Error::new("quota exceeded").into()); // "quota exceeded"
/// ```
pub fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "the browser gave no reason".into())
}
