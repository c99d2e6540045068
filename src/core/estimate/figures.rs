//! The estimator's arithmetic: from daily users, actions, the read:write ratio, payload,
//! peak factor, retention, replication, per-instance capacity and unit prices to request
//! rates, storage, bandwidth, instances and a monthly cost, each result with its formula in
//! words.

use crate::core::estimate::units::{bytes, bytes_per_second, count, decimal_bytes, dollars};

/// Seconds in a day.
pub const SECONDS_PER_DAY: f64 = 86_400.0;
/// Seconds in an average month (365 days ÷ 12 = 2.63M s).
pub const SECONDS_PER_MONTH: f64 = 365.0 * SECONDS_PER_DAY / 12.0;
/// Bytes in a GB (powers of ten, as clouds bill).
const GB: f64 = 1e9;

/// What the candidate puts in.
#[derive(Debug, Clone, PartialEq)]
pub struct Inputs {
    /// Daily active users.
    pub daily_users: f64,
    /// Requests each user makes a day, reads and writes together.
    pub actions_per_user: f64,
    /// Reads for every write (10 for 10:1).
    pub reads_per_write: f64,
    /// Bytes a write stores and a read returns.
    pub payload_bytes: f64,
    /// Peak traffic over the day's average.
    pub peak_factor: f64,
    /// Days data is kept.
    pub retention_days: f64,
    /// Copies of every byte stored.
    pub replication: f64,
    /// Requests a second one instance serves.
    pub instance_capacity: f64,
    /// The share of its capacity an instance runs at, at peak (0.6 for 60 %).
    pub utilisation: f64,
    /// Dollars an instance costs a month.
    pub instance_price: f64,
    /// Dollars a GB stored costs a month.
    pub storage_price: f64,
    /// Dollars a GB sent out costs.
    pub egress_price: f64,
}

impl Default for Inputs {
    /// A URL shortener at 10M daily users: 10 actions a day, 100 reads a write, 500 B each,
    /// peak 3× average, 5 years kept, 3 copies, 1,000 requests/s an instance at 60 %,
    /// $150 an instance, $0.023 a GB-month stored (S3 standard) and $0.09 a GB out.
    fn default() -> Inputs {
        Inputs {
            daily_users: 10e6,
            actions_per_user: 10.0,
            reads_per_write: 100.0,
            payload_bytes: 500.0,
            peak_factor: 3.0,
            retention_days: 5.0 * 365.0,
            replication: 3.0,
            instance_capacity: 1_000.0,
            utilisation: 0.6,
            instance_price: 150.0,
            storage_price: 0.023,
            egress_price: 0.09,
        }
    }
}

/// What a result measures, and so how it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Things a day.
    PerDay,
    /// Requests a second.
    PerSecond,
    /// Bytes.
    Bytes,
    /// Bytes a second.
    BytesPerSecond,
    /// Instances (whole).
    Instances,
    /// Dollars a month.
    DollarsPerMonth,
}

impl Measure {
    /// `value` written in this measure's units.
    pub fn show(self, value: f64) -> String {
        match self {
            Measure::PerDay => format!("{}/day", count(value)),
            Measure::PerSecond => format!("{}/s", count(value)),
            Measure::Bytes => bytes(value),
            Measure::BytesPerSecond => bytes_per_second(value),
            Measure::Instances => count(value),
            Measure::DollarsPerMonth => format!("{}/month", dollars(value)),
        }
    }
}

/// One result.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// What it is.
    pub name: &'static str,
    /// Its value, in the measure's base unit.
    pub value: f64,
    /// How it is written.
    pub measure: Measure,
    /// How it was worked out: "18.2M writes/day ÷ 86,400 s ≈ 210/s".
    pub formula: String,
}

impl Figure {
    /// The value as written: "210/s".
    pub fn shown(&self) -> String {
        self.measure.show(self.value)
    }
}

/// Why inputs cannot be estimated: the input named and what it must be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError(pub String);

/// The figures for `inputs`, in the order the estimator shows them, or the first input out
/// of range.
///
/// ```
/// use archdrill::core::estimate::figures::{estimate, Inputs};
/// let figures = estimate(&Inputs::default()).unwrap();
/// assert_eq!((figures[2].name, figures[2].shown().as_str()), ("Average write rate", "11.5/s"));
/// ```
pub fn estimate(inputs: &Inputs) -> Result<Vec<Figure>, InputError> {
    check(inputs)?;
    let i = inputs;
    let per_day = i.daily_users * i.actions_per_user;
    let writes_day = per_day / (1.0 + i.reads_per_write);
    let write_s = writes_day / SECONDS_PER_DAY;
    let read_s = write_s * i.reads_per_write;
    let t = Totals {
        per_day,
        writes_day,
        write_s,
        read_s,
    };
    let mut figures = traffic(i, &t);
    figures.extend(resources(i, &t));
    Ok(figures)
}

/// The daily and per-second totals the figures are worked from.
struct Totals {
    per_day: f64,
    writes_day: f64,
    write_s: f64,
    read_s: f64,
}

