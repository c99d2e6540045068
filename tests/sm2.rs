//! SM-2 table tests (the published worked examples and every grade) and property tests.
#![cfg(not(target_arch = "wasm32"))]

use archdrill::core::srs::sm2::{next_state, Grade, Sm2State, MIN_EF100};
use archdrill::core::srs::study_day::StudyDay;
use proptest::prelude::*;

fn g(q: u8) -> Grade {
    Grade::new(q).unwrap()
}

fn state(repetitions: u32, interval: u32, ef100: u16) -> Sm2State {
    Sm2State {
        repetitions,
        interval,
        ef100,
        due: StudyDay(0),
    }
}

/// Grades a new card with the same grade `times` times, each on its due day.
fn run(q: u8, times: usize) -> Vec<Sm2State> {
    let mut s = Sm2State::NEW;
    let mut day = StudyDay(1000);
    (0..times)
        .map(|_| {
            s = next_state(s, g(q), day);
            day = s.due;
            s
        })
        .collect()
}

#[test]
fn always_four_from_new_gives_published_intervals() {
    let states = run(4, 6);
    let intervals: Vec<u32> = states.iter().map(|s| s.interval).collect();
    assert_eq!(intervals, [1, 6, 15, 38, 95, 238]);
    assert!(states.iter().all(|s| s.ef100 == 250));
    assert_eq!(
        states.iter().map(|s| s.repetitions).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5, 6]
    );
}

#[test]
fn always_five_from_new_gives_published_intervals_and_ef() {
    let states = run(5, 6);
    assert_eq!(
        states.iter().map(|s| s.interval).collect::<Vec<_>>(),
        [1, 6, 16, 45, 131, 393]
    );
    assert_eq!(
        states.iter().map(|s| s.ef100).collect::<Vec<_>>(),
        [260, 270, 280, 290, 300, 310]
    );
}

#[test]
fn every_grade_from_several_states() {
    // (state before, grade, expected repetitions, interval, ef100)
    let table = [
        (state(0, 0, 250), 0, 0, 1, 170),
        (state(0, 0, 250), 1, 0, 1, 196),
        (state(0, 0, 250), 2, 0, 1, 218),
        (state(0, 0, 250), 3, 1, 1, 236),
        (state(0, 0, 250), 4, 1, 1, 250),
        (state(0, 0, 250), 5, 1, 1, 260),
        (state(1, 1, 250), 0, 0, 1, 170),
        (state(1, 1, 250), 2, 0, 1, 218),
        (state(1, 1, 250), 3, 2, 6, 236),
        (state(1, 1, 250), 4, 2, 6, 250),
        (state(1, 1, 250), 5, 2, 6, 260),
        (state(2, 6, 236), 3, 3, 14, 222), // round(6 × 2.36 = 14.16) = 14
        (state(2, 6, 236), 4, 3, 14, 236),
        (state(2, 6, 236), 5, 3, 14, 246),
        (state(2, 6, 236), 1, 0, 1, 182),
        (state(5, 100, 175), 4, 6, 175, 175),
        (state(5, 100, 175), 3, 6, 175, 161),
        (state(5, 100, 175), 5, 6, 175, 185),
        (state(5, 100, 175), 0, 0, 1, 130), // 1.75 − 0.80 = 0.95 → floor 1.3
        (state(3, 10, 125 + 5), 2, 0, 1, 130),
        (state(3, 10, 130), 5, 4, 13, 140),
        (state(3, 10, 130), 3, 4, 13, 130), // floor holds
    ];
    for (before, q, reps, interval, ef100) in table {
        let after = next_state(before, g(q), StudyDay(50));
        assert_eq!(
            (after.repetitions, after.interval, after.ef100, after.due),
            (reps, interval, ef100, StudyDay(50 + interval as i32)),
            "from {before:?} grade {q}"
        );
    }
}

