//! The packed snapshot of card states round-trips and refuses malformed text.
#![cfg(not(target_arch = "wasm32"))]

use archdrill::core::srs::log::CardStates;
use archdrill::core::srs::sm2::Sm2State;
use archdrill::core::srs::snapshot::{pack, unpack};
use archdrill::core::srs::study_day::StudyDay;
use proptest::prelude::*;

proptest! {
    #[test]
    fn any_states_round_trip(states in proptest::collection::hash_map(
        "[a-z0-9-]{1,40}",
        (0u32..1000, 0u32..100_000, 130u16..400, -1000i32..200_000),
        0..200,
    )) {
        let states: CardStates = states
            .into_iter()
            .map(|(id, (repetitions, interval, ef100, due))| (id, Sm2State { repetitions, interval, ef100, due: StudyDay(due) }))
            .collect();
        prop_assert_eq!(unpack(&pack(&states)).unwrap(), states);
    }
}

#[test]
fn malformed_snapshots_are_refused_with_the_line() {
    assert_eq!(unpack("").unwrap(), CardStates::default());
    assert_eq!(
        unpack("a,1,1,250,20\nb,1,1,250").unwrap_err(),
        "snapshot line 2: \"b,1,1,250\""
    );
    assert!(unpack("a,1,1,250,20,9").is_err(), "too many fields");
    assert!(unpack(",1,1,250,20").is_err(), "no id");
    assert!(unpack("a,-1,1,250,20").is_err(), "negative repetitions");
    assert!(unpack("a,1,1,99999,20").is_err(), "ef out of range");
}
