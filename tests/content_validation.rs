//! The build-time deck validator names file, line and reason for every kind of bad input.
#![cfg(not(target_arch = "wasm32"))]

// Shared with build.rs; each test file uses part of it.
#[allow(dead_code)]
#[path = "../build/content.rs"]
mod content;
#[allow(dead_code)]
#[path = "../build/interviews.rs"]
mod interviews;

use content::{validate, ContentError, Source};
use interviews::validate_interviews;
use std::collections::HashSet;

const CURRICULUM: &str = r#"
[[section]]
name = "Databases"
summary = "Data storage decisions."

[[section.topic]]
name = "Indexes"
summary = "Speeding up queries"

[[section.topic]]
name = "Transactions"
summary = "Atomic operations"
"#;

fn src(path: &str, text: &str) -> Source {
    Source {
        path: path.into(),
        text: text.into(),
    }
}

fn deck(topic: &str, summary: &str, cards: &str) -> String {
    format!("section = \"Databases\"\ntopic = \"{topic}\"\nsummary = \"{summary}\"\n{cards}")
}

const CARD_A: &str = "\n[[card]]\nid = \"idx-a\"\nfront = \"Q?\"\nback = \"A.\"\n";

/// The first error the validator reports for one deck file.
fn first_error(path: &str, text: &str) -> ContentError {
    errors(&[src(path, text)]).remove(0)
}

fn errors(decks: &[Source]) -> Vec<ContentError> {
    validate(&[src("decks/curriculum.toml", CURRICULUM)], decks).expect_err("should fail")
}

#[test]
fn valid_decks_come_out_in_curriculum_order() {
    let decks = [
        src(
            "decks/02-transactions.toml",
            &deck(
                "Transactions",
                "Atomic operations",
                "\n[[card]]\nid = \"tx-a\"\nfront = \"F\"\nback = \"B\"\ntags = [\"acid\"]\n",
            ),
        ),
        src(
            "decks/01-indexes.toml",
            &deck("Indexes", "Speeding up queries", CARD_A),
        ),
    ];
    let sections = validate(&[src("decks/curriculum.toml", CURRICULUM)], &decks).unwrap();
    let topics: Vec<_> = sections[0]
        .topics
        .iter()
        .map(|t| (t.name.as_str(), t.slug.as_str()))
        .collect();
    assert_eq!(
        topics,
        [("Indexes", "indexes"), ("Transactions", "transactions")]
    );
    assert_eq!(sections[0].topics[1].cards[0].tags, ["acid"]);
}

#[test]
fn malformed_toml_names_file_and_line() {
    let text = deck(
        "Indexes",
        "Speeding up queries",
        "\n[[card]]\nid = \"idx-a\"\nfront = \"unterminated\nback = \"B\"\n",
    );
    let errs = errors(&[src("decks/01-indexes.toml", &text)]);
    assert_eq!(errs.len(), 1);
    assert_eq!(
        (errs[0].path.as_str(), errs[0].line),
        ("decks/01-indexes.toml", 7)
    );
    assert!(errs[0].reason.starts_with("invalid TOML"), "{}", errs[0]);
}

#[test]
fn duplicate_card_ids_across_files_are_refused_with_both_places() {
    let errs = errors(&[
        src(
            "decks/01-indexes.toml",
            &deck("Indexes", "Speeding up queries", CARD_A),
        ),
        src(
            "decks/02-transactions.toml",
            &deck("Transactions", "Atomic operations", CARD_A),
        ),
    ]);
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].to_string(), "decks/02-transactions.toml:6: duplicate card id \"idx-a\" (first at decks/01-indexes.toml:6)");
}

#[test]
fn empty_fields_are_refused_at_their_line() {
    let errs = errors(&[src(
        "decks/01-indexes.toml",
        &deck(
            "Indexes",
            "Speeding up queries",
            "\n[[card]]\nid = \"idx-a\"\nfront = \"  \"\nback = \"\"\"\n\"\"\"\n",
        ),
    )]);
    let found: Vec<String> = errs.iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "decks/01-indexes.toml:7: card front is empty",
            "decks/01-indexes.toml:8: card back is empty"
        ]
    );
}

#[test]
fn a_topic_outside_the_curriculum_is_refused() {
    let errs = errors(&[src(
        "decks/09-sharding.toml",
        &deck("Sharding", "Splitting data", CARD_A),
    )]);
    assert_eq!(
        errs[0].to_string(),
        "decks/09-sharding.toml:2: topic \"Sharding\" is not in the curriculum"
    );
}

