//! A part of a whole, kept as two integers, with its percentage and decimal text by integer
//! arithmetic (no float formatting in the wasm).

/// `part` out of `whole`: passed of total reviews, days studied of days, a sum over a count.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ratio {
    /// The counted part (or a sum, for a mean).
    pub part: u64,
    /// The whole (or the count, for a mean); 0 when there is nothing to count.
    pub whole: u64,
}

impl Ratio {
    /// `part` of `whole`.
    pub fn new(part: u64, whole: u64) -> Ratio {
        Ratio { part, whole }
    }

    /// The value rounded half up to a whole number (`None` when the whole is 0).
    pub fn rounded(self) -> Option<u64> {
        (self.whole > 0).then(|| (2 * self.part + self.whole) / (2 * self.whole))
    }

    /// The value as a whole percentage, rounded half up (`None` when the whole is 0).
    pub fn percent(self) -> Option<u64> {
        Ratio::new(self.part * 100, self.whole).rounded()
    }

    /// The value with `places` decimals, rounded half up: 2/3 at 2 places is "0.67"
    /// (`None` when the whole is 0).
    pub fn decimal(self, places: u32) -> Option<String> {
        let scale = 10_u64.pow(places);
        let units = Ratio::new(self.part * scale, self.whole).rounded()?;
        let width = places as usize;
        Some(match places {
            0 => units.to_string(),
            _ => format!("{}.{:0width$}", units / scale, units % scale),
        })
    }

    /// `part × 2^bits / whole` rounded down (0 for an empty ratio): a key that orders
    /// ratios by value, exact to 2^-bits.
    pub fn scaled(self, bits: u32) -> u64 {
        (u128::from(self.part) << bits)
            .checked_div(u128::from(self.whole))
            .map_or(0, |k| u64::try_from(k).unwrap_or(u64::MAX))
    }
}
