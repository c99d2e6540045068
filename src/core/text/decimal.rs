//! Decimal text for the few numbers the app prints with decimals (ratings, intervals, sizes),
//! by integer arithmetic: the wasm then carries no float formatting code.

/// `value` rounded half away from zero to `places` decimals: `fixed(0.716, 2)` is "0.72".
///
/// ```
/// use archdrill::core::text::decimal::fixed;
/// assert_eq!((fixed(0.716, 2), fixed(2.25, 1), fixed(-1.5, 0), fixed(7.0, 2)), ("0.72".into(), "2.3".into(), "-2".into(), "7.00".into()));
/// ```
pub fn fixed(value: f64, places: u32) -> String {
    let scale = 10_u64.pow(places);
    let scaled = (value * scale as f64).round();
    let sign = if scaled < 0.0 { "-" } else { "" };
    let units = scaled.abs() as u64;
    let whole = units / scale;
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        let width = places as usize;
        format!("{sign}{whole}.{:0width$}", units % scale)
    }
}

/// `value` with up to two decimals and no trailing zeros, as `{}` prints the short numbers
/// the app shows: 7, 5.5, 0.75.
///
/// ```
/// use archdrill::core::text::decimal::short;
/// assert_eq!((short(7.0), short(5.5), short(0.75), short(0.125)), ("7".into(), "5.5".into(), "0.75".into(), "0.13".into()));
/// ```
pub fn short(value: f64) -> String {
    let text = fixed(value, 2);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// `n` with a comma between each group of three digits: 1,204.
///
/// ```
/// use archdrill::core::text::decimal::grouped;
/// assert_eq!((grouped(7), grouped(1204), grouped(5_310_000)), ("7".into(), "1,204".into(), "5,310,000".into()));
/// ```
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// `n`, grouped, and the noun for it: "1 card", "1,204 cards".
pub fn counted(n: usize, one: &str, many: &str) -> String {
    let noun = if n == 1 { one } else { many };
    format!("{} {noun}", grouped(n as u64))
}
