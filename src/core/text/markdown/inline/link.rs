//! Links: inline targets `(destination "title")`, reference definitions and the labels that
//! use them, and autolinks `<scheme:…>` / `<address@host>`. Every scan here is bounded by
//! the text it may match (a label by 999 characters, parentheses by 32 levels), so no input
//! makes one quadratic. Destinations are percent-encoded as CommonMark's reference renderer
//! does; one the safe-URL check refuses leaves the link as its text.

use super::super::escape_into;
use super::super::url::{is_safe_url, normalize_uri};
use super::entity::unescape;
use super::fold::fold;
use super::{Bracket, Node, Parser};

/// Link reference definitions: normalized label, destination and title; the first definition
/// of a label wins.
#[derive(Default)]
pub(in super::super) struct Refs {
    /// The definitions, sorted by label once the blocks are parsed.
    defs: Vec<(String, String, String)>,
}

impl Refs {
    /// Records a definition (an earlier one of the same label will win).
    fn define(&mut self, label: String, destination: String, title: String) {
        self.defs.push((label, destination, title));
    }

    /// Sorts the definitions for look-up, keeping the first of each label.
    pub fn seal(&mut self) {
        self.defs.sort_by(|a, b| a.0.cmp(&b.0));
        self.defs.dedup_by(|later, first| later.0 == first.0);
    }

    /// Whether there are no definitions.
    pub fn is_empty(&self) -> bool {
        self.defs.is_empty()
    }

    /// The destination and title defined for a normalized label.
    pub fn get(&self, label: &str) -> Option<(&str, &str)> {
        let at = self
            .defs
            .binary_search_by(|d| d.0.as_str().cmp(label))
            .ok()?;
        Some((&self.defs[at].1, &self.defs[at].2))
    }
}

/// A label `[…]` as references match it: inner blanks collapsed, case folded (`fold.rs`);
/// `None` when it is longer than 999 characters or blank.
fn normalize_label(label: &str) -> Option<String> {
    let inner = &label[1..label.len() - 1];
    if inner.len() > 999 * 4 || inner.chars().count() > 999 {
        return None;
    }
    let words: Vec<&str> = inner
        .split([' ', '\t', '\n'])
        .filter(|w| !w.is_empty())
        .collect();
    (!words.is_empty()).then(|| fold(&words.join(" ")))
}

/// The end (after `]`) of a link label starting at `at`: no unescaped brackets, at most 999
/// characters.
fn label_end(text: &str, at: usize) -> Option<usize> {
    if text.as_bytes().get(at) != Some(&b'[') {
        return None;
    }
    let mut chars = text[at + 1..].char_indices();
    let mut count = 0;
    while let Some((i, c)) = chars.next() {
        match c {
            ']' => return Some(at + 2 + i),
            '[' => return None,
            '\\' => count += usize::from(chars.next().is_some()),
            _ => {}
        }
        count += 1;
        if count > 999 {
            return None;
        }
    }
    None
}

/// `at` moved past blanks and at most one line break.
fn skip_blanks(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let skip = |mut i: usize| {
        while matches!(b.get(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        i
    };
    let at = skip(at);
    if b.get(at) == Some(&b'\n') {
        skip(at + 1)
    } else {
        at
    }
}

/// A link destination at `at`, `<…>` or bare with balanced parentheses: decoded and
/// percent-encoded, and where it ends.
fn destination(text: &str, at: usize) -> Option<(String, usize)> {
    let b = text.as_bytes();
    let mut i = at;
    if b.get(at) == Some(&b'<') {
        i += 1;
        loop {
            match *b.get(i)? {
                b'>' => return Some((normalize_uri(&unescape(&text[at + 1..i])), i + 1)),
                b'<' | b'\n' => return None,
                b'\\' if b.get(i + 1).is_some_and(|c| *c != b'\n') => i += 2,
                _ => i += 1,
            }
        }
    }
    let mut open = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b'\\' if b.get(i + 1).is_some_and(u8::is_ascii_punctuation) => i += 1,
            b'(' if open == 32 => return None,
            b'(' => open += 1,
            b')' if open == 0 => break,
            b')' => open -= 1,
            c if c <= b' ' || c == 0x7f => break,
            _ => {}
        }
        i += 1;
    }
    let empty = i == at && b.get(i) != Some(&b')');
    (!empty && open == 0).then(|| (normalize_uri(&unescape(&text[at..i])), i))
}

/// A link title at `at`, in `"…"`, `'…'` or `(…)`: decoded, and where it ends.
fn title(text: &str, at: usize) -> Option<(String, usize)> {
    let b = text.as_bytes();
    let close = match *b.get(at)? {
        b'"' => b'"',
        b'\'' => b'\'',
        b'(' => b')',
        _ => return None,
    };
    let mut i = at + 1;
    loop {
        match *b.get(i)? {
            b'\\' => i += 1,
            c if c == close => return Some((unescape(&text[at + 1..i]), i + 1)),
            b'(' if close == b')' => return None,
            _ => {}
        }
        i += 1;
    }
}

/// Where the line ends if only blanks are left of it from `at` (after its line break).
fn line_end(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    let at = at
        + b[at..]
            .iter()
            .take_while(|c| matches!(c, b' ' | b'\t'))
            .count();
    match b.get(at) {
        None => Some(at),
        Some(b'\n') => Some(at + 1),
        _ => None,
    }
}

