//! What every build-time content check shares: a file read from disk, an error at a line of
//! it, and the reporter that turns byte offsets into those lines.

use crate::render::single_tilde_strike;
use serde::Deserialize;
use std::fmt;
use toml::Spanned;

/// One content file: where it came from and what it says.
pub struct Source {
    /// Path shown in error messages.
    pub path: String,
    /// The file's text.
    pub text: String,
}

/// A problem found in a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// Path of the offending file.
    pub path: String,
    /// 1-based line of the offending value.
    pub line: usize,
    /// What is wrong, in words.
    pub reason: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.reason)
    }
}

/// Collects errors for one file, turning byte offsets into line numbers.
pub struct Reporter<'a> {
    source: &'a Source,
    errors: &'a mut Vec<ContentError>,
}

impl<'a> Reporter<'a> {
    /// A reporter adding the errors of `source` to `errors`.
    pub fn new(source: &'a Source, errors: &'a mut Vec<ContentError>) -> Self {
        Reporter { source, errors }
    }

    /// The path of the file reported on.
    pub fn path(&self) -> &str {
        &self.source.path
    }

    /// `path:line` of byte `offset`.
    pub fn place(&self, offset: usize) -> String {
        format!(
            "{}:{}",
            self.source.path,
            line_of(&self.source.text, offset)
        )
    }

    /// Reports `reason` at the line of byte `offset` (0: the file as a whole, line 1).
    pub fn at(&mut self, offset: usize, reason: impl Into<String>) {
        let line = line_of(&self.source.text, offset);
        self.errors.push(ContentError {
            path: self.source.path.clone(),
            line,
            reason: reason.into(),
        });
    }

    /// Reports "`what` is empty" at `value` when it is blank.
    pub fn non_empty(&mut self, value: &Spanned<String>, what: &str) {
        if value.get_ref().trim().is_empty() {
            self.at(value.span().start, format!("{what} is empty"));
        }
    }

    /// Refuses Markdown `value` where a pair of single `~` would strike text through, at the
    /// line of the first of them (a multi-line string's lines counted from its first).
    pub fn no_tilde_strike(&mut self, value: &Spanned<String>, what: &str) {
        let text = value.get_ref();
        let Some(at) = single_tilde_strike(text) else {
            return;
        };
        let span = value.span();
        let raw = &self.source.text[span.clone()];
        // TOML drops a newline right after the opening `"""` or `'''`
        let trimmed = ["\"\"\"\n", "\"\"\"\r\n", "'''\n", "'''\r\n"];
        let dropped = usize::from(trimmed.iter().any(|t| raw.starts_with(t)));
        let offset = match (text[..at].matches('\n').count() + dropped).checked_sub(1) {
            None => 0,
            Some(n) => raw.match_indices('\n').nth(n).map_or(0, |(i, _)| i + 1),
        };
        let reason = format!(
            "{what}: a pair of single `~` strikes the text between through; \
             write ≈, about or \\~ (`~~` to strike)"
        );
        self.at(span.start + offset, reason);
    }
}

/// Where `text` holds U+001D–U+001F (the content file's separators), as the character itself or
/// a TOML escape (`\u001E`, `\U0000001E`): each byte offset with what was found there.
fn separator_characters(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut escaped = false; // the previous character was a backslash starting an escape
    for (i, c) in text.char_indices() {
        if std::mem::take(&mut escaped) {
            continue;
        }
        if ('\u{1d}'..='\u{1f}').contains(&c) {
            found.push((i, format!("U+{:04X}", c as u32)));
        } else if c == '\\' {
            let rest = &text[i + 1..];
            let digits = [("u", 4), ("U", 8)].into_iter().find_map(|(prefix, n)| {
                let hex = rest.strip_prefix(prefix)?.get(..n)?;
                u32::from_str_radix(hex, 16)
                    .ok()
                    .map(|v| (v, prefix.len() + n))
            });
            if let Some((0x1d..=0x1f, len)) = digits {
                found.push((i, format!("`{}`", &text[i..=i + len])));
            }
            escaped = true; // `\\` is one backslash: the next one starts nothing
        }
    }
    found
}

/// 1-based line number of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Parses `source` as a `T`, or reports why it is not one (at the offending line) and gives `None`.
pub fn parse<T: for<'de> Deserialize<'de>>(
    source: &Source,
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    for (offset, found) in separator_characters(&source.text) {
        Reporter::new(source, errors).at(
            offset,
            format!(
                "{found}: the control characters U+001D–U+001F are not allowed in content text"
            ),
        );
    }
    match toml::from_str::<T>(&source.text) {
        Ok(value) => Some(value),
        Err(err) => {
            let offset = err.span().map_or(0, |span| span.start);
            let reason = err.message().trim().replace('\n', " ");
            Reporter::new(source, errors).at(offset, format!("invalid TOML: {reason}"));
            None
        }
    }
}
