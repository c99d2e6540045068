//! The file header: the `#key:value` lines before the first record (a first line `tags:…` too,
//! as Anki allows for historic reasons), and the guesses Anki makes when one is missing.

/// The separators Anki knows, by the name its header uses.
const SEPARATORS: [(&str, u8); 6] = [
    ("tab", b'\t'),
    ("semicolon", b';'),
    ("comma", b','),
    ("pipe", b'|'),
    ("colon", b':'),
    ("space", b' '),
];

/// How much of the records the separator guess looks at, as Anki's does.
const GUESS_BYTES: usize = 8 * 1024;

/// What the header says; `None` where it says nothing (or nothing Anki understands).
#[derive(Default, Debug)]
pub(super) struct Header {
    /// `#separator:` — a name or the character itself.
    pub separator: Option<u8>,
    /// `#html:`.
    pub html: Option<bool>,
    /// `#guid column:`, 1-based.
    pub guid_column: Option<usize>,
    /// `#notetype column:`, 1-based.
    pub notetype_column: Option<usize>,
    /// `#deck column:`, 1-based.
    pub deck_column: Option<usize>,
    /// `#tags column:`, 1-based.
    pub tags_column: Option<usize>,
    /// `#notetype:`, for notes without a notetype column.
    pub notetype: Option<String>,
    /// `#deck:`, for notes without a deck column.
    pub deck: Option<String>,
    /// `#tags:` (or a first line `tags:`), added to every note.
    pub tags: Vec<String>,
    /// How many lines the header takes.
    pub lines: usize,
    /// Where the records start, in bytes.
    pub end: usize,
}

impl Header {
    /// The named columns and their names, in the order of the header's keys.
    pub(super) fn columns(&self) -> [(Option<usize>, &'static str); 4] {
        [
            (self.guid_column, "guid"),
            (self.notetype_column, "notetype"),
            (self.deck_column, "deck"),
            (self.tags_column, "tags"),
        ]
    }
}

/// Reads the header at the start of `text`: every line starting with `#` up to the first that
/// does not (a `#` line after it is a comment Anki skips), keys in any order, case and spacing.
pub(super) fn parse(text: &str) -> Header {
    let mut header = Header::default();
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if let Some(tags) = content.strip_prefix("tags:").filter(|_| header.lines == 0) {
            header.tags = split_tags(tags);
        } else if let Some(meta) = content.strip_prefix('#') {
            if let Some((key, value)) = meta.split_once(':') {
                header.set(&key.trim().to_ascii_lowercase(), value);
            }
        } else {
            break;
        }
        header.lines += 1;
        header.end += line.len();
    }
    header
}

impl Header {
    /// Records the value of the header key `key`; a value Anki would not read is ignored.
    fn set(&mut self, key: &str, value: &str) {
        let column = || value.trim().parse().ok().filter(|c: &usize| *c > 0);
        let text = || Some(value.trim().to_owned()).filter(|v| !v.is_empty());
        match key {
            "separator" => self.separator = separator_from(value),
            "html" => self.html = value.trim().to_ascii_lowercase().parse().ok(),
            "guid column" => self.guid_column = column(),
            "notetype column" => self.notetype_column = column(),
            "deck column" => self.deck_column = column(),
            "tags column" => self.tags_column = column(),
            "notetype" => self.notetype = text(),
            "deck" => self.deck = text(),
            "tags" => self.tags = split_tags(value),
            _ => {}
        }
    }
}

/// The separator a `#separator:` value names: one of Anki's names (any case, spaces around
/// ignored) or exactly its character.
fn separator_from(value: &str) -> Option<u8> {
    let name = value.trim().to_ascii_lowercase();
    SEPARATORS
        .iter()
        .find(|(n, byte)| *n == name || value.as_bytes() == [*byte])
        .map(|(_, byte)| *byte)
}

/// The separator of a file whose header names none: the first of tab, `;`, `,`, `|`, `:`
/// found in the first 8 KiB of its records, else space. Anki guesses the same way (the first
/// of its separators found in the first 8 KiB, space last: `delimiter_from_reader` in
/// `metadata.rs`); the order here puts comma before pipe and colon, since a colon is common in
/// a question ("Q: …") and comma-separated files are the common hand-made kind.
pub(super) fn guess_separator(records: &str) -> u8 {
    let head = &records.as_bytes()[..records.len().min(GUESS_BYTES)];
    SEPARATORS[..5]
        .iter()
        .map(|(_, byte)| *byte)
        .find(|byte| head.contains(byte))
        .unwrap_or(b' ')
}

/// The tags of a tags column or header: its white-space-separated words.
pub(super) fn split_tags(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_owned).collect()
}

/// Whether a file without `#html:` holds HTML, guessed as Anki guesses it: some field of its
/// first five records holds something like a tag (a `<` with a `>` after it).
pub(super) fn guess_html<'a>(first_fields: impl Iterator<Item = &'a str>) -> bool {
    first_fields
        .filter_map(|field| field.find('<').map(|at| &field[at..]))
        .any(|rest| rest.contains('>'))
}