/// Requests, writes, and the average and peak rates.
fn traffic(i: &Inputs, t: &Totals) -> Vec<Figure> {
    let (c, pd, ps) = (count, Measure::PerDay, Measure::PerSecond);
    let users = format!(
        "{} users × {} actions",
        c(i.daily_users),
        c(i.actions_per_user)
    );
    let split = format!(
        "{}/day ÷ (1 + {} reads a write)",
        c(t.per_day),
        c(i.reads_per_write)
    );
    let average_write = format!("{} writes/day ÷ 86,400 s", c(t.writes_day));
    let average_read = format!(
        "{}/s × {} reads a write",
        c(t.write_s),
        c(i.reads_per_write)
    );
    let peak = |rate: f64| format!("{}/s × peak {}", c(rate), c(i.peak_factor));
    vec![
        figure("Requests", t.per_day, pd, users),
        figure("Writes", t.writes_day, pd, split),
        figure("Average write rate", t.write_s, ps, average_write),
        figure("Average read rate", t.read_s, ps, average_read),
        figure(
            "Peak write rate",
            t.write_s * i.peak_factor,
            ps,
            peak(t.write_s),
        ),
        figure(
            "Peak read rate",
            t.read_s * i.peak_factor,
            ps,
            peak(t.read_s),
        ),
    ]
}

/// Storage, bandwidth, instances and the monthly cost.
fn resources(i: &Inputs, t: &Totals) -> Vec<Figure> {
    let (c, b) = (count, decimal_bytes);
    let stored_day = t.writes_day * i.payload_bytes * i.replication;
    let kept = stored_day * i.retention_days;
    let out = t.read_s * i.payload_bytes;
    let peak = (t.read_s + t.write_s) * i.peak_factor;
    let instances = (peak / (i.instance_capacity * i.utilisation))
        .ceil()
        .max(1.0);
    let out_month = out * SECONDS_PER_MONTH;
    let cost = instances * i.instance_price
        + kept / GB * i.storage_price
        + out_month / GB * i.egress_price;
    let stored = format!(
        "{} writes/day × {} × {} copies",
        c(t.writes_day),
        b(i.payload_bytes),
        c(i.replication)
    );
    let year = format!("{}/day × 365 days", b(stored_day));
    let retention = format!(
        "{}/day × {} days retention",
        b(stored_day),
        c(i.retention_days)
    );
    let inbound = format!("{} writes/s × {}", c(t.write_s), b(i.payload_bytes));
    let outbound = format!("{} reads/s × {}", c(t.read_s), b(i.payload_bytes));
    let utilisation = c(i.utilisation * 100.0);
    let needed = format!(
        "{}/s at peak ÷ ({}/s × {utilisation} % utilisation), rounded up",
        c(peak),
        c(i.instance_capacity)
    );
    vec![
        figure("Storage a day", stored_day, Measure::Bytes, stored),
        figure("Storage a year", stored_day * 365.0, Measure::Bytes, year),
        figure("Storage kept", kept, Measure::Bytes, retention),
        figure(
            "Bandwidth in",
            t.write_s * i.payload_bytes,
            Measure::BytesPerSecond,
            inbound,
        ),
        figure("Bandwidth out", out, Measure::BytesPerSecond, outbound),
        figure("Instances", instances, Measure::Instances, needed),
        figure(
            "Monthly cost",
            cost,
            Measure::DollarsPerMonth,
            cost_formula(i, instances, kept, out_month),
        ),
    ]
}

/// A figure whose formula ends in "≈ value".
fn figure(name: &'static str, value: f64, measure: Measure, formula: String) -> Figure {
    let formula = format!("{formula} ≈ {}", measure.show(value));
    Figure {
        name,
        value,
        measure,
        formula,
    }
}

/// The monthly cost's formula: instances, storage kept and a month's bytes out, priced.
fn cost_formula(i: &Inputs, instances: f64, kept: f64, out_month: f64) -> String {
    format!(
        "{} instances × {} + {} stored × {}/GB + {} out a month × {}/GB",
        count(instances),
        dollars(i.instance_price),
        decimal_bytes(kept),
        dollars(i.storage_price),
        decimal_bytes(out_month),
        dollars(i.egress_price)
    )
}

/// The first input out of range, named.
fn check(i: &Inputs) -> Result<(), InputError> {
    let positive = [
        ("daily active users", i.daily_users),
        ("actions per user a day", i.actions_per_user),
        ("payload bytes", i.payload_bytes),
        ("peak factor", i.peak_factor),
        ("replication factor", i.replication),
        ("per-instance capacity", i.instance_capacity),
    ];
    let at_least_zero = [
        ("reads per write", i.reads_per_write),
        ("retention days", i.retention_days),
        ("instance price", i.instance_price),
        ("storage price", i.storage_price),
        ("egress price", i.egress_price),
    ];
    if let Some((name, _)) = positive.iter().find(|(_, v)| !(v.is_finite() && *v > 0.0)) {
        return Err(InputError(format!("{name} must be a number above 0")));
    }
    if let Some((name, _)) = at_least_zero
        .iter()
        .find(|(_, v)| !(v.is_finite() && *v >= 0.0))
    {
        return Err(InputError(format!("{name} must be a number of 0 or more")));
    }
    if !(i.utilisation > 0.0 && i.utilisation <= 1.0) {
        return Err(InputError(
            "utilisation must be above 0 and at most 1 (100 %)".into(),
        ));
    }
    Ok(())
}
