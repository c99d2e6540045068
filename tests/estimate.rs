//! The estimator (`core::estimate`) against cases worked by hand: every figure, its
//! formula, the units both ways, rounding, inputs refused, and the Markdown for the notes.
#![cfg(not(target_arch = "wasm32"))]

use archdrill::core::estimate::figures::{estimate, Figure, InputError, Inputs};
use archdrill::core::estimate::notes::markdown;
use archdrill::core::estimate::units::{bytes, bytes_per_second, count, decimal_bytes, dollars};

/// 1M users × 100 actions, 4 reads a write, 1,000 B, peak 2×, 30 days, 3 copies, 500/s an
/// instance at 50 %, $100 an instance, $0.02 a GB-month, $0.05 a GB out.
fn case() -> Inputs {
    Inputs {
        daily_users: 1e6,
        actions_per_user: 100.0,
        reads_per_write: 4.0,
        payload_bytes: 1_000.0,
        peak_factor: 2.0,
        retention_days: 30.0,
        replication: 3.0,
        instance_capacity: 500.0,
        utilisation: 0.5,
        instance_price: 100.0,
        storage_price: 0.02,
        egress_price: 0.05,
    }
}

/// The figure called `name`.
fn named<'a>(figures: &'a [Figure], name: &str) -> &'a Figure {
    figures
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no {name}"))
}

#[test]
fn every_figure_of_a_case_worked_by_hand() {
    let figures = estimate(&case()).unwrap();
    // 100M/day; 100M ÷ 5 = 20M writes, 80M reads; 20M ÷ 86,400 = 231.48/s, × 4 = 925.93/s;
    // peaks × 2: 462.96 and 1,851.85; stored 20M × 1,000 × 3 = 6e10 B a day (÷ 2³⁰ = 55.88
    // GiB), × 365 = 2.19e13 (19.92 TiB), × 30 = 1.8e12 (1.637 TiB); in 231,481 B/s (226.05
    // KiB/s), out 925,926 B/s (904.22 KiB/s); peak 2,314.8/s ÷ 250 = 9.26 → 10 instances;
    // cost 10 × $100 + 1,800 GB × $0.02 + (925,926 × 2,628,000 = 2.4333e12 B) 2,433.3 GB ×
    // $0.05 = $1,000 + $36 + $121.67 = $1,157.67.
    let expected = [
        ("Requests", 100e6, "100M/day", "1M users × 100 actions ≈ 100M/day"),
        ("Writes", 20e6, "20M/day", "100M/day ÷ (1 + 4 reads a write) ≈ 20M/day"),
        ("Average write rate", 231.481, "231/s", "20M writes/day ÷ 86,400 s ≈ 231/s"),
        ("Average read rate", 925.926, "926/s", "231/s × 4 reads a write ≈ 926/s"),
        ("Peak write rate", 462.963, "463/s", "231/s × peak 2 ≈ 463/s"),
        ("Peak read rate", 1851.852, "1.85k/s", "926/s × peak 2 ≈ 1.85k/s"),
        ("Storage a day", 6e10, "60 GB (55.9 GiB)", "20M writes/day × 1 KB × 3 copies ≈ 60 GB (55.9 GiB)"),
        ("Storage a year", 2.19e13, "21.9 TB (19.9 TiB)", "60 GB/day × 365 days ≈ 21.9 TB (19.9 TiB)"),
        ("Storage kept", 1.8e12, "1.8 TB (1.64 TiB)", "60 GB/day × 30 days retention ≈ 1.8 TB (1.64 TiB)"),
        ("Bandwidth in", 231_481.5, "231 KB/s (226 KiB/s)", "231 writes/s × 1 KB ≈ 231 KB/s (226 KiB/s)"),
        ("Bandwidth out", 925_925.9, "926 KB/s (904 KiB/s)", "926 reads/s × 1 KB ≈ 926 KB/s (904 KiB/s)"),
        ("Instances", 10.0, "10", "2.31k/s at peak ÷ (500/s × 50 % utilisation), rounded up ≈ 10"),
        ("Monthly cost", 1157.67, "$1,158/month", "10 instances × $100 + 1.8 TB stored × $0.02/GB + 2.43 TB out a month × $0.05/GB ≈ $1,158/month"),
    ];
    assert_eq!(figures.len(), expected.len());
    for (figure, (name, value, shown, formula)) in figures.iter().zip(expected) {
        assert_eq!(figure.name, name);
        assert!(
            (figure.value - value).abs() / value < 1e-4,
            "{name}: {} against {value}",
            figure.value
        );
        assert_eq!(
            (figure.shown().as_str(), figure.formula.as_str()),
            (shown, formula),
            "{name}"
        );
    }
}

