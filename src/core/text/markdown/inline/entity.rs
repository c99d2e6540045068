//! Character references and backslash escapes: the named references of HTML5
//! (`entity_table.rs`), decimal and hexadecimal references, decoded where CommonMark decodes them (text, link
//! destinations and titles, code info strings; and in imported HTML, `text::sanitize`). An
//! unknown name stays as written.

use super::entity_table::NAMED;
use super::packed::lookup;

/// A `name;characters` record cut into its name and its characters.
fn name_and_value(record: &str) -> (&str, &str) {
    let (name, value) = record.split_once(';').unwrap_or((record, ""));
    (name, value)
}

/// Decodes the reference starting `text` (`&…;`) into `out`: its length, if it is one.
pub(super) fn reference(text: &str, out: &mut String) -> Option<usize> {
    let end = text.bytes().take(34).position(|b| b == b';')?;
    let body = text.get(1..end).filter(|_| text.starts_with('&'))?;
    let Some(number) = body.strip_prefix('#') else {
        out.push_str(lookup(NAMED, body, name_and_value)?);
        return Some(end + 1);
    };
    let (digits, radix, most) = match number.strip_prefix(['x', 'X']) {
        Some(hex) => (hex, 16, 6),
        None => (number, 10, 7),
    };
    let valid = (1..=most).contains(&digits.len()) && digits.chars().all(|d| d.is_digit(radix));
    if !valid {
        return None;
    }
    let code = u32::from_str_radix(digits, radix).ok()?;
    let c = char::from_u32(code).filter(|c| *c != '\0');
    out.push(c.unwrap_or('\u{fffd}'));
    Some(end + 1)
}

/// `text` with its backslash escapes and character references decoded.
pub(in super::super) fn unescape(text: &str) -> String {
    decode(text, true)
}

/// `text` with its character references decoded, backslashes kept (HTML has no escapes).
pub(crate) fn decode_references(text: &str) -> String {
    decode(text, false)
}

/// `text` with its character references decoded, and its backslash escapes if `backslashes`.
fn decode(text: &str, backslashes: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['\\', '&']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let escaped = rest[1..]
            .chars()
            .next()
            .filter(|c| backslashes && c.is_ascii_punctuation());
        let len = match escaped.filter(|_| rest.starts_with('\\')) {
            Some(c) => {
                out.push(c);
                2
            }
            None => reference(rest, &mut out).unwrap_or_else(|| {
                out.push_str(&rest[..1]);
                1
            }),
        };
        rest = &rest[len..];
    }
    out.push_str(rest);
    out
}
