//! Marks on cards: suspend, bury, flag and reset as events (merged as a set, undone by
//! retraction), set-aside cards out of every queue stage and count, and leeches at exactly the
//! threshold, then every half threshold, written with the grade that made them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::srs::event::{Action, Event};
use archdrill::core::srs::limits::Limits;
use archdrill::core::srs::log::{non_review_retraction_days, rebuild_states, CardStates};
use archdrill::core::srs::marks::{
    is_leech_lapse, lapses, makes_leech, marks, set_aside, CardMarks, Flag, Mark,
};
use archdrill::core::srs::queue::{build_queue, count, curriculum_counts, Counts, Priority};
use archdrill::core::srs::study_day::StudyDay;
use common::{due_on, entry, event, shuffled_with_repeats};

const TODAY: StudyDay = StudyDay(100);

/// The `n`th event of a test log: `mark` on `card` on study day `day`.
fn marked(n: u64, card: &str, day: i32, mark: Mark) -> Event {
    event(n, card, day, Action::Mark(mark))
}

#[test]
fn marks_follow_the_log_later_winning_and_a_retraction_takes_one_back() {
    let suspend = marked(1, "a", 99, Mark::Suspend);
    let log = vec![
        suspend.clone(),
        marked(2, "b", 99, Mark::FlagRed),
        marked(3, "b", 100, Mark::FlagBlue),
        marked(4, "c", 100, Mark::Bury),
        marked(5, "d", 99, Mark::FlagGreen),
        marked(6, "d", 99, Mark::Unflag),
        event(7, "a", 100, Action::Retract(suspend.id.clone())),
        marked(8, "e", 100, Mark::Suspend),
        marked(9, "e", 100, Mark::Unsuspend),
    ];
    let all = marks(&log);
    let a = all.get("a").copied().unwrap_or_default();
    assert_eq!(a, CardMarks::default(), "the suspend was taken back");
    assert_eq!(all["b"].flag, Some(Flag::Blue));
    assert_eq!(all["c"].buried_on, Some(TODAY));
    assert_eq!(all["d"].flag, None);
    assert!(!all["e"].suspended);
    // any order, any repeats: the same marks (two devices' logs merged)
    for seed in 0..20 {
        assert_eq!(marks(&shuffled_with_repeats(&log, seed)), all);
    }
    // a buried card is back the next study day
    assert_eq!(
        set_aside(&all, TODAY).into_iter().collect::<Vec<_>>(),
        ["c"]
    );
    assert!(set_aside(&all, TODAY.plus(1)).is_empty());
}

/// Cards d (due), n (new) and r (graded 2 today: in the re-drill), and today's log.
fn three_stages() -> (CardStates, Vec<Event>) {
    let redrill = entry(1, "r", 100, 2, Some(due_on(99)), false);
    let states = CardStates::from_iter([
        ("d".to_string(), due_on(98)),
        ("r".to_string(), redrill.after.unwrap()),
    ]);
    (states, vec![redrill])
}

#[test]
fn suspended_and_buried_cards_leave_the_due_new_and_redrill_stages_and_every_count() {
    let (states, log) = three_stages();
    let scope = ["d", "n", "r"];
    let queue_with = |marks_log: &[Event]| {
        let priority = Priority {
            set_aside: set_aside(&marks(marks_log), TODAY),
            ..Priority::default()
        };
        let queue = build_queue(
            &scope,
            &states,
            &log,
            TODAY,
            Limits::new_cards(20),
            &priority,
        );
        let counts = curriculum_counts(
            [[scope]],
            &states,
            &log,
            TODAY,
            Limits::new_cards(20),
            &priority,
        );
        assert_eq!(
            counts.total,
            count(&queue),
            "Home counts what the queue holds"
        );
        count(&queue)
    };
    assert_eq!(
        queue_with(&[]),
        Counts {
            due: 1,
            new: 1,
            drill: 1
        }
    );
    for mark in [Mark::Suspend, Mark::Bury, Mark::Leech] {
        let aside = |card| vec![marked(10, card, 100, mark)];
        assert_eq!(
            queue_with(&aside("d")),
            Counts {
                due: 0,
                new: 1,
                drill: 1
            },
            "{mark:?} d"
        );
        assert_eq!(
            queue_with(&aside("n")),
            Counts {
                due: 1,
                new: 0,
                drill: 1
            },
            "{mark:?} n"
        );
        assert_eq!(
            queue_with(&aside("r")),
            Counts {
                due: 1,
                new: 1,
                drill: 0
            },
            "{mark:?} r"
        );
    }
    // buried yesterday: back today
    assert_eq!(queue_with(&[marked(10, "d", 99, Mark::Bury)]).due, 1);
}