#[test]
fn the_issue_s_example_of_a_hundred_million_a_month() {
    // 100M writes a month: 100M ÷ 2.628M s = 38.05/s. As daily figures: 3.2877M users a
    // day × 1 write, no reads (100M ÷ 30.4167 days = 3.2877M a day).
    let inputs = Inputs {
        daily_users: 100e6 / (365.0 / 12.0),
        actions_per_user: 1.0,
        reads_per_write: 0.0,
        ..case()
    };
    let figures = estimate(&inputs).unwrap();
    assert_eq!(named(&figures, "Average write rate").shown(), "38.1/s");
    assert_eq!(named(&figures, "Average read rate").shown(), "0/s");
}

#[test]
fn instances_round_up_and_never_fall_below_one() {
    // peak 0.0116 + 1.157 = 1.169/s at 500 × 0.5 = 250/s an instance: 0.005 → 1.
    let tiny = Inputs {
        daily_users: 1_000.0,
        ..case()
    };
    assert_eq!(named(&estimate(&tiny).unwrap(), "Instances").value, 1.0);
    // 1e-200 users × 1e-200 actions underflow to no requests at all: still one instance.
    let none = Inputs {
        daily_users: 1e-200,
        actions_per_user: 1e-200,
        ..case()
    };
    assert_eq!(named(&estimate(&none).unwrap(), "Instances").value, 1.0);
    // exactly 2,500/s at peak against 250/s: 10, not 11. 2,500 ÷ 2 = 1,250/s average, ×
    // 86,400 = 108M requests a day: 1.08M users × 100.
    let exact = Inputs {
        daily_users: 1.08e6,
        ..case()
    };
    assert_eq!(named(&estimate(&exact).unwrap(), "Instances").value, 10.0);
}

#[test]
fn units_are_powers_of_ten_with_powers_of_two_beside() {
    assert_eq!(count(0.0), "0");
    assert_eq!(count(7.0), "7");
    assert_eq!(count(12.345), "12.3");
    assert_eq!(count(999.4), "999");
    assert_eq!(count(999.5), "1k");
    assert_eq!(count(1_234_567.0), "1.23M");
    assert_eq!(count(2.5e9), "2.5B");
    assert_eq!(count(4e15), "4,000T");
    assert_eq!(bytes(999.0), "999 B");
    assert_eq!(bytes(1_000.0), "1 KB (0.98 KiB)");
    assert_eq!(bytes(1_024.0), "1.02 KB (1 KiB)");
    assert_eq!(bytes(5e15), "5 PB (4.44 PiB)");
    assert_eq!(decimal_bytes(5e15), "5 PB");
    assert_eq!(bytes_per_second(12e6), "12 MB/s (11.4 MiB/s)");
    assert_eq!(
        (dollars(9.994), dollars(10.4), dollars(1_234_567.5)),
        ("$9.99".into(), "$10".into(), "$1,234,568".into())
    );
}

#[test]
fn inputs_out_of_range_are_named() {
    let cases = [
        (
            Inputs {
                daily_users: 0.0,
                ..case()
            },
            "daily active users must be a number above 0",
        ),
        (
            Inputs {
                payload_bytes: f64::NAN,
                ..case()
            },
            "payload bytes must be a number above 0",
        ),
        (
            Inputs {
                reads_per_write: -1.0,
                ..case()
            },
            "reads per write must be a number of 0 or more",
        ),
        (
            Inputs {
                egress_price: f64::INFINITY,
                ..case()
            },
            "egress price must be a number of 0 or more",
        ),
        (
            Inputs {
                utilisation: 1.5,
                ..case()
            },
            "utilisation must be above 0 and at most 1 (100 %)",
        ),
        (
            Inputs {
                utilisation: 0.0,
                ..case()
            },
            "utilisation must be above 0 and at most 1 (100 %)",
        ),
    ];
    for (inputs, message) in cases {
        assert_eq!(estimate(&inputs), Err(InputError(message.into())));
    }
}

#[test]
fn the_notes_get_both_tables_units_and_rounding() {
    let inputs = case();
    let text = markdown(&inputs, &estimate(&inputs).unwrap());
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        &lines[..4],
        [
            "| Input | Value |",
            "|---|---|",
            "| Daily active users | 1M |",
            "| Actions per user a day | 100 |"
        ]
    );
    for row in [
        "| Read:write ratio | 4:1 |",
        "| Payload | 1 KB (0.98 KiB) |",
        "| Peak factor | 2× |",
        "| Utilisation target | 50 % |",
        "| Storage price | $0.02/GB-month |",
    ] {
        assert!(lines.contains(&row), "{row} missing from\n{text}");
    }
    assert!(lines.contains(&"| Result | Value | Formula |"));
    assert!(lines.contains(&"| Peak read rate | 1.85k/s | 926/s × peak 2 ≈ 1.85k/s |"));
    assert!(
        text.ends_with("rounded half away from zero; instances rounded up.\n"),
        "{text}"
    );
    assert!(text.contains("Units: k, M, B, T = 10³, 10⁶, 10⁹, 10¹²"));
}
