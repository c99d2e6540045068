//! Anki's "Notes in Plain Text" files: written as Anki writes them, read as Anki reads them
//! (fixtures in `tests/fixtures/anki/` are byte for byte what Anki 2.1.55+ exports, or what
//! people hand Anki's importer), and every malformed file refused at its line.
#![cfg(not(target_arch = "wasm32"))]

use archdrill::core::interchange::anki::{
    front_back, guid_for, read_notes, write_notes, ExportNote, ImportFile, MAX_FIELD_BYTES,
};

/// The fixture `name`, read.
fn fixture(name: &str) -> ImportFile {
    let bytes = std::fs::read(format!("tests/fixtures/anki/{name}")).unwrap();
    read_notes(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The error `read_notes` gives for `bytes`, as its message.
fn error(bytes: &[u8]) -> String {
    read_notes(bytes).unwrap_err().to_string()
}

/// A note to export.
fn export(guid: &str, deck: &str, front: &str, back: &str, tags: &[&str]) -> ExportNote {
    ExportNote {
        guid: guid.into(),
        deck: deck.into(),
        front_html: front.into(),
        back_html: back.into(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
    }
}

#[test]
fn the_writer_writes_what_anki_exports() {
    let notes = [
        export(
            "g1",
            "SD::Caching",
            "What is a <b>CDN</b>?",
            "Edge\tcaches",
            &["cdn", "edge cache"],
        ),
        export("g2", "SD", "#1 rule", "say \"hi\"\nline two", &[]),
    ];
    let want = "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n\
                #tags column:6\n\
                g1\tBasic\tSD::Caching\tWhat is a <b>CDN</b>?\t\"Edge\tcaches\"\tcdn edge_cache\n\
                g2\tBasic\tSD\t\"#1 rule\"\t\"say \"\"hi\"\"\nline two\"\t\n";
    assert_eq!(write_notes(&notes), want);
}

#[test]
fn guids_are_fixed_forever() {
    assert_eq!(guid_for(""), "hvBKrr8Oqih");
    assert_eq!(guid_for("a"), "f3B1WVNTuoc");
    assert_eq!(guid_for("caching-001"), "2O8nev88OfS");
    assert_eq!(guid_for("consistent-hashing-003"), "gP2A504D8Va");
}

#[test]
fn an_anki_export_reads_with_quoted_multi_line_fields() {
    let file = fixture("anki_export.txt");
    assert!(file.html);
    assert_eq!(file.separator, '\t');
    let [first, second] = &file.notes[..] else {
        panic!("{:?}", file.notes)
    };
    assert_eq!(first.guid.as_deref(), Some("b4Xv]K9?s|"));
    assert_eq!(first.notetype.as_deref(), Some("Basic"));
    assert_eq!(first.deck.as_deref(), Some("System Design::Caching"));
    assert_eq!(first.fields[0], "What is a <b>CDN</b>?");
    assert_eq!(
        first.fields[1],
        "A network of edge caches.<br>\nIt serves \"static\" files\tnear users."
    );
    assert_eq!(first.tags, ["cdn", "caching"]);
    assert_eq!(first.line, 7);
    assert_eq!(second.line, 9);
    assert_eq!(
        second.fields,
        ["#1 rule of caching", "Invalidate on write."]
    );
    assert!(second.tags.is_empty());
}

#[test]
fn a_comma_file_without_header_guesses_its_separator_and_html() {
    let file = fixture("comma.csv");
    assert_eq!(file.separator, ',');
    assert!(!file.html);
    let fields: Vec<_> = file.notes.iter().map(|n| n.fields.clone()).collect();
    assert_eq!(
        fields,
        [
            ["front", "back"],
            ["Comma, quoted", "plain"],
            ["What is 2+2?", "4"]
        ]
    );
    assert_eq!(file.notes[0].guid, None);
    assert_eq!(file.notes[0].deck, None);
}

#[test]
fn a_tab_file_without_header_reads() {
    let file = fixture("no_header.txt");
    assert_eq!(file.separator, '\t');
    assert_eq!(
        file.notes[1].fields,
        ["CAP", "Consistency, availability, partition tolerance"]
    );
    assert_eq!(file.notes[1].line, 2);
}

#[test]
fn text_fields_are_escaped_and_header_defaults_apply() {
    let file = fixture("html_false.txt");
    assert!(!file.html);
    let note = &file.notes[0];
    assert_eq!(
        note.fields,
        ["A &lt;tag&gt; &amp; more", "Plain &quot;text&quot; back"]
    );
    assert_eq!(note.deck.as_deref(), Some("Text::Only"));
    assert_eq!(note.tags, ["imported"]);
    assert_eq!(note.line, 5);
}

#[test]
fn meta_columns_are_read_wherever_the_header_puts_them() {
    let file = fixture("columns_moved.txt");
    assert_eq!(file.separator, '|');
    let [one, two] = &file.notes[..] else {
        panic!()
    };
    assert_eq!(one.tags, ["lb::a", "lb::b"]);
    assert_eq!(one.fields, ["Front one", "Back one"]);
    assert_eq!(one.deck.as_deref(), Some("Deck A::Sub"));
    assert_eq!(one.guid.as_deref(), Some("guid-1"));
    assert_eq!(one.notetype.as_deref(), Some("Basic"));
    assert!(two.tags.is_empty());
    assert_eq!(two.deck.as_deref(), Some("Deck B"));
}

#[test]
fn separators_by_name_or_character_and_headers_in_any_order() {
    for sep in ["comma", " Comma ", ","] {
        let file = read_notes(format!("#html:true\n#separator:{sep}\na,b\n").as_bytes()).unwrap();
        assert_eq!(file.notes[0].fields, ["a", "b"], "{sep:?}");
    }
    for (name, c) in [
        ("tab", '\t'),
        ("semicolon", ';'),
        ("pipe", '|'),
        ("colon", ':'),
        ("space", ' '),
    ] {
        let text = format!("#separator:{name}\nx{c}\"y{c}z\"\n");
        assert_eq!(
            read_notes(text.as_bytes()).unwrap().notes[0].fields,
            ["x", &format!("y{c}z")]
        );
    }
    let file = read_notes(
        b"\xEF\xBB\xBF#deck column:1\r\n#separator:Tab\r\nD\tf\tb\r\n# note\r\n\r\nE\tg\th\r\n",
    )
    .unwrap();
    let decks: Vec<_> = file.notes.iter().map(|n| n.deck.clone().unwrap()).collect();
    assert_eq!(decks, ["D", "E"]);
    assert_eq!(file.notes[1].line, 6);
    assert_eq!(file.notes[1].fields, ["g", "h"]);
}

#[test]
fn rows_with_an_empty_first_field_are_skipped_like_anki_skips_them() {
    let file = read_notes(b"#separator:tab\na\tb\n\tonly back\nc\td\n").unwrap();
    assert_eq!(file.notes.len(), 2);
    assert_eq!(file.skipped, [3]);
}

#[test]
fn front_and_back_take_extra_fields_onto_the_back() {
    let file = read_notes(b"#separator:tab\nQ\tA\tmore\t\textra\n").unwrap();
    let (front, back) = front_back(&file.notes[0]);
    assert_eq!((front.as_str(), back.as_str()), ("Q", "A<br>more<br>extra"));
}

#[test]
fn a_round_trip_keeps_every_part_of_every_note() {
    let notes = vec![
        export(
            &guid_for("c-1"),
            "System Design::Caching",
            "<b>Q</b> \"1\"",
            "A\n\tB",
            &["t one", "t2"],
        ),
        export(
            &guid_for("c-2"),
            "Top",
            "#hash, semi; pipe| colon:",
            "\r\nback\r",
            &[],
        ),
        export(&guid_for("c-3"), "A::B::C", "x", "\"\"", &["only"]),
        export("#guid-as-anki-may-write-it", "D", "y", "z", &[]),
    ];
    let file = read_notes(write_notes(&notes).as_bytes()).unwrap();
    assert_eq!(file.notes.len(), notes.len());
    for (read, sent) in file.notes.iter().zip(&notes) {
        assert_eq!(read.guid.as_deref(), Some(sent.guid.as_str()));
        assert_eq!(read.deck.as_deref(), Some(sent.deck.as_str()));
        assert_eq!(read.notetype.as_deref(), Some("Basic"));
        assert_eq!(
            read.fields,
            [sent.front_html.as_str(), sent.back_html.as_str()]
        );
        let tags: Vec<String> = sent.tags.iter().map(|t| t.replace(' ', "_")).collect();
        assert_eq!(read.tags, tags);
    }
}

#[test]
fn an_unterminated_quote_is_refused_at_the_line_it_opens() {
    let text = b"#separator:tab\n#html:true\nok\tfine\nbad\t\"never\nclosed\n\nat all\n";
    assert_eq!(
        error(text),
        "line 4: a quoted field starts here and is never closed (a \" is missing)"
    );
}

#[test]
fn a_row_shorter_than_its_named_columns_is_refused() {
    let text = b"#separator:tab\n#deck column:3\n#tags column:4\na\tb\tD\tt\nc\td\n";
    assert_eq!(
        error(text),
        "line 5: this row has 2 column(s), but the header puts the deck in column 3"
    );
    let only_meta = b"#separator:tab\n#guid column:1\n#deck column:2\ng\tD\n";
    assert!(
        error(only_meta).starts_with("line 4: every column of this row is"),
        "{}",
        error(only_meta)
    );
}

#[test]
fn a_50_mb_field_is_refused_at_its_line_and_one_at_the_limit_reads() {
    let big = 50 * 1024 * 1024;
    let mut quoted = b"#separator:tab\nfront\t\"".to_vec();
    quoted.resize(quoted.len() + big, b'x');
    quoted.extend_from_slice(b"\"\n");
    assert_eq!(
        error(&quoted),
        "line 2: a field is longer than 20 MB; split it up or remove it"
    );
    let mut plain = b"a\tb\nc\t".to_vec();
    plain.resize(plain.len() + big, b'y');
    assert_eq!(
        error(&plain),
        "line 2: a field is longer than 20 MB; split it up or remove it"
    );
    let mut at_limit = b"a\t".to_vec();
    at_limit.resize(at_limit.len() + MAX_FIELD_BYTES, b'z');
    assert_eq!(
        read_notes(&at_limit).unwrap().notes[0].fields[1].len(),
        MAX_FIELD_BYTES
    );
}

#[test]
fn binary_and_other_encodings_are_named() {
    assert_eq!(
        error(b"a\tb\nc\td\xFF\xFEe\n"),
        "line 2: byte 8 (0xFF) is not UTF-8 text: this is a binary file or another encoding; save it as UTF-8"
    );
    assert_eq!(
        error(b"a\tb\n\x00\x01\x02"),
        "line 2: byte 5 is a NUL: this is a binary file, not text"
    );
    let utf16 = "line 1: this file is UTF-16; export it from Anki again (it writes UTF-8), or save it as UTF-8";
    let le: Vec<u8> = "a\tb\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = "a\tb\n".encode_utf16().flat_map(u16::to_be_bytes).collect();
    for bytes in [
        [&[0xFF, 0xFE][..], &le].concat(),
        [&[0xFE, 0xFF][..], &be].concat(),
        le,
        be,
    ] {
        assert_eq!(error(&bytes), utf16, "{bytes:?}");
    }
}

#[test]
fn empty_files_and_header_only_files_are_refused() {
    assert_eq!(error(b""), "line 1: the file is empty");
    assert_eq!(error(b"\xEF\xBB\xBF \n\n"), "line 1: the file is empty");
    assert_eq!(
        error(b"#separator:tab\n#html:true\n\n# nothing\n"),
        "line 2: the file has no notes (only a header, comments or empty lines)"
    );
}
