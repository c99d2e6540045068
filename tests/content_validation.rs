//! The build-time deck validator names file, line and reason for every kind of bad input.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/content.rs"]
mod content;

use content::{validate, ContentError, Source};

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
    let rust = content::render_rust(&sections);
    assert!(rust.contains("id: \"idx-a\"") && rust.contains("pub static SECTIONS"));
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
    let errs = errors(&[src("decks/01-indexes.toml", &wrong_section)]);
    assert!(
        errs[0].reason.contains("belongs to section \"Databases\""),
        "{}",
        errs[0]
    );

    let errs = errors(&[src(
        "decks/01-indexes.toml",
        &deck("Indexes", "Paraphrased", CARD_A),
    )]);
    assert_eq!(errs[0].line, 3);
    assert!(errs[0].reason.contains("verbatim"));

    let errs = errors(&[src(
        "decks/01-indexes.toml",
        &deck(
            "Indexes",
            "Speeding up queries",
            "\n[[card]]\nid = \"idx-a\"\nfront = \"Q\"\n",
        ),
    )]);
    assert!(
        errs[0].reason.contains("missing field `back`"),
        "{}",
        errs[0]
    );

    let errs = errors(&[src(
        "decks/indexes.toml",
        &deck("Indexes", "Speeding up queries", CARD_A),
    )]);
    assert!(errs[0].reason.contains("NN-slug.toml"));

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
