//! Anki's "Notes in Plain Text" format, as Anki 2.1.55 and later write and read it
//! (`rslib/src/import_export/text/csv/`): `#key:value` header lines, then one note per record
//! of separated fields, quoted as CSV quotes them. [`write_notes`] writes the file Anki's own
//! export writes for Basic notes (tab-separated, HTML, guid, notetype, deck and tags columns);
//! [`read_notes`] reads what Anki writes and what people write for Anki (any of Anki's
//! separators, header or none, quoted multi-line fields), refusing a malformed file with the
//! line at fault and returning nothing of it; [`import_plan`] says what importing those notes
//! into the learner's own cards would do.

mod fields;
mod header;
mod of_catalogue;
mod plan;
mod read;
mod write;

pub use of_catalogue::notes_of;
pub use plan::{import_plan, ImportPlan};
pub use read::read_notes;
pub use write::{guid_for, write_notes};

/// The longest field [`read_notes`] accepts, in bytes.
pub const MAX_FIELD_BYTES: usize = 20 * 1024 * 1024;

/// A card to export as a Basic note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportNote {
    /// Anki's note id, stable across exports (see [`guid_for`]).
    pub guid: String,
    /// The deck's path, levels joined by `::`.
    pub deck: String,
    /// The front, as HTML.
    pub front_html: String,
    /// The back, as HTML.
    pub back_html: String,
    /// The tags; white space inside one becomes `_`.
    pub tags: Vec<String>,
}

/// One note read from a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportNote {
    /// Its guid column, if the file has one and it is not empty.
    pub guid: Option<String>,
    /// Its deck (column, else the `#deck:` header), the path as written (`A::B`).
    pub deck: Option<String>,
    /// Its notetype (column, else the `#notetype:` header).
    pub notetype: Option<String>,
    /// The columns that are not guid, notetype, deck or tags, in order, as HTML.
    pub fields: Vec<String>,
    /// Its tags column split at white space, then the `#tags:` header's tags.
    pub tags: Vec<String>,
    /// The line its record starts on (1-based).
    pub line: usize,
}

/// A file read: its notes and what the reader decided about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportFile {
    /// The notes, in file order.
    pub notes: Vec<ImportNote>,
    /// Whether the fields were HTML in the file (when not, they were escaped into HTML).
    pub html: bool,
    /// The separator read or guessed.
    pub separator: char,
    /// The lines of records skipped because their first field is empty (Anki skips them too).
    pub skipped: Vec<usize>,
}

/// Why a file cannot be read, at which line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// The line at fault (1-based).
    pub line: usize,
    /// What is wrong, in words.
    pub reason: String,
}

impl ImportError {
    /// The error `reason` at `line`.
    pub(crate) fn new(line: usize, reason: impl Into<String>) -> Self {
        ImportError {
            line,
            reason: reason.into(),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

impl std::error::Error for ImportError {}

/// A note's front and back: the first field, and the others joined by `<br>`.
pub fn front_back(note: &ImportNote) -> (String, String) {
    let front = note.fields.first().cloned().unwrap_or_default();
    let rest = note.fields.get(1..).unwrap_or_default();
    let back: Vec<&str> = rest
        .iter()
        .map(String::as_str)
        .filter(|f| !f.is_empty())
        .collect();
    (front, back.join("<br>"))
}
