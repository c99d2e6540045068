//! The packed snapshot of card states round-trips in pieces small enough for IndexedDB to keep
//! inline, and refuses malformed text.
#![cfg(not(target_arch = "wasm32"))]

use archdrill::core::sm2::Sm2State;
use archdrill::core::state_snapshot::{pack, unpack, PIECE_BYTES};
use archdrill::core::study_day::StudyDay;
use proptest::prelude::*;
use std::collections::HashMap;

fn states(raw: HashMap<String, (u32, u32, u16, i32)>) -> HashMap<String, Sm2State> {
    raw.into_iter()
        .map(|(id, (repetitions, interval, ef100, due))| {
            let due = StudyDay(due);
            (
                id,
                Sm2State {
                    repetitions,
                    interval,
                    ef100,
                    due,
                },
            )
        })
        .collect()
}

proptest! {
    #[test]
    fn any_states_round_trip(raw in proptest::collection::hash_map(
        "[a-z0-9-]{1,40}",
        (0u32..1000, 0u32..100_000, 130u16..400, -1000i32..200_000),
        0..200,
    )) {
        let states = states(raw);
        let pieces = pack(&states);
        prop_assert_eq!(unpack(pieces.iter().map(String::as_str)).unwrap(), states);
    }
}

#[test]
fn a_large_collection_is_packed_in_pieces_of_whole_lines() {
    let raw = (0..10_000)
        .map(|i| {
            (
                format!("deck-{:03}-card-{i:05}", i % 200),
                (3, 40 + i % 90, 250, 20_400 + i as i32 % 60),
            )
        })
        .collect();
    let states = states(raw);
    let pieces = pack(&states);
    assert!(pieces.len() > 5, "{} pieces", pieces.len());
    for piece in &pieces {
        assert!(
            piece.len() <= PIECE_BYTES,
            "a piece of {} bytes",
            piece.len()
        );
        assert!(piece.ends_with('\n'), "a piece ends with a whole line");
    }
    assert_eq!(unpack(pieces.iter().map(String::as_str)).unwrap(), states);
}

#[test]
fn malformed_snapshots_are_refused_with_the_piece_and_line() {
    assert_eq!(unpack([""]).unwrap(), HashMap::new());
    assert_eq!(
        unpack(["a,1,1,250,20\n", "a,1,1,250,20\nb,1,1,250"]).unwrap_err(),
        "snapshot piece 2, line 2: \"b,1,1,250\""
    );
    assert!(unpack(["a,1,1,250,20,9"]).is_err(), "too many fields");
    assert!(unpack([",1,1,250,20"]).is_err(), "no id");
    assert!(unpack(["a,-1,1,250,20"]).is_err(), "negative repetitions");
    assert!(unpack(["a,1,1,99999,20"]).is_err(), "ef out of range");
}
