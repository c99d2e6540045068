//! Curriculum and deck files refused at the line of their mistake.

use crate::content::{validate, Decks, Topics};
use crate::report::{ContentError, Source};
use crate::src;

/// A curriculum of two topics (decks for them come with each test).
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

/// A deck file of section Databases for `topic`, with `cards` after its header.
fn deck(topic: &str, summary: &str, cards: &str) -> String {
    format!("section = \"Databases\"\ntopic = \"{topic}\"\nsummary = \"{summary}\"\n{cards}")
}

const CARD_A: &str = "\n[[card]]\nid = \"idx-a\"\nfront = \"Q?\"\nback = \"A.\"\n";

/// The first error the validator reports for one deck file.
fn first_error(path: &str, text: &str) -> ContentError {
    errors(&[src(path, text)]).remove(0)
}

/// The decks validated against `CURRICULUM`, and the errors found.
fn checked(decks: &[Source]) -> (Decks, Vec<ContentError>) {
    let mut errors = Vec::new();
    let decks = validate(
        &[src("decks/curriculum.toml", CURRICULUM)],
        decks,
        &mut errors,
    );
    (decks, errors)
}

/// The errors of `decks`, which must have some.
fn errors(decks: &[Source]) -> Vec<ContentError> {
    let errors = checked(decks).1;
    assert!(!errors.is_empty(), "should fail");
    errors
}

/// What `CURRICULUM` with a deck for Indexes only lets interviews link.
pub fn topics() -> Topics {
    let (decks, errors) = checked(&[src(
        "decks/01-indexes.toml",
        &deck("Indexes", "Speeding up queries", CARD_A),
    )]);
    assert_eq!(errors, []);
    decks.topics
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
    let (checked, errors) = checked(&decks);
    assert_eq!(errors, []);
    let sections = checked.sections;
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
fn ids_and_slugs_kept_for_the_learners_own_cards_and_decks_are_refused() {
    let own_id = CARD_A.replace("idx-a", "own-1-0-x");
    let errs = errors(&[src(
        "decks/01-deck-indexes.toml",
        &deck("Indexes", "Speeding up queries", &own_id),
    )]);
    let texts: Vec<String> = errs.iter().map(ToString::to_string).collect();
    assert_eq!(texts, [
        "decks/01-deck-indexes.toml:1: deck slug \"deck-indexes\" starts with \"deck-\", which is kept for the learner's own decks",
        "decks/01-deck-indexes.toml:6: card id \"own-1-0-x\" starts with \"own-\", which is kept for the learner's own cards",
    ]);
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
