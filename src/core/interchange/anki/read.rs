//! The reader: bytes to notes. The text must be UTF-8 (a BOM is dropped; UTF-16 and binary
//! files are named as such), then a header (optional), then records; each record becomes a
//! note with the columns the header names taken out. Any fault refuses the whole file.

use super::fields::{Record, Records};
use super::header::{self, Header};
use super::{ImportError, ImportFile, ImportNote};
use crate::core::text::markdown::escape_into;

/// How many records the HTML guess looks at, as Anki's does.
const HTML_GUESS_RECORDS: usize = 5;

/// Reads an Anki "Notes in Plain Text" file (or any text file Anki imports): all its notes,
/// or the first fault, at its line.
///
/// ```
/// use archdrill::core::interchange::anki::read_notes;
/// let file = read_notes(b"#separator:comma\n#tags column:3\nfront,\"back, with comma\",t1 t2\n").unwrap();
/// assert_eq!(file.notes[0].fields, ["front", "back, with comma"]);
/// assert_eq!(file.notes[0].tags, ["t1", "t2"]);
/// assert_eq!(read_notes(b"\"open\n").unwrap_err().to_string(),
///            "line 1: a quoted field starts here and is never closed (a \" is missing)");
/// ```
pub fn read_notes(bytes: &[u8]) -> Result<ImportFile, ImportError> {
    let text = decode(bytes)?;
    let header = header::parse(text);
    let body = &text[header.end..];
    let separator = header
        .separator
        .unwrap_or_else(|| header::guess_separator(body));
    let records = Records::new(body, separator, header.lines + 1);
    let records: Vec<Record> = records.collect::<Result<_, _>>()?;
    if records.is_empty() {
        let reason = "the file has no notes (only a header, comments or empty lines)";
        return Err(ImportError::new(header.lines.max(1), reason));
    }
    let first_fields = records
        .iter()
        .take(HTML_GUESS_RECORDS)
        .flat_map(|r| &r.fields);
    let html = header
        .html
        .unwrap_or_else(|| header::guess_html(first_fields.map(String::as_str)));
    let mut file = ImportFile {
        notes: Vec::with_capacity(records.len()),
        html,
        separator: char::from(separator),
        skipped: Vec::new(),
    };
    for record in records {
        let note = note(record, &header, html)?;
        if note.fields[0].trim().is_empty() {
            file.skipped.push(note.line);
        } else {
            file.notes.push(note);
        }
    }
    Ok(file)
}

/// The text of `bytes`, refused with a reason a person can act on when it is not UTF-8 text.
fn decode(bytes: &[u8]) -> Result<&str, ImportError> {
    let utf16 =
        "this file is UTF-16; export it from Anki again (it writes UTF-8), or save it as UTF-8";
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || looks_utf16(bytes) {
        return Err(ImportError::new(1, utf16));
    }
    let bom = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        3
    } else {
        0
    };
    let body = &bytes[bom..];
    let line_of = |at: usize| 1 + body[..at].iter().filter(|b| **b == b'\n').count();
    let text = std::str::from_utf8(body).map_err(|e| {
        let at = e.valid_up_to();
        let reason = format!(
            "byte {} (0x{:02X}) is not UTF-8 text: this is a binary file or another encoding; \
             save it as UTF-8",
            bom + at + 1,
            body[at]
        );
        ImportError::new(line_of(at), reason)
    })?;
    if let Some(at) = text.find('\0') {
        let reason = format!(
            "byte {} is a NUL: this is a binary file, not text",
            bom + at + 1
        );
        return Err(ImportError::new(line_of(at), reason));
    }
    if text.trim().is_empty() {
        return Err(ImportError::new(1, "the file is empty"));
    }
    Ok(text)
}

/// Whether `bytes` look like UTF-16 without a BOM: in their first 64 bytes (at least 4), every
/// byte at even offsets, or every byte at odd offsets, is NUL.
fn looks_utf16(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64)];
    let all_nul = |parity: usize| head.iter().skip(parity).step_by(2).all(|b| *b == 0);
    head.len() >= 4 && (all_nul(0) || all_nul(1))
}

/// The note of `record`: the named columns taken out, the rest its fields (escaped into HTML
/// when the file's fields are text), header defaults where it has no column.
fn note(record: Record, header: &Header, html: bool) -> Result<ImportNote, ImportError> {
    let Record { line, mut fields } = record;
    let count = fields.len();
    for (column, name) in header.columns() {
        if let Some(column) = column.filter(|c| *c > count) {
            let reason = format!(
                "this row has {count} column(s), but the header puts the {name} in column {column}"
            );
            return Err(ImportError::new(line, reason));
        }
    }
    let mut take = |column: Option<usize>| {
        column
            .map(|c| std::mem::take(&mut fields[c - 1]))
            .filter(|value| !value.trim().is_empty())
    };
    let guid = take(header.guid_column);
    let notetype = take(header.notetype_column).or_else(|| header.notetype.clone());
    let deck = take(header.deck_column).or_else(|| header.deck.clone());
    let mut tags = header::split_tags(&take(header.tags_column).unwrap_or_default());
    tags.extend(
        header
            .tags
            .iter()
            .filter(|t| !tags.contains(t))
            .cloned()
            .collect::<Vec<_>>(),
    );
    let named: Vec<usize> = header.columns().iter().filter_map(|(c, _)| *c).collect();
    let fields: Vec<String> = (1..=count)
        .filter(|c| !named.contains(c))
        .map(|c| std::mem::take(&mut fields[c - 1]))
        .map(|field| if html { field } else { escaped(&field) })
        .collect();
    if fields.is_empty() {
        let reason = "every column of this row is a guid, notetype, deck or tags column: no field";
        return Err(ImportError::new(line, reason));
    }
    Ok(ImportNote {
        guid,
        deck,
        notetype,
        fields,
        tags,
        line,
    })
}

/// `text` as HTML that shows it as written.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(text, &mut out);
    out
}