/// Reads the link reference definition `[label]: destination "title"` that starts `text`
/// into `refs`; its length.
pub(in super::super) fn reference_definition(text: &str, refs: &mut Refs) -> Option<usize> {
    let label = label_end(text, 0)?;
    if text.as_bytes().get(label) != Some(&b':') {
        return None;
    }
    let (dest, after_dest) = destination(text, skip_blanks(text, label + 1))?;
    let before_title = skip_blanks(text, after_dest);
    let titled = title(text, before_title)
        .filter(|_| before_title > after_dest)
        .and_then(|(title, end)| Some((title, line_end(text, end)?)));
    let (title, end) = match titled {
        Some(found) => found,
        None => (String::new(), line_end(text, after_dest)?),
    };
    refs.define(normalize_label(&text[..label])?, dest, title);
    Some(end)
}

/// An inline link's target `(destination "title")` at `at`: destination, title, end.
fn inline_target(text: &str, at: usize) -> Option<(String, String, usize)> {
    if text.as_bytes().get(at) != Some(&b'(') {
        return None;
    }
    let (dest, after_dest) = destination(text, skip_blanks(text, at + 1))?;
    let before_title = skip_blanks(text, after_dest);
    let (title, end) = match title(text, before_title).filter(|_| before_title > after_dest) {
        Some((title, end)) => (title, skip_blanks(text, end)),
        None => (String::new(), before_title),
    };
    (text.as_bytes().get(end) == Some(&b')')).then(|| (dest, title, end + 1))
}

/// An autolink at the start of `text`: its length and its (percent-encoded) target.
fn autolink_at(text: &str) -> Option<(usize, String)> {
    let b = text.as_bytes();
    let scheme = b[1..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'.' | b'-'))
        .count();
    if (2..=32).contains(&scheme) && b[1].is_ascii_alphabetic() && b.get(1 + scheme) == Some(&b':')
    {
        let body = b[2 + scheme..]
            .iter()
            .position(|c| matches!(c, b'<' | b'>' | 0..=b' '))?;
        let end = 2 + scheme + body;
        return (b[end] == b'>').then(|| (end + 1, normalize_uri(&text[1..end])));
    }
    let local = b[1..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || b".!#$%&'*+/=?^_`{|}~-".contains(c))
        .count();
    if local == 0 || b.get(1 + local) != Some(&b'@') {
        return None;
    }
    let host = &text[2 + local..];
    let len = host
        .bytes()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.'))
        .count();
    let valid = host[..len]
        .split('.')
        .all(|l| (1..=63).contains(&l.len()) && !l.starts_with('-') && !l.ends_with('-'));
    (valid && host.as_bytes().get(len) == Some(&b'>')).then(|| {
        let address = &text[1..2 + local + len];
        (3 + local + len, normalize_uri(&format!("mailto:{address}")))
    })
}

/// A link's opening tag.
fn link_tag(href: &str, title: &str) -> String {
    let mut tag = String::from("<a href=\"");
    escape_into(href, &mut tag);
    tag.push('"');
    if !title.is_empty() {
        tag.push_str(" title=\"");
        escape_into(title, &mut tag);
        tag.push('"');
    }
    tag.push('>');
    tag
}

impl<'a> Parser<'a> {
    /// `]`: closes a link or an image opened by the nearest bracket, or is text.
    pub(super) fn close_bracket(&mut self) -> bool {
        self.pos += 1;
        let after = self.pos;
        let Some(opener) = self.brackets.pop() else {
            self.nodes.push(Node::Text("]"));
            return true;
        };
        let active = opener.image || opener.links == self.links;
        match active.then(|| self.target(&opener, after)).flatten() {
            Some((dest, title)) => self.make_link(&opener, &dest, &title),
            None => {
                self.pos = after;
                self.nodes.push(Node::Text("]"));
            }
        }
        true
    }

    /// The destination and title after the `]` at `after`: inline, or by a reference label.
    fn target(&mut self, opener: &Bracket, after: usize) -> Option<(String, String)> {
        if let Some((dest, title, end)) = inline_target(self.subject, after) {
            self.pos = end;
            return Some((dest, title));
        }
        if self.refs.is_empty() {
            return None;
        }
        let second = label_end(self.subject, after);
        let label = match second {
            Some(end) if end - after > 2 => &self.subject[after..end],
            _ if !opener.bracket_after => &self.subject[opener.index..after],
            _ => return None,
        };
        let (dest, title) = self.refs.get(&normalize_label(label)?)?;
        self.pos = second.unwrap_or(after);
        Some((dest.to_string(), title.to_string()))
    }

    /// Makes the text since `opener` a link (text only when its target is refused) or an
    /// image's alt text; a link disables the brackets before it (no links in links).
    fn make_link(&mut self, opener: &Bracket, dest: &str, title: &str) {
        self.delims.process(opener.previous_delim);
        let (open, close) = if opener.image || !is_safe_url(dest, true) {
            (Node::Markup(""), "")
        } else {
            (Node::Tag(link_tag(dest, title)), "</a>")
        };
        self.nodes[opener.node] = open;
        self.nodes.push(Node::Markup(close));
        self.links += usize::from(!opener.image);
    }

    /// `<…>`: an autolink (its text, when its target is refused), if it is one.
    pub(super) fn autolink(&mut self) -> bool {
        let rest: &'a str = &self.subject[self.pos..];
        let Some((len, href)) = autolink_at(rest) else {
            return false;
        };
        if is_safe_url(&href, true) {
            self.nodes.push(Node::Tag(link_tag(&href, "")));
            self.nodes.push(Node::Text(&rest[1..len - 1]));
            self.nodes.push(Node::Markup("</a>"));
        } else {
            self.nodes.push(Node::Text(&rest[..len]));
        }
        self.pos += len;
        true
    }
}
