//! What safe notes HTML may hold: escaped text and the notes renderer's own tags, links only
//! to http(s), mailto or relative targets.

/// The block tags the renderer writes (and closes), `<hr />` aside.
pub const BLOCK_TAGS: [&str; 18] = [
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "ul",
    "ol",
    "li",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
];

/// The inline tags the renderer writes without attributes (and closes), `<br />` aside.
const INLINE_TAGS: [&str; 4] = ["em", "strong", "del", "code"];

/// Whether the renderer writes `<name>` without attributes.
fn is_plain_tag(name: &str) -> bool {
    BLOCK_TAGS.contains(&name) || INLINE_TAGS.contains(&name)
}

/// Why `html` is more than escaped text and the renderer's own tags, if it is.
pub fn foreign_markup(html: &str) -> Option<String> {
    first_tag_not(html, is_own_tag)
}

/// The first tag of `html` (the text between `<` and `>`) that `allowed` refuses, or a `<`
/// never closed, if there is one.
#[allow(dead_code)] // each test crate uses what it needs of this module
pub fn first_tag_not(html: &str, allowed: impl Fn(&str) -> bool) -> Option<String> {
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let Some(close) = rest[open..].find('>') else {
            return Some(format!("a bare < at {:?}", &rest[open..]));
        };
        let tag = &rest[open + 1..open + close];
        if !allowed(tag) {
            return Some(format!("a foreign tag <{tag}>"));
        }
        rest = &rest[open + close + 1..];
    }
    None
}

fn is_own_tag(tag: &str) -> bool {
    if let Some(name) = tag.strip_prefix('/') {
        return is_plain_tag(name) || name == "a";
    }
    if tag == "br /" || tag == "hr /" {
        return true;
    }
    let (name, attrs) = tag.split_once(' ').unwrap_or((tag, ""));
    let Some(attrs) = attributes(attrs) else {
        return false;
    };
    let attrs: Vec<(&str, &str)> = attrs.iter().map(|(k, v)| (*k, *v)).collect();
    match (name, attrs.as_slice()) {
        (_, []) => is_plain_tag(name),
        ("a", [("href", href)] | [("href", href), ("title", _)]) => is_safe_href(href),
        ("code", [("class", class)]) => class.starts_with("language-"),
        ("ol", [("start", start)]) => {
            !start.is_empty() && start.bytes().all(|b| b.is_ascii_digit())
        }
        ("th" | "td", [("style", style)]) => ["left", "center", "right"]
            .map(|a| format!("text-align: {a}"))
            .contains(&style.to_string()),
        _ => false,
    }
}

/// `key="value"` pairs separated by single spaces; `None` when `attrs` is anything else.
fn attributes(attrs: &str) -> Option<Vec<(&str, &str)>> {
    let mut pairs = Vec::new();
    let mut rest = attrs;
    while !rest.is_empty() {
        let (key, after) = rest.split_once("=\"")?;
        let (value, after) = after.split_once('"')?;
        if key.is_empty() || !key.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        pairs.push((key, value));
        rest = after.strip_prefix(' ').unwrap_or(after);
        if rest.len() == after.len() && !rest.is_empty() {
            return None;
        }
    }
    Some(pairs)
}

/// Whether a browser would follow `href` (as written in HTML) only to http(s), mailto or a
/// relative target: entities decoded, tabs and newlines dropped, as URL parsing does.
pub fn is_safe_href(href: &str) -> bool {
    if href.contains('&') && !decodes_to_known_entities(href) {
        return false;
    }
    let url: String = href
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let url = url
        .trim_start_matches(|c: char| c <= ' ')
        .to_ascii_lowercase();
    let scheme_len = url
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
        .count();
    let has_scheme = url.as_bytes().get(scheme_len) == Some(&b':')
        && url.as_bytes().first().is_some_and(u8::is_ascii_alphabetic);
    !has_scheme || ["http", "https", "mailto"].contains(&&url[..scheme_len])
}

/// Whether every `&` in `href` starts one of the four entities the renderer writes.
fn decodes_to_known_entities(href: &str) -> bool {
    href.match_indices('&').all(|(i, _)| {
        ["&amp;", "&quot;", "&lt;", "&gt;"]
            .iter()
            .any(|e| href[i..].starts_with(e))
    })
}

/// Where the tags of `html` do not nest (a tag closed that is not the innermost open one, or
/// one left open), if they do not.
pub fn unbalanced_tags(html: &str) -> Option<String> {
    let mut open: Vec<&str> = Vec::new();
    for tag in html
        .split('<')
        .skip(1)
        .filter_map(|t| t.split_once('>').map(|t| t.0))
    {
        let name = tag.trim_start_matches('/').split(' ').next().unwrap_or("");
        if tag.ends_with('/') {
            continue;
        }
        if tag.starts_with('/') {
            if open.pop() != Some(name) {
                return Some(format!("</{name}> closes {open:?}"));
            }
        } else {
            open.push(name);
        }
    }
    (!open.is_empty()).then(|| format!("left open: {open:?}"))
}

/// The elements the sanitiser may write, restated here (not taken from the sanitiser's own
/// list) so the test checks the allowlist rather than repeating it.
const ALLOWED: [&str; 35] = [
    "a",
    "b",
    "strong",
    "i",
    "em",
    "u",
    "s",
    "del",
    "sub",
    "sup",
    "br",
    "p",
    "div",
    "span",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "tfoot",
    "caption",
];

/// Whether the sanitiser may write the tag `tag` (the text between `<` and `>`): `name` or
/// `/name` of an allowed element, or `a href="…"` to http(s) or mailto.
#[allow(dead_code)]
pub fn is_import_tag(tag: &str) -> bool {
    let Some(href) = tag.strip_prefix("a href=\"") else {
        return ALLOWED.contains(&tag.strip_prefix('/').unwrap_or(tag));
    };
    let href = href.strip_suffix('"').unwrap_or("\"").replace("&amp;", "&");
    let lower = href.to_ascii_lowercase();
    let safe = ["http:", "https:", "mailto:"]
        .iter()
        .any(|s| lower.starts_with(s));
    safe && !href.contains(['"', '<', '>', ' ', '\''])
}
