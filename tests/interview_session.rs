//! The interview phase state machine: budgets, pause, over-time, moving on, resume after reload.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::interview::model::PhaseKey;
use archdrill::core::interview::session::{Attempt, Mark, Status};
use common::catalogue;

const MIN: f64 = 60_000.0;

#[test]
fn fifteen_interviews_with_four_budgeted_phases() {
    assert!(catalogue().interviews().len() >= 15);
    for i in catalogue().interviews() {
        assert_eq!(
            i.phases.iter().map(|p| p.key).collect::<Vec<_>>(),
            PhaseKey::ALL,
            "{}",
            i.id
        );
        assert_eq!(
            i.phases.iter().map(|p| p.minutes).sum::<u32>(),
            i.minutes,
            "{}",
            i.id
        );
        for phase in PhaseKey::ALL {
            assert!(i.rubric_of(phase).count() >= 2, "{} {phase:?}", i.id);
        }
    }
}

#[test]
fn the_clock_runs_per_phase_and_counts_down_budgets() {
    let url = catalogue().interview("url-shortener").unwrap();
    let t0 = 1_000_000.0;
    let mut a = Attempt::start(url, t0);
    assert_eq!((a.phase, a.status), (0, Status::Running));
    assert_eq!(
        a.phase_left(url, 0, t0 + 3.0 * MIN),
        5.0 * MIN,
        "clarify has 8 minutes"
    );
    assert_eq!(a.total_left(url, t0 + 3.0 * MIN), 42.0 * MIN);

    a.next_phase(t0 + 7.0 * MIN);
    assert_eq!((a.phase, a.phase_key()), (1, PhaseKey::Simplify));
    assert_eq!(
        a.elapsed(0, t0 + 20.0 * MIN),
        7.0 * MIN,
        "a finished phase's clock is stopped"
    );
    assert_eq!(a.elapsed(1, t0 + 9.0 * MIN), 2.0 * MIN);
}

#[test]
fn pause_stops_the_clock_and_resume_restarts_it() {
    let url = catalogue().interview("url-shortener").unwrap();
    let mut a = Attempt::start(url, 0.0);
    a.pause(2.0 * MIN);
    assert_eq!(a.status, Status::Paused);
    assert_eq!(
        a.elapsed(0, 60.0 * MIN),
        2.0 * MIN,
        "paused time does not count"
    );
    a.pause(61.0 * MIN); // pausing twice changes nothing
    a.resume(60.0 * MIN);
    assert_eq!(a.elapsed(0, 61.0 * MIN), 3.0 * MIN);
    a.resume(62.0 * MIN); // resuming a running attempt changes nothing
    assert_eq!(a.elapsed(0, 62.0 * MIN), 4.0 * MIN);
}

#[test]
fn running_over_budget_is_allowed_and_recorded() {
    let url = catalogue().interview("url-shortener").unwrap();
    let mut a = Attempt::start(url, 0.0);
    a.next_phase(11.0 * MIN); // clarify: 11 of 8 minutes
    assert_eq!(a.phase_left(url, 0, 11.0 * MIN), -3.0 * MIN);
    a.next_phase(15.0 * MIN); // simplify: 4 of 10
    let over = a.overtime(url, 15.0 * MIN);
    assert_eq!(over, [3.0 * MIN, 0.0, 0.0, 0.0]);
}

#[test]
fn a_reloaded_attempt_resumes_with_the_time_in_between_unless_paused() {
    let url = catalogue().interview("url-shortener").unwrap();
    let mut a = Attempt::start(url, 0.0);
    a.notes[0] = "100M URLs/month".into();
    // saved (serialised) and loaded back after the tab was closed for 5 minutes
    let saved = round_trip(&a);
    assert_eq!(saved, a);
    assert_eq!(saved.elapsed(0, 5.0 * MIN), 5.0 * MIN);
    let mut paused = a.clone();
    paused.pause(1.0 * MIN);
    assert_eq!(round_trip(&paused).elapsed(0, 30.0 * MIN), 1.0 * MIN);
}

/// A round trip through serde (the store serialises attempts the same way).
fn round_trip(a: &Attempt) -> Attempt {
    serde_json::from_str(&serde_json::to_string(a).unwrap()).unwrap()
}

#[test]
fn the_last_phase_or_finish_moves_on_to_assessment() {
    let url = catalogue().interview("url-shortener").unwrap();
    let mut a = Attempt::start(url, 0.0);
    for minute in [8.0, 18.0, 33.0] {
        a.next_phase(minute * MIN);
    }
    assert_eq!(a.phase, 3);
    a.next_phase(45.0 * MIN);
    assert_eq!(
        (a.status, a.finished_ms),
        (Status::Assessing, Some(45.0 * MIN))
    );
    assert_eq!(
        a.total_elapsed(90.0 * MIN),
        45.0 * MIN,
        "the clock stops at the end"
    );
    a.next_phase(50.0 * MIN);
    assert_eq!(a.phase, 3, "nothing moves after the end");

    let mut early = Attempt::start(url, 0.0);
    early.pause(5.0 * MIN);
    early.finish(9.0 * MIN);
    assert_eq!(
        (early.status, early.total_elapsed(20.0 * MIN)),
        (Status::Assessing, 5.0 * MIN)
    );
    assert!(!early.fully_assessed(url));
}

#[test]
fn marks_saved_against_an_older_rubric_neither_panic_nor_land_on_other_items() {
    let url = catalogue().interview("url-shortener").unwrap();
    let n = url.rubric.len();
    let mut old = Attempt::start(url, 0.0);
    old.marks = vec![Some(Mark::Met); n - 2]; // stored before two items were split off
    assert_eq!(
        old.marks_for(url),
        vec![None; n],
        "unmatched marks count as not assessed"
    );
    assert!(!old.fully_assessed(url));
    old.set_mark(url, n - 1, Mark::Partly); // the last item, past the stored marks
    assert_eq!(old.marks.len(), n);
    assert_eq!(old.marks[n - 1], Some(Mark::Partly));
    assert_eq!(old.marks.iter().flatten().count(), 1);
    old.set_mark(url, n + 5, Mark::Met); // past the rubric: ignored
    assert_eq!(old.marks.iter().flatten().count(), 1);
}

#[test]
fn another_tabs_attempts_join_and_this_tabs_stay_as_they_are() {
    use archdrill::core::interview::session::add_missing;
    let interview = &catalogue().interviews()[0];
    let mut typing = Attempt::start(interview, 1_000.0);
    typing.notes[0] = "typed just now".into();
    let mut stored_old = typing.clone();
    stored_old.notes[0] = "typed before".into();
    let other = Attempt::start(interview, 2_000.0);
    let mut mine = vec![typing.clone()];
    add_missing(&mut mine, vec![stored_old, other.clone()]);
    assert_eq!(mine, [typing, other]);
}
