//! Topic progress (new / learning / mature) and card search.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::content::catalogue::Scope;
use archdrill::core::content::progress::{Progress, MATURE_DAYS};
use archdrill::core::content::search::search;
use archdrill::core::srs::log::CardStates;
use archdrill::core::srs::sm2::Sm2State;
use archdrill::core::srs::study_day::StudyDay;
use common::catalogue;

#[test]
fn progress_splits_new_learning_and_mature_at_21_days() {
    let topic = Scope::Topic("caching".into())
        .topics(catalogue())
        .next()
        .unwrap();
    let state = |interval| Sm2State {
        repetitions: 3,
        interval,
        ef100: 250,
        due: StudyDay(0),
    };
    let states = CardStates::from_iter([
        (topic.cards[0].id().to_string(), state(1)),
        (topic.cards[1].id().to_string(), state(MATURE_DAYS - 1)),
        (topic.cards[2].id().to_string(), state(MATURE_DAYS)),
        ("not-in-this-topic".to_string(), state(100)),
    ]);
    let progress = Progress::of(&topic.cards, &states);
    assert_eq!(
        progress,
        Progress {
            new: topic.cards.len() - 3,
            learning: 2,
            mature: 1
        }
    );
    assert_eq!(progress.total(), topic.cards.len());
    assert_eq!(Progress::default().percent(0), 0);
}

#[test]
fn search_matches_every_word_in_front_back_or_tags_case_insensitively() {
    let card = &catalogue().sections()[1].topics[0].cards[0];
    let back_word = card
        .back()
        .split_whitespace()
        .max_by_key(|w| w.len())
        .unwrap();
    let found = search(catalogue(), &back_word.to_uppercase(), usize::MAX);
    assert!(
        found.iter().any(|(_, c)| c.id() == card.id()),
        "{back_word} should find {}",
        card.id()
    );
    assert!(found
        .iter()
        .all(|(_, c)| format!("{} {}", c.front(), c.back())
            .to_lowercase()
            .contains(&back_word.to_lowercase())
            || c.tags().any(|t| t.contains(&back_word.to_lowercase()))));

    let both = search(catalogue(), "postgres replica", usize::MAX);
    assert!(!both.is_empty());
    for (_, c) in &both {
        let text = format!(
            "{} {} {}",
            c.front(),
            c.back(),
            c.tags().collect::<Vec<_>>().join(" ")
        )
        .to_lowercase();
        assert!(
            text.contains("postgres") && text.contains("replica"),
            "{}",
            c.id()
        );
    }
    assert!(search(catalogue(), "   ", 10).is_empty());
    assert!(search(catalogue(), "zzqx-no-such-word", 10).is_empty());
    assert_eq!(search(catalogue(), "the", 7).len(), 7);
}
