//! How the estimator writes its figures: counts with k, M, B and T (powers of ten), bytes in
//! KB, MB, GB, TB and PB (powers of ten) with the power-of-two figure (KiB, MiB, …) beside
//! them where the two read differently, and dollars. Every figure has three significant
//! digits, rounded half away from zero, by `text::decimal` (no float formatting).

use crate::core::text::decimal::{fixed, grouped};

/// What the rounding of every figure is, in words, for the estimator's notes.
pub const ROUNDING: &str = "figures to 3 significant digits, rounded half away from zero; \
instances rounded up";

/// What the units mean, in words, for the estimator's notes.
pub const UNITS: &str = "k, M, B, T = 10³, 10⁶, 10⁹, 10¹²; KB, MB, GB, TB, PB = 10³ … 10¹⁵ \
bytes (KiB, MiB, GiB, TiB, PiB = 2¹⁰ … 2⁵⁰ in brackets)";

/// `value` (0 ≤ value < 1000) to three significant digits, trailing zeros dropped.
fn significant(value: f64) -> String {
    let places = if value >= 100.0 {
        0
    } else if value >= 10.0 {
        1
    } else {
        2
    };
    let text = fixed(value, places);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// `value` scaled by powers of `step` to the largest of `prefixes` it reaches, to three
/// significant digits: the number and its prefix.
fn scaled(value: f64, step: f64, prefixes: &[&'static str]) -> (String, &'static str) {
    let mut k = 0;
    let mut v = value.abs();
    while v >= 1000.0 && k + 1 < prefixes.len() {
        v /= step;
        k += 1;
    }
    let mut text = significant(v);
    if text == "1000" && k + 1 < prefixes.len() {
        k += 1;
        text = significant(v / step);
    }
    if v >= 1000.0 {
        text = grouped(v.round() as u64);
    }
    let sign = if value < 0.0 && text != "0" { "-" } else { "" };
    (format!("{sign}{text}"), prefixes[k])
}

/// A count with k, M, B or T: 210, 18.2M, 1.5k.
///
/// ```
/// use archdrill::core::estimate::units::count;
/// assert_eq!((count(210.4), count(18_181_818.0), count(1_500.0), count(999_600.0), count(0.35)),
///            ("210".into(), "18.2M".into(), "1.5k".into(), "1M".into(), "0.35".into()));
/// ```
pub fn count(value: f64) -> String {
    let (number, prefix) = scaled(value, 1000.0, &["", "k", "M", "B", "T"]);
    format!("{number}{prefix}")
}

/// Bytes in powers of ten, with the power-of-two figure in brackets where it reads
/// differently: "1.5 TB (1.36 TiB)", "512 B".
///
/// ```
/// use archdrill::core::estimate::units::bytes;
/// assert_eq!((bytes(1.5e12), bytes(512.0)), ("1.5 TB (1.36 TiB)".into(), "512 B".into()));
/// ```
pub fn bytes(value: f64) -> String {
    bytes_per(value, "")
}

/// Bytes in powers of ten only, as formulas write them: "1.5 TB".
pub fn decimal_bytes(value: f64) -> String {
    let (decimal, unit) = scaled(value, 1000.0, &DECIMAL);
    format!("{decimal} {unit}")
}

/// Bytes a second, both ways: "231 KB/s (226 KiB/s)".
pub fn bytes_per_second(value: f64) -> String {
    bytes_per(value, "/s")
}

/// Prefixes of bytes by powers of ten.
const DECIMAL: [&str; 6] = ["B", "KB", "MB", "GB", "TB", "PB"];

/// Bytes with `per` after each unit, the power-of-two figure in brackets where it differs.
fn bytes_per(value: f64, per: &str) -> String {
    let (decimal, unit) = scaled(value, 1000.0, &DECIMAL);
    let (binary, binary_unit) = scaled(value, 1024.0, &["B", "KiB", "MiB", "GiB", "TiB", "PiB"]);
    if decimal == binary && unit == "B" {
        format!("{decimal} {unit}{per}")
    } else {
        format!("{decimal} {unit}{per} ({binary} {binary_unit}{per})")
    }
}

/// Dollars: whole dollars from $10, cents below.
///
/// ```
/// use archdrill::core::estimate::units::dollars;
/// assert_eq!((dollars(12_345.6), dollars(4.5)), ("$12,346".into(), "$4.50".into()));
/// ```
pub fn dollars(value: f64) -> String {
    if value >= 10.0 {
        format!("${}", grouped(value.round() as u64))
    } else {
        format!("${}", fixed(value, 2))
    }
}
