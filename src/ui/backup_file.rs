//! A backup as a file: written with the browser's `JSON.stringify` (no JSON code in the wasm)
//! and offered as a download; read from a picked file with `JSON.parse`, each record decoded on
//! its own so a bad one is named with its position. The checks are `core::backup::check`'s.

use crate::core::backup::check::{
    check, check_envelope, check_size, decode_list, parse_error, BackupError,
};
use crate::core::backup::{backup_of, Backup};
use js_sys::{Array, Reflect, JSON};
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

/// The backup as JSON text, fields in their declared order (so the same data, the same bytes).
pub fn to_json(backup: &Backup) -> Result<String, String> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    let value = backup.serialize(&serializer).map_err(|e| e.to_string())?;
    JSON::stringify(&value)
        .map(String::from)
        .map_err(|e| format!("{e:?}"))
}

/// Offers `text` as a download named `name`, of MIME type `mime`.
pub fn download(text: &str, name: &str, mime: &str) -> Result<(), String> {
    let blob = gloo_file::Blob::new_with_options(text, Some(mime));
    let url = gloo_file::ObjectUrl::from(blob);
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // the download has read the URL by the time the click returns; the URL is freed here
    Ok(())
}

/// The field `name` of `value`.
fn field(value: &JsValue, name: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Decodes every item of the array field `name` of `value` ("event" names an item).
fn list<T: serde::de::DeserializeOwned>(
    value: &JsValue,
    name: &str,
    what: &'static str,
) -> Result<Vec<T>, BackupError> {
    let items = field(value, name);
    if !Array::is_array(&items) {
        return Err(BackupError::NotBackup);
    }
    let items: Array = items.unchecked_into();
    decode_list(items.iter(), what, |item| {
        serde_wasm_bindgen::from_value(item).map_err(reason)
    })
}

/// A decoding error in words, without the "Error: " a JavaScript error prints before them.
fn reason(e: serde_wasm_bindgen::Error) -> String {
    let text = e.to_string();
    text.strip_prefix("Error: ").unwrap_or(&text).to_string()
}

/// Reads a backup from the text of a file, or says what is wrong with it.
pub fn read(text: &str) -> Result<Backup, BackupError> {
    let value = JSON::parse(text).map_err(|e| {
        let message = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()));
        parse_error(&message.unwrap_or_default(), text.encode_utf16().count())
    })?;
    if !value.is_object() {
        return Err(BackupError::NotBackup);
    }
    check_envelope(
        field(&value, "format").as_string().as_deref(),
        field(&value, "version").as_f64(),
    )?;
    let settings = serde_wasm_bindgen::from_value(field(&value, "settings")).map_err(|e| {
        BackupError::BadRecord {
            what: "settings",
            position: 1,
            reason: reason(e),
        }
    })?;
    let backup = backup_of(
        settings,
        list(&value, "events", "event")?,
        list(&value, "attempts", "attempt")?,
        list(&value, "boosts", "boost")?,
    );
    check(&backup)?;
    Ok(backup)
}

/// Reads the picked file `file`: its size checked before a byte is read.
pub async fn read_file(file: web_sys::File) -> Result<Backup, BackupError> {
    check_size(file.size() as u64)?;
    let text = gloo_file::futures::read_as_text(&gloo_file::File::from(file))
        .await
        .map_err(|e| BackupError::NotJson(e.to_string()))?;
    read(&text)
}
