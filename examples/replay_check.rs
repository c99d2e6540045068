//! Checks a dump of a browser's database (written by `tests/e2e/kill.test.mjs`) against the
//! core's replay: every stored card state must equal the replay of the stored event log, and
//! the snapshot the replay of the events up to its id. Prints a JSON summary; exits 1 on any
//! difference.
//!
//! `cargo run --release --example replay_check -- dump.json`, where the dump is
//! `{ "events": [Event…], "cards": [{ "id", "state" }…], "snapshot": { "upto", "packed" } | null }`.

use archdrill::core::srs::event::Event;
use archdrill::core::srs::log::{rebuild_states, CardStates};
use archdrill::core::srs::sm2::Sm2State;
use archdrill::core::srs::snapshot;
use serde::Deserialize;
use std::process::ExitCode;

/// A stored card record.
#[derive(Deserialize)]
struct CardRecord {
    id: String,
    state: Sm2State,
}

/// The snapshot record, its packed text already decoded.
#[derive(Deserialize)]
struct SnapshotRecord {
    upto: String,
    packed: String,
}

/// What the test dumped.
#[derive(Deserialize)]
struct Dump {
    events: Vec<Event>,
    cards: Vec<CardRecord>,
    snapshot: Option<SnapshotRecord>,
}

/// The ids of cards whose state differs between `expected` and `stored`, sorted.
fn differences(expected: &CardStates, stored: &CardStates) -> Vec<String> {
    let mut ids: Vec<String> = expected
        .iter()
        .filter(|(id, state)| stored.get(*id) != Some(state))
        .map(|(id, _)| id.clone())
        .chain(
            stored
                .keys()
                .filter(|id| !expected.contains_key(*id))
                .cloned(),
        )
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// The snapshot's differences from the replay of the events up to its id.
fn snapshot_differences(dump: &Dump) -> Result<Vec<String>, String> {
    let Some(snap) = &dump.snapshot else {
        return Ok(Vec::new());
    };
    let upto = dump.events.iter().filter(|e| e.id.0 <= snap.upto);
    Ok(differences(
        &rebuild_states(upto),
        &snapshot::unpack(&snap.packed)?,
    ))
}

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .expect("usage: replay_check <dump.json>");
    let text = std::fs::read_to_string(&path).expect("the dump file");
    let dump: Dump = serde_json::from_str(&text).expect("a dump of events, cards and snapshot");
    let replayed = rebuild_states(&dump.events);
    let stored: CardStates = dump.cards.iter().map(|c| (c.id.clone(), c.state)).collect();
    let cards = differences(&replayed, &stored);
    let snapshot = snapshot_differences(&dump).unwrap_or_else(|e| vec![format!("unreadable: {e}")]);
    let reviews = dump.events.iter().filter(|e| e.grade().is_some()).count();
    println!(
        "{}",
        serde_json::json!({ "events": dump.events.len(), "reviews": reviews, "cards": stored.len(),
            "cards_differing": cards, "snapshot_differing": snapshot })
    );
    if cards.is_empty() && snapshot.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
