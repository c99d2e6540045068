//! The writer: Anki's own export of Basic notes ("Notes in Plain Text", HTML, with guid,
//! notetype, deck and tags), and the stable guid of a card.

use super::ExportNote;

/// The header Anki writes for a note export with every column.
const HEADER: &str = "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n\
                      #deck column:3\n#tags column:6\n";

/// The 62 characters of a guid: none is a separator, a quote or `#`.
const GUID_DIGITS: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// The file Anki's "Notes in Plain Text" export writes for `notes` as Basic notes.
///
/// ```
/// use archdrill::core::interchange::anki::{write_notes, ExportNote};
/// let note = ExportNote {
///     guid: "g1".into(),
///     deck: "Design::Caching".into(),
///     front_html: "What is a <b>CDN</b>?".into(),
///     back_html: "A \"cache\"\nnear users".into(),
///     tags: vec!["cdn".into(), "edge cache".into()],
/// };
/// let file = write_notes(&[note]);
/// assert!(file.ends_with(
///     "g1\tBasic\tDesign::Caching\tWhat is a <b>CDN</b>?\t\"A \"\"cache\"\"\nnear users\"\tcdn edge_cache\n"
/// ));
/// ```
pub fn write_notes(notes: &[ExportNote]) -> String {
    let mut out = String::from(HEADER);
    for note in notes {
        let tags: Vec<String> = note
            .tags
            .iter()
            .map(|tag| tag.split_whitespace().collect::<Vec<_>>().join("_"))
            .filter(|tag| !tag.is_empty())
            .collect();
        let tags = tags.join(" ");
        let row = [
            &note.guid,
            "Basic",
            &note.deck,
            &note.front_html,
            &note.back_html,
            &tags,
        ];
        for (i, field) in row.into_iter().enumerate() {
            if i > 0 {
                out.push('\t');
            }
            push_field(field, &mut out);
        }
        out.push('\n');
    }
    out
}

/// Writes `field` as Anki's CSV writer does: quoted (inner quotes doubled) when it holds the
/// separator, a quote, a line break or `#` (Anki's comment character), as written otherwise.
fn push_field(field: &str, out: &mut String) {
    if !field.contains(['\t', '"', '\n', '\r', '#']) {
        out.push_str(field);
        return;
    }
    out.push('"');
    out.push_str(&field.replace('"', "\"\""));
    out.push('"');
}

/// The guid of the card `card_id`, the same for the same id forever: the FNV-1a 64-bit hash
/// of the id's UTF-8 bytes, written in base 62 (`0-9a-zA-Z`, most significant digit first).
///
/// ```
/// use archdrill::core::interchange::anki::guid_for;
/// assert_eq!(guid_for("caching-001"), guid_for("caching-001"));
/// assert_ne!(guid_for("caching-001"), guid_for("caching-002"));
/// ```
pub fn guid_for(card_id: &str) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    for byte in card_id.bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(PRIME);
    }
    let mut digits = Vec::new();
    loop {
        digits.push(GUID_DIGITS[(hash % 62) as usize]);
        hash /= 62;
        if hash == 0 {
            break;
        }
    }
    digits.iter().rev().map(|d| char::from(*d)).collect()
}
