//! Link targets: percent-encoded as CommonMark's reference renderer writes them, and the one
//! safe-URL check every link passes: the notes' (http, https, mailto or relative) and the
//! imported cards' (`text::sanitize`: http, https or mailto only).

/// `url` with every byte outside URL syntax percent-encoded (existing `%XX` escapes kept).
pub(crate) fn normalize_uri(url: &str) -> String {
    const KEEP: &[u8] = b";/?:@&=+$,-_.!~*'()#";
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let b = url.as_bytes();
    let mut out = String::with_capacity(url.len());
    for (i, &c) in b.iter().enumerate() {
        let escape = c == b'%'
            && b.get(i + 1..i + 3)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
        if c.is_ascii_alphanumeric() || KEEP.contains(&c) || escape {
            out.push(char::from(c));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(c >> 4)]));
            out.push(char::from(HEX[usize::from(c & 15)]));
        }
    }
    out
}

/// Whether a link may point at `url`: http, https or mailto (or relative, if `relative_ok`),
/// both as written and with its `%XX` escapes decoded (so no reader that decodes them first
/// finds a script).
pub(crate) fn is_safe_url(url: &str, relative_ok: bool) -> bool {
    let b = url.as_bytes();
    let mut decoded = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = b
            .get(i + 1..i + 3)
            .filter(|h| h.iter().all(u8::is_ascii_hexdigit));
        let hex = hex.and_then(|h| std::str::from_utf8(h).ok());
        match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
            Some(byte) if b[i] == b'%' => {
                decoded.push(byte);
                i += 3;
            }
            _ => {
                decoded.push(b[i]);
                i += 1;
            }
        }
    }
    allowed_scheme(b, relative_ok) && allowed_scheme(&decoded, relative_ok)
}

/// Whether `url` has no scheme (as the URL standard reads one: a letter, then letters,
/// digits, `+`, `-` or `.`, then `:`, after dropping leading controls and every tab and line
/// break) and `relative_ok`, or http, https or mailto.
fn allowed_scheme(url: &[u8], relative_ok: bool) -> bool {
    let url: Vec<u8> = url
        .iter()
        .skip_while(|b| **b <= b' ')
        .filter(|b| !matches!(b, b'\t' | b'\n' | b'\r'))
        .copied()
        .collect();
    let len = url
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
        .count();
    let has_scheme =
        url.first().is_some_and(u8::is_ascii_alphabetic) && url.get(len) == Some(&b':');
    let scheme = url[..len].to_ascii_lowercase();
    (!has_scheme && relative_ok)
        || (has_scheme && [&b"http"[..], b"https", b"mailto"].contains(&scheme.as_slice()))
}