#[test]
fn wrong_section_summary_missing_field_and_bad_names_are_refused() {
    let wrong_section =
        deck("Indexes", "Speeding up queries", CARD_A).replace("Databases", "Networking");
    let err = first_error("decks/01-indexes.toml", &wrong_section);
    assert!(
        err.reason.contains("belongs to section \"Databases\""),
        "{}",
        err
    );

    let err = first_error(
        "decks/01-indexes.toml",
        &deck("Indexes", "Paraphrased", CARD_A),
    );
    assert_eq!(err.line, 3);
    assert!(err.reason.contains("verbatim"));

    let err = first_error(
        "decks/01-indexes.toml",
        &deck(
            "Indexes",
            "Speeding up queries",
            "\n[[card]]\nid = \"idx-a\"\nfront = \"Q\"\n",
        ),
    );
    assert!(err.reason.contains("missing field `back`"), "{}", err);

    let err = first_error(
        "decks/indexes.toml",
        &deck("Indexes", "Speeding up queries", CARD_A),
    );
    assert!(err.reason.contains("NN-slug.toml"));

    let bad_id = deck(
        "Indexes",
        "Speeding up queries",
        &CARD_A.replace("idx-a", "Idx A"),
    );
    assert!(errors(&[src("decks/01-indexes.toml", &bad_id)])[0]
        .reason
        .contains("lower-case"));

    let twice = [
        src(
            "decks/01-indexes.toml",
            &deck("Indexes", "Speeding up queries", CARD_A),
        ),
        src(
            "decks/05-indexes.toml",
            &deck(
                "Indexes",
                "Speeding up queries",
                &CARD_A.replace("idx-a", "idx-b"),
            ),
        ),
    ];
    assert!(errors(&twice)[0]
        .reason
        .contains("already has a deck: decks/01-indexes.toml"));
}

fn interview_text(phases: &[(&str, u32)], minutes: u32, topic: &str) -> String {
    let mut text = format!(
        "id = \"demo\"\ntitle = \"Design a demo\"\ndifficulty = \"easy\"\nminutes = {minutes}\n\
         topics = [\"{topic}\"]\nprompt = \"Go.\"\n\n[scale]\nfacts = [\"1k users\"]\n"
    );
    for (key, m) in phases {
        text.push_str(&format!(
            "\n[[phase]]\nkey = \"{key}\"\nminutes = {m}\nprompt = \"P\"\nreference = \"R\"\n"
        ));
        for n in 0..2 {
            text.push_str(&format!(
                "\n[[rubric]]\nphase = \"{key}\"\nitem = \"item {n}\"\nweight = 2\n"
            ));
        }
    }
    text
}

fn interview_errors(text: &str) -> Vec<String> {
    let topics = HashSet::from(["Indexes".to_string()]);
    match validate_interviews(&[src("interviews/demo.toml", text)], &topics) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

const FOUR: [(&str, u32); 4] = [
    ("clarify", 8),
    ("simplify", 10),
    ("bottleneck", 15),
    ("failure", 12),
];

#[test]
fn a_valid_interview_passes() {
    let text = interview_text(&FOUR, 45, "Indexes");
    assert_eq!(interview_errors(&text), Vec::<String>::new());
    let topics = HashSet::from(["Indexes".to_string()]);
    let parsed = validate_interviews(&[src("interviews/demo.toml", &text)], &topics).unwrap();
    assert_eq!(parsed[0].phases[3].minutes, 12);
    let last = &parsed[0].rubric[7];
    assert_eq!(
        (last.phase, last.item.as_str(), last.weight),
        (3, "item 1", 2)
    );
}

#[test]
fn interview_mistakes_are_named_with_file_and_line() {
    let errs = interview_errors(&interview_text(&FOUR, 40, "Indexes"));
    assert_eq!(
        errs,
        ["interviews/demo.toml:4: minutes = 40 but the phases add up to 45"]
    );

    let errs = interview_errors(&interview_text(&FOUR, 45, "Sharding"));
    assert_eq!(
        errs,
        ["interviews/demo.toml:5: topic \"Sharding\" is not in the curriculum"]
    );

    let swapped = [FOUR[1], FOUR[0], FOUR[2], FOUR[3]];
    let errs = interview_errors(&interview_text(&swapped, 45, "Indexes"));
    assert!(
        errs[0].contains(
            "phases must be [\"clarify\", \"simplify\", \"bottleneck\", \"failure\"] in this order"
        ),
        "{errs:?}"
    );

    let one_item =
        interview_text(&FOUR, 45, "Indexes").replacen("item = \"item 1\"", "item = \"\"", 1);
    assert!(interview_errors(&one_item)[0].ends_with("rubric item is empty"));

    let heavy = interview_text(&FOUR, 45, "Indexes").replacen("weight = 2", "weight = 5", 1);
    assert!(interview_errors(&heavy)[0].ends_with("rubric weight must be 1, 2 or 3"));

    let renamed = interview_text(&FOUR, 45, "Indexes").replace("id = \"demo\"", "id = \"other\"");
    assert_eq!(
        interview_errors(&renamed),
        ["interviews/demo.toml:1: id \"other\" must equal the file name \"demo\""]
    );
}