#[test]
fn interval_uses_old_ef_and_rounds_half_away_from_zero() {
    // 15 × 2.5 = 37.5 → 38 (half away from zero); the ef used is the one before the review.
    let after = next_state(state(3, 15, 250), g(5), StudyDay(0));
    assert_eq!((after.interval, after.ef100), (38, 260));
    // 7 × 1.3 = 9.1 → 9
    assert_eq!(next_state(state(4, 7, 130), g(4), StudyDay(0)).interval, 9);
}

#[test]
fn huge_intervals_round_exactly_and_saturate() {
    // 20,000,001 × 2.5 = 50,000,002.5 → 50,000,003 (the product needs more than 32 bits)
    assert_eq!(
        next_state(state(9, 20_000_001, 250), g(4), StudyDay(0)).interval,
        50_000_003
    );
    // 1,717,986,918 × 2.5 = 4,294,967,295 = u32::MAX, and anything longer stays there
    assert_eq!(
        next_state(state(9, 1_717_986_918, 250), g(4), StudyDay(0)).interval,
        u32::MAX
    );
    assert_eq!(
        next_state(state(9, u32::MAX, 250), g(5), StudyDay(0)).interval,
        u32::MAX
    );
}

#[test]
fn failure_resets_repetitions_but_keeps_lowered_ef() {
    let lapsed = next_state(state(4, 38, 250), g(2), StudyDay(10));
    assert_eq!(
        (
            lapsed.repetitions,
            lapsed.interval,
            lapsed.ef100,
            lapsed.due
        ),
        (0, 1, 218, StudyDay(11))
    );
    let relearned = next_state(lapsed, g(4), StudyDay(11));
    assert_eq!((relearned.repetitions, relearned.interval), (1, 1));
    let again = next_state(relearned, g(4), StudyDay(12));
    assert_eq!((again.repetitions, again.interval), (2, 6));
}

#[test]
fn grade_rejects_out_of_range_and_describes_each_value() {
    assert!(Grade::new(6).is_none());
    assert_eq!(Grade::ALL.map(|q| q.value()), [0, 1, 2, 3, 4, 5]);
    assert_eq!(g(4).meaning(), "Correct after hesitation");
    assert!(g(3).is_pass() && !g(2).is_pass());
    assert!(g(4).ends_drill() && !g(3).ends_drill());
}

prop_compose! {
    // states SM-2 can reach: a graded card's interval is at least a day (a card with
    // repetitions but interval 0 cannot arise; the new card is covered by the sequence property)
    fn any_state()(repetitions in 0u32..30, interval in 1u32..5000, ef100 in MIN_EF100..400, due in -1000i32..100_000)
        -> Sm2State { Sm2State { repetitions, interval, ef100, due: StudyDay(due) } }
}

proptest! {
    #[test]
    fn invariants_hold_for_any_state_and_grade(s in any_state(), q in 0u8..=5, today in 0i32..100_000) {
        let after = next_state(s, g(q), StudyDay(today));
        prop_assert!(after.ef100 >= MIN_EF100);
        prop_assert!(after.interval >= 1);
        prop_assert!(after.due > StudyDay(today));
        prop_assert_eq!(after.due, StudyDay(today).plus(after.interval));
        if q < 3 {
            prop_assert_eq!((after.repetitions, after.interval), (0, 1));
        } else {
            prop_assert_eq!(after.repetitions, s.repetitions + 1);
        }
    }

    #[test]
    fn any_grade_sequence_keeps_ef_floor_and_moves_due_forward(grades in proptest::collection::vec(0u8..=5, 1..60)) {
        let mut s = Sm2State::NEW;
        let mut day = StudyDay(0);
        for q in grades {
            let after = next_state(s, g(q), day);
            prop_assert!(after.ef100 >= MIN_EF100 && after.interval >= 1 && after.due > day);
            // a passing review of a card with two or more repetitions never shrinks the interval
            if q >= 3 && s.repetitions >= 2 {
                prop_assert!(after.interval >= s.interval);
            }
            s = after;
            day = s.due;
        }
    }
}
