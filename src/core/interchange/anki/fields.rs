//! The records after the header, split as Anki's CSV reader splits them: fields between
//! separators, a field starting with `"` quoted up to its closing quote (`""` inside is one
//! quote; separators and line breaks are text), records ending at `\n`, `\r\n` or `\r`; empty
//! lines and lines starting with `#` skipped. No field may exceed [`MAX_FIELD_BYTES`], and one
//! that would is refused before it is copied.

use super::{ImportError, MAX_FIELD_BYTES};

/// One record: its fields and the line it starts on.
pub(super) struct Record {
    /// The line of its first byte (1-based).
    pub line: usize,
    /// Its fields, quotes removed.
    pub fields: Vec<String>,
}

/// The records of a text, one after another; after an error, none.
pub(super) struct Records<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
    separator: u8,
}

impl<'a> Records<'a> {
    /// The records of `text`, separated by `separator`, its first line numbered `line`.
    pub(super) fn new(text: &'a str, separator: u8, line: usize) -> Self {
        Records {
            text,
            pos: 0,
            line,
            separator,
        }
    }

    /// The byte at `pos`, if any.
    fn byte(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    /// Moves past the line break at `pos` (`\n`, `\r\n` or `\r`), if there is one.
    fn line_break(&mut self) -> bool {
        let len = match self.byte() {
            Some(b'\n') => 1,
            Some(b'\r') if self.text.as_bytes().get(self.pos + 1) == Some(&b'\n') => 2,
            Some(b'\r') => 1,
            _ => return false,
        };
        self.pos += len;
        self.line += 1;
        true
    }

    /// Moves past empty lines and comment lines.
    fn skip_blank_lines(&mut self) {
        loop {
            if self.byte() == Some(b'#') {
                self.pos = self.end_of_field(true);
            }
            if !self.line_break() {
                return;
            }
        }
    }

    /// Where the unquoted text at `pos` ends: at a line break, or a separator unless `whole_line`.
    fn end_of_field(&self, whole_line: bool) -> usize {
        let rest = &self.text.as_bytes()[self.pos..];
        let stop = |b: &u8| matches!(b, b'\n' | b'\r') || (!whole_line && *b == self.separator);
        self.pos + rest.iter().position(stop).unwrap_or(rest.len())
    }

    /// The error for a field starting on `line` that is longer than allowed.
    fn too_long(line: usize) -> ImportError {
        let mb = MAX_FIELD_BYTES / (1024 * 1024);
        ImportError::new(
            line,
            format!("a field is longer than {mb} MB; split it up or remove it"),
        )
    }

    /// Reads the field at `pos`.
    fn field(&mut self) -> Result<String, ImportError> {
        let line = self.line;
        if self.byte() != Some(b'"') {
            let end = self.end_of_field(false);
            if end - self.pos > MAX_FIELD_BYTES {
                return Err(Self::too_long(line));
            }
            let field = self.text[self.pos..end].to_owned();
            self.pos = end;
            return Ok(field);
        }
        self.pos += 1;
        let mut field = String::new();
        loop {
            let Some(len) = self.text[self.pos..].find('"') else {
                let reason = "a quoted field starts here and is never closed (a \" is missing)";
                return Err(ImportError::new(line, reason));
            };
            let chunk = &self.text[self.pos..self.pos + len];
            if field.len() + len > MAX_FIELD_BYTES {
                return Err(Self::too_long(line));
            }
            self.line += line_breaks(chunk);
            field.push_str(chunk);
            self.pos += len + 1;
            if self.byte() != Some(b'"') {
                break;
            }
            field.push('"');
            self.pos += 1;
        }
        // Text after the closing quote belongs to the field, as Anki's reader keeps it.
        let end = self.end_of_field(false);
        if field.len() + (end - self.pos) > MAX_FIELD_BYTES {
            return Err(Self::too_long(line));
        }
        field.push_str(&self.text[self.pos..end]);
        self.pos = end;
        Ok(field)
    }

    /// Reads the record at `pos` (not at the end of the text).
    fn record(&mut self) -> Result<Record, ImportError> {
        let line = self.line;
        let mut fields = Vec::new();
        loop {
            fields.push(self.field()?);
            if self.byte() != Some(self.separator) {
                self.line_break();
                return Ok(Record { line, fields });
            }
            self.pos += 1;
        }
    }
}

impl Iterator for Records<'_> {
    type Item = Result<Record, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.skip_blank_lines();
        if self.pos >= self.text.len() {
            return None;
        }
        let record = self.record();
        if record.is_err() {
            self.pos = self.text.len();
        }
        Some(record)
    }
}

/// How many line breaks `text` holds (`\r\n` counted once).
fn line_breaks(text: &str) -> usize {
    let b = text.as_bytes();
    let lone_cr = b
        .iter()
        .enumerate()
        .filter(|(i, c)| **c == b'\r' && b.get(i + 1) != Some(&b'\n'))
        .count();
    b.iter().filter(|c| **c == b'\n').count() + lone_cr
}