#[test]
fn a_reset_makes_the_card_new_keeps_its_reviews_and_undoing_it_brings_the_schedule_back() {
    let first = entry(1, "a", 90, 5, None, false);
    let second = entry(2, "a", 91, 4, first.after, false);
    let reset = marked(3, "a", 95, Mark::Reset);
    let mut log = vec![first, second.clone(), reset.clone()];
    assert!(!rebuild_states(&log).contains_key("a"), "new again");
    log.push(entry(4, "a", 96, 4, None, false));
    let state = rebuild_states(&log)["a"];
    assert_eq!(
        (state.repetitions, state.interval),
        (1, 1),
        "scheduled from new"
    );
    let mut undone = log[..3].to_vec();
    undone.push(event(4, "a", 95, Action::Retract(reset.id.clone())));
    assert_eq!(rebuild_states(&undone)["a"], second.after.unwrap());
}

#[test]
fn a_leech_is_the_eighth_lapse_then_every_fourth_and_never_at_threshold_zero() {
    let leech_lapses: Vec<u32> = (1..=20).filter(|&n| is_leech_lapse(n, 8)).collect();
    assert_eq!(leech_lapses, [8, 12, 16, 20]);
    let odd: Vec<u32> = (1..=12).filter(|&n| is_leech_lapse(n, 5)).collect();
    assert_eq!(odd, [5, 7, 9, 11], "half of 5 rounds down to 2");
    assert!((1..=12).all(|n| is_leech_lapse(n, 1)));
    assert!((0..=100).all(|n| !is_leech_lapse(n, 0)));
}

/// A card learned on day 1 (graded 4), then failed (2) and relearned (4) `n` times, one review a
/// day: `n` lapses.
fn lapsing(n: u64) -> Vec<Event> {
    let mut log = vec![entry(1, "a", 1, 4, None, false)];
    for i in 0..n * 2 {
        let grade = if i % 2 == 0 { 2 } else { 4 };
        let before = rebuild_states(&log).get("a").copied();
        log.push(entry(i + 2, "a", i as i32 + 2, grade, before, false));
    }
    log
}

#[test]
fn lapses_count_first_of_day_failures_of_a_learned_card_only() {
    assert_eq!(lapses(&lapsing(3)), 3);
    // a new card failed, and a failure on the day of another review (a re-drill), are no lapses
    let mut log = vec![entry(1, "a", 1, 2, None, false)];
    log.push(entry(
        2,
        "a",
        1,
        1,
        rebuild_states(&log).get("a").copied(),
        true,
    ));
    assert_eq!(lapses(&log), 0);
    // failing again before relearning is no new lapse
    let mut log = lapsing(1);
    log.pop(); // the relearning grade
    log.push(entry(
        50,
        "a",
        50,
        1,
        rebuild_states(&log).get("a").copied(),
        false,
    ));
    assert_eq!(lapses(&log), 1);
}

#[test]
fn the_grade_that_lapses_for_the_eighth_time_makes_a_leech_and_the_seventh_does_not() {
    let mut history = lapsing(7);
    let fail = |history: &[Event], n: u64| {
        entry(
            n,
            "a",
            n as i32,
            2,
            rebuild_states(history).get("a").copied(),
            false,
        )
    };
    history.push(entry(
        90,
        "a",
        90,
        4,
        rebuild_states(&history).get("a").copied(),
        false,
    ));
    let eighth = fail(&history, 91);
    assert!(makes_leech(&history, &eighth, 8));
    assert!(!makes_leech(&history, &eighth, 9));
    assert!(!makes_leech(&history, &eighth, 0));
    let seventh = lapsing(6);
    let mut before = seventh.clone();
    before.pop();
    assert!(!makes_leech(&before, seventh.last().unwrap(), 8));
    // a pass is no lapse, whatever the count
    let pass = entry(
        91,
        "a",
        91,
        5,
        rebuild_states(&history).get("a").copied(),
        false,
    );
    assert!(!makes_leech(&history, &pass, 8));
    // nor after the 8th lapse, where the count alone would say leech
    history.push(eighth);
    let state = rebuild_states(&history).get("a").copied();
    let pass_after = entry(92, "a", 92, 5, state, false);
    assert!(!makes_leech(&history, &pass_after, 8));
}

#[test]
fn undone_marks_and_edits_are_retractions_that_take_no_review_away() {
    let review = entry(1, "a", 100, 4, None, false);
    let mark = marked(2, "a", 100, Mark::Suspend);
    let log = vec![
        review.clone(),
        mark.clone(),
        event(3, "a", 100, Action::Retract(mark.id.clone())),
        event(4, "a", 100, Action::Retract(review.id.clone())),
    ];
    // one of the two retractions takes back a mark; repeated events count once
    let mut twice = log.clone();
    twice.extend(log.clone());
    assert_eq!(non_review_retraction_days(&twice), [TODAY]);
}
