//! Functions the benchmark harness (`bench/`) calls from JavaScript through
//! `window.wasmBindings`: the app's own SM-2 and due queue, timed inside the page.

use crate::core::content::catalogue::Scope;
use crate::core::feedback::boost;
use crate::core::srs::queue::build_queue;
use crate::core::srs::sm2::{next_state, Grade, Sm2State};
use crate::core::srs::study_day::StudyDay;
use crate::store::indexed_db::IdbStore;
use crate::store::load_startup;
use wasm_bindgen::prelude::*;

fn bad_grade(q: u8) -> JsError {
    JsError::new(&format!("grade {q} is not 0–5"))
}

/// Runs SM-2 over `grades` cut into sequences of `sequence_length`, each starting from a new
/// card that is graded on the day it falls due, and returns every sequence's final
/// `repetitions, interval, ef100`, flattened. Sequences are replayed two at a time: each
/// card's steps form one dependency chain (an interval feeds the next), and stepping two cards
/// in turn lets the CPU overlap their chains (~15 % faster than one at a time; three or four
/// lanes, or the step in a closure, measured slower).
#[wasm_bindgen]
pub fn sm2_run(grades: &[u8], sequence_length: usize) -> Result<Vec<u32>, JsError> {
    let length = sequence_length.max(1);
    let mut out = Vec::with_capacity(grades.len().div_ceil(length) * 3);
    // checked on the way, without a branch per step: a bad grade fails the whole run at the end
    let mut valid = true;
    let pairs = grades.chunks_exact(length * 2);
    let rest = pairs.remainder();
    for pair in pairs {
        let (a, b) = pair.split_at(length);
        let (mut sa, mut sb) = (Sm2State::NEW, Sm2State::NEW);
        for (&qa, &qb) in a.iter().zip(b) {
            let (ga, gb) = (Grade::new(qa), Grade::new(qb));
            valid &= ga.is_some() & gb.is_some();
            sa = next_state(sa, ga.unwrap_or(Grade::ALL[0]), sa.due);
            sb = next_state(sb, gb.unwrap_or(Grade::ALL[0]), sb.due);
        }
        for state in [sa, sb] {
            out.extend([state.repetitions, state.interval, u32::from(state.ef100)]);
        }
    }
    for sequence in rest.chunks(length) {
        let state = sequence.iter().fold(Sm2State::NEW, |state, &q| {
            let grade = Grade::new(q);
            valid &= grade.is_some();
            next_state(state, grade.unwrap_or(Grade::ALL[0]), state.due)
        });
        out.extend([state.repetitions, state.interval, u32::from(state.ef100)]);
    }
    if valid {
        Ok(out)
    } else {
        Err(bad_grade(grades.iter().copied().max().unwrap_or_default()))
    }
}

/// One SM-2 step: `[repetitions, interval, ef100, due]` after grading `state` (same layout,
/// empty for a new card) with `q` on study day `today`.
#[wasm_bindgen]
pub fn sm2_next(state: &[i32], q: u8, today: i32) -> Result<Vec<i32>, JsError> {
    let before = match *state {
        [] => Sm2State::NEW,
        [repetitions, interval, ef100, due] => Sm2State {
            repetitions: u32::try_from(repetitions)?,
            interval: u32::try_from(interval)?,
            ef100: u16::try_from(ef100)?,
            due: StudyDay(due),
        },
        _ => {
            return Err(JsError::new(
                "a state is [repetitions, interval, ef100, due]",
            ))
        }
    };
    let grade = Grade::new(q).ok_or_else(|| bad_grade(q))?;
    let after = next_state(before, grade, StudyDay(today));
    Ok(vec![
        i32::try_from(after.repetitions)?,
        i32::try_from(after.interval)?,
        i32::from(after.ef100),
        after.due.0,
    ])
}

/// Loads the database `db_name` as the app does at start-up, then builds today's queue over
/// every card `runs` times, as the app's review screen does; returns each build's milliseconds.
#[wasm_bindgen]
pub async fn time_queue(db_name: String, runs: u32) -> Result<Vec<f64>, JsError> {
    let error = |e: crate::store::StoreError| JsError::new(&e.to_string());
    let content = crate::ui::content_file::load_content();
    let store = IdbStore::open(&db_name, || ()).await.map_err(error)?;
    let startup = load_startup(&store, crate::ui::clock::today_of)
        .await
        .map_err(error)?;
    let catalogue = content.await.map_err(|e| JsError::new(&e))?;
    let (today, data) = (startup.today, &startup.data);
    let priority = boost::priority(&catalogue, &startup.boosts, today);
    let performance = web_sys::window()
        .and_then(|w| w.performance())
        .ok_or_else(|| JsError::new("no Performance API"))?;
    let mut timings = Vec::new();
    for _ in 0..runs {
        let start = performance.now();
        let ids = Scope::All.card_ids(&catalogue);
        let queue = build_queue(
            &ids,
            &data.states,
            &data.recent_log,
            today,
            startup.settings.limits(),
            &priority,
        );
        std::hint::black_box(queue);
        timings.push(performance.now() - start);
    }
    Ok(timings)
}

/// Bytes of linear memory the wasm module holds.
#[wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    (::core::arch::wasm32::memory_size(0) * 65536) as f64
}
