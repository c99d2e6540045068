//! Marks in IndexedDB: the leech mark stored in the grade's transaction, marks and their undos
//! read back through the `mark` index after reopening, and an undone mark taking no review
//! from the counts.

use crate::support::{at, fresh_store, g, open};
use archdrill::core::srs::event::Action;
use archdrill::core::srs::log::rebuild_states;
use archdrill::core::srs::marks::{marks, Mark};
use archdrill::core::srs::study_day::StudyDay;
use archdrill::store::{load_startup, GradeExtras, Store};
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn the_lapse_at_the_threshold_stores_the_leech_with_the_grade_and_it_reads_back() {
    let name = "archdrill-test-leech";
    let store = fresh_store(name).await;
    let extras = GradeExtras {
        leech_threshold: 2,
        took_ms: Some(4_000),
    };
    let grade = |q: u8, day: i32| store.append_all("a", Action::Grade(g(q)), extras, at(day));
    grade(4, 1).await.unwrap(); // learned
    assert_eq!(grade(1, 2).await.unwrap().len(), 1, "the first lapse");
    grade(4, 3).await.unwrap();
    let second = grade(1, 4).await.unwrap();
    assert_eq!(second.len(), 2, "the second lapse is a leech at 2");
    assert_eq!(second[1].mark(), Some(Mark::Leech));
    assert_eq!(second[0].took_ms, Some(4_000));
    drop(store);
    let reopened = open(name).await;
    let startup = load_startup(&reopened, |_| StudyDay(4)).await.unwrap();
    assert_eq!(
        startup.data.marks_log,
        [second[1].clone()],
        "read through the mark index"
    );
    let a = marks(&startup.data.marks_log)["a"];
    assert!(a.leech && a.suspended);
    let log = reopened.full_log().await.unwrap();
    assert_eq!(rebuild_states(&log), reopened.card_states().await.unwrap());
}

#[wasm_bindgen_test]
async fn an_undone_mark_reads_back_with_its_retraction_and_takes_no_review_away() {
    let store = fresh_store("archdrill-test-undo-mark").await;
    store.grade("a", g(4), at(7)).await.unwrap();
    let bury = store
        .append("a", Action::Mark(Mark::Bury), at(7))
        .await
        .unwrap();
    let flag = store
        .append("b", Action::Mark(Mark::FlagBlue), at(7))
        .await
        .unwrap();
    let undo = Action::Retract(bury.id.clone());
    let retraction = store.append("a", undo, at(7)).await.unwrap();
    let mut log = store.marks_log().await.unwrap();
    log.sort_by(|x, y| x.id.cmp(&y.id));
    assert_eq!(log, [bury, flag, retraction]);
    let all = marks(&log);
    assert!(!all.contains_key("a"), "the bury was taken back");
    assert_eq!(store.review_count().await.unwrap(), 1);
    let per_day = store
        .reviews_per_day(StudyDay(7), StudyDay(8))
        .await
        .unwrap();
    assert_eq!(per_day, [(StudyDay(7), 1)]);
}
