//! The estimator's "Insert into notes": its inputs and results as Markdown tables, each
//! result with its formula, and the units and rounding stated below them.

use crate::core::estimate::figures::{Figure, Inputs};
use crate::core::estimate::units::{bytes, count, dollars, ROUNDING, UNITS};
use crate::core::text::decimal::short;

/// The inputs as (name, value written) rows.
pub fn input_rows(i: &Inputs) -> Vec<(&'static str, String)> {
    vec![
        ("Daily active users", count(i.daily_users)),
        ("Actions per user a day", count(i.actions_per_user)),
        (
            "Read:write ratio",
            format!("{}:1", count(i.reads_per_write)),
        ),
        ("Payload", bytes(i.payload_bytes)),
        ("Peak factor", format!("{}×", short(i.peak_factor))),
        ("Retention", format!("{} days", count(i.retention_days))),
        ("Replication factor", format!("{}×", short(i.replication))),
        (
            "Per-instance capacity",
            format!("{}/s", count(i.instance_capacity)),
        ),
        (
            "Utilisation target",
            format!("{} %", count(i.utilisation * 100.0)),
        ),
        (
            "Instance price",
            format!("{}/month", dollars(i.instance_price)),
        ),
        (
            "Storage price",
            format!("{}/GB-month", dollars(i.storage_price)),
        ),
        ("Egress price", format!("{}/GB", dollars(i.egress_price))),
    ]
}

/// The Markdown pasted into the notes: a table of inputs, a table of results with their
/// formulas, and a line on units and rounding.
///
/// ```
/// use archdrill::core::estimate::{figures::{estimate, Inputs}, notes::markdown};
/// let inputs = Inputs::default();
/// let text = markdown(&inputs, &estimate(&inputs).unwrap());
/// assert!(text.contains("| Average write rate | 11.5/s | 990k writes/day ÷ 86,400 s ≈ 11.5/s |"));
/// ```
pub fn markdown(inputs: &Inputs, figures: &[Figure]) -> String {
    let mut text = String::from("| Input | Value |\n|---|---|\n");
    for (name, value) in input_rows(inputs) {
        text += &format!("| {name} | {value} |\n");
    }
    text += "\n| Result | Value | Formula |\n|---|---|---|\n";
    for f in figures {
        text += &format!("| {} | {} | {} |\n", f.name, f.shown(), f.formula);
    }
    text += &format!("\nUnits: {UNITS}. Rounding: {ROUNDING}.\n");
    text
}
