//! The card browser's side of the log: a card's history with an undone review, an undone mark
//! and a reset; the per-card figures (lapses, last review) in one replay; and the store's mark
//! on many cards in one write, and one card's log.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::srs::card_figures::{card_figures, CardFigures};
use archdrill::core::srs::card_history::{card_history, HistoryItem, HistoryLine};
use archdrill::core::srs::event::{Action, Event};
use archdrill::core::srs::log::ReviewKind;
use archdrill::core::srs::marks::{lapses, marks, Mark};
use archdrill::core::srs::study_day::{Moment, StudyDay};
use archdrill::store::memory::MemoryStore;
use archdrill::store::Store;
use common::{event, g};
use pollster::block_on;

/// The `n`th event of a test log, on card "a".
fn on_a(n: u64, day: i32, action: Action) -> Event {
    event(n, "a", day, action)
}

fn graded(n: u64, day: i32, q: u8) -> Event {
    on_a(n, day, Action::Grade(g(q)))
}

fn review(day: i32, q: u8, kind: ReviewKind, interval_after: u32, ef100_after: u16) -> HistoryLine {
    let item = HistoryItem::Review {
        grade: g(q),
        kind,
        interval_after,
        ef100_after,
    };
    HistoryLine {
        day: StudyDay(day),
        item,
    }
}

#[test]
fn a_cards_history_lists_surviving_reviews_and_marks_in_order_through_a_reset() {
    let undone_review = graded(2, 11, 2);
    let undone_bury = on_a(6, 12, Action::Mark(Mark::Bury));
    let log = vec![
        graded(1, 10, 5),
        undone_review.clone(),
        on_a(3, 11, Action::Retract(undone_review.id.clone())),
        graded(4, 11, 4),
        on_a(5, 12, Action::Mark(Mark::Suspend)),
        undone_bury.clone(),
        on_a(7, 12, Action::Retract(undone_bury.id.clone())),
        on_a(8, 13, Action::Mark(Mark::Reset)),
        graded(9, 14, 3),
        graded(10, 14, 5),
    ];
    let expected = vec![
        review(10, 5, ReviewKind::First, 1, 260),
        review(11, 4, ReviewKind::First, 6, 260),
        HistoryLine {
            day: StudyDay(12),
            item: HistoryItem::Mark(Mark::Suspend),
        },
        HistoryLine {
            day: StudyDay(13),
            item: HistoryItem::Mark(Mark::Reset),
        },
        // new again: a 3 schedules from scratch, the easiness too (2.5 − 0.14)
        review(14, 3, ReviewKind::First, 1, 236),
        review(14, 5, ReviewKind::Drill, 1, 236),
    ];
    assert_eq!(card_history(&log), expected);
    let mut shuffled = log.clone();
    shuffled.reverse();
    shuffled.push(log[0].clone());
    assert_eq!(
        card_history(&shuffled),
        expected,
        "any order, duplicates once"
    );
}

#[test]
fn figures_count_lapses_as_the_leech_rule_does_and_the_last_review_day() {
    let other = Event {
        card_id: "b".into(),
        ..graded(7, 20, 4)
    };
    let log = vec![
        graded(1, 1, 4),
        graded(2, 2, 1), // a lapse: it had been learned
        graded(3, 2, 1), // a re-drill: no lapse
        graded(4, 3, 2), // lapsed before: no lapse
        graded(5, 4, 5),
        graded(6, 10, 0), // a lapse
        other,
    ];
    let figures = card_figures(&log);
    assert_eq!(
        figures["a"],
        CardFigures {
            lapses: 2,
            last_review: Some(StudyDay(10))
        }
    );
    assert_eq!(
        figures["a"].lapses,
        lapses(log.iter().filter(|e| e.card_id == "a"))
    );
    assert_eq!(
        figures["b"],
        CardFigures {
            lapses: 0,
            last_review: Some(StudyDay(20))
        }
    );
    assert!(!figures.contains_key("c"));
}

fn at(day: i32) -> Moment {
    Moment {
        at_ms: f64::from(day) * 86_400_000.0,
        day: StudyDay(day),
    }
}

#[test]
fn the_store_marks_many_cards_in_one_write_and_reads_one_cards_log() {
    let store = MemoryStore::new();
    block_on(store.grade("a", g(4), at(1))).unwrap();
    block_on(store.grade("b", g(5), at(1))).unwrap();
    let cards: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
    let stored = block_on(store.append_marks(&cards, Mark::Suspend, at(2))).unwrap();
    assert_eq!(
        stored
            .iter()
            .map(|e| e.card_id.as_str())
            .collect::<Vec<_>>(),
        ["a", "b", "c"]
    );
    assert!(
        stored.windows(2).all(|w| w[0].id < w[1].id),
        "each its own id"
    );
    let all = marks(&block_on(store.marks_log()).unwrap());
    assert!(cards.iter().all(|c| all[c].suspended));
    block_on(store.append_marks(&cards[..1], Mark::Reset, at(3))).unwrap();
    let states = block_on(store.card_states()).unwrap();
    assert!(
        !states.contains_key("a") && states.contains_key("b"),
        "reset: new again"
    );
    let log = block_on(store.card_log("a")).unwrap();
    let actions: Vec<&Action> = log.iter().map(|e| &e.action).collect();
    let expected = [
        Action::Grade(g(4)),
        Action::Mark(Mark::Suspend),
        Action::Mark(Mark::Reset),
    ];
    assert_eq!(actions, expected.iter().collect::<Vec<_>>());
    store.fail_next_write(archdrill::store::StoreError::QuotaExceeded);
    let refused = block_on(store.append_marks(&cards, Mark::Bury, at(3)));
    assert_eq!(refused, Err(archdrill::store::StoreError::QuotaExceeded));
    assert_eq!(
        block_on(store.card_log("b")).unwrap().len(),
        2,
        "nothing written"
    );
}
