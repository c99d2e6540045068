//! Recomputes the figures of every interview from the arithmetic annotated beside it in
//! `interviews/numbers/<id>.toml` and fails when a claimed figure drifts from its arithmetic,
//! when the text it backs is no longer in the interview, or when that text no longer shows it.
#![cfg(not(target_arch = "wasm32"))]

mod expr;

use serde::Deserialize;
use std::collections::HashMap;
use std::fs;
use std::path::Path;

/// One annotated calculation.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Check {
    /// Binds the value for later expressions.
    name: Option<String>,
    /// The arithmetic; without it the check is an input stated by the text.
    expr: Option<String>,
    /// The figure the interview shows, in the unit the text uses.
    claim: f64,
    /// Allowed relative difference between `expr` and `claim` (0 = exact).
    #[serde(default)]
    tol: f64,
    /// A verbatim passage of the interview file (whitespace-insensitive) that shows `claim`.
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NumbersFile {
    check: Vec<Check>,
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * b.abs().max(a.abs()) + 1e-9 * b.abs().max(1.0)
}

/// Checks one numbers file against the interview text; returns one message per problem.
fn check_file(label: &str, interview: &str, numbers: &str) -> Vec<String> {
    let file: NumbersFile = match toml::from_str(numbers) {
        Ok(file) => file,
        Err(e) => return vec![format!("{label}: {e}")],
    };
    let body = squash(interview);
    let mut vars = HashMap::new();
    let mut errors = Vec::new();
    for (n, check) in file.check.iter().enumerate() {
        let at = format!("{label} check {} ({:?})", n + 1, check.text);
        let value = match check.expr.as_deref().map(|e| expr::eval(e, &vars)) {
            None => check.claim,
            Some(Ok(v)) => v,
            Some(Err(e)) => {
                errors.push(format!("{at}: {e}"));
                continue;
            }
        };
        if !close(value, check.claim, check.tol) {
            let expr = check.expr.as_deref().unwrap_or_default();
            errors.push(format!(
                "{at}: {expr} = {value}, but the text claims {} (tolerance {})",
                check.claim, check.tol
            ));
        }
        let text = squash(&check.text);
        if !body.contains(&text) {
            errors.push(format!("{at}: this text is not in the interview"));
        } else if !expr::numbers_in(&text)
            .iter()
            .any(|&shown| close(shown, check.claim, 0.0))
        {
            errors.push(format!("{at}: the text does not show {}", check.claim));
        }
        if let Some(name) = &check.name {
            if vars.insert(name.clone(), value).is_some() {
                errors.push(format!("{at}: name {name:?} bound twice"));
            }
        }
    }
    errors
}

fn interview_ids() -> Vec<String> {
    let mut ids: Vec<String> = fs::read_dir("interviews")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    ids.sort();
    ids
}

#[test]
fn every_claimed_figure_matches_its_arithmetic() {
    let ids = interview_ids();
    assert_eq!(ids.len(), 15, "the fifteen interviews");
    let mut errors = Vec::new();
    for id in &ids {
        let numbers = Path::new("interviews/numbers").join(format!("{id}.toml"));
        let Ok(text) = fs::read_to_string(&numbers) else {
            errors.push(format!("{}: missing", numbers.display()));
            continue;
        };
        let interview = fs::read_to_string(format!("interviews/{id}.toml")).unwrap();
        let label = numbers.display().to_string();
        let count = toml::from_str::<NumbersFile>(&text).map_or(0, |f| f.check.len());
        if count < 10 {
            errors.push(format!("{label}: only {count} checks"));
        }
        errors.extend(check_file(&label, &interview, &text));
    }
    assert!(errors.is_empty(), "\n{}", errors.join("\n"));
}

const DEMO: &str = "reference = \"\"\"10B keys × 1.1 KB ≈ **11 TB\nlogical** × RF 3 ≈ 33 TB\"\"\"";

fn demo(numbers: &str) -> Vec<String> {
    check_file("demo", DEMO, numbers)
}

#[test]
fn a_true_figure_passes() {
    let ok = r#"
[[check]]
name = "keys"
claim = 10e9
text = "10B keys"
[[check]]
expr = "keys * 1.1e3 * 3 / 1e12"
claim = 33
tol = 0.01
text = "RF 3 ≈ 33 TB"
[[check]]
expr = "keys * 1.1e3 / 1e12"
claim = 11
text = "≈ **11 TB logical**"
"#;
    assert_eq!(demo(ok), Vec::<String>::new());
}

#[test]
fn a_drifted_figure_fails() {
    let wrong_sum =
        "[[check]]\nexpr = \"10e9 * 1e3 * 3 / 1e12\"\nclaim = 33\ntol = 0.05\ntext = \"≈ 33 TB\"";
    assert!(demo(wrong_sum)[0].contains("but the text claims 33"));
    let gone = "[[check]]\nclaim = 44\ntext = \"≈ 44 TB\"";
    assert!(demo(gone)[0].ends_with("this text is not in the interview"));
    let unshown = "[[check]]\nclaim = 34\ntext = \"≈ 33 TB\"";
    assert!(demo(unshown)[0].ends_with("the text does not show 34"));
    let unbound = "[[check]]\nexpr = \"nodes * 2\"\nclaim = 33\ntext = \"33 TB\"";
    assert!(demo(unbound)[0].contains("unknown name \"nodes\""));
}

#[test]
fn expressions_and_prose_numbers() {
    let vars = HashMap::from([("n".to_string(), 36.0)]);
    assert_eq!(expr::eval("2^3*2 + -1 - n/4", &vars), Ok(6.0));
    assert_eq!(
        expr::eval("max(1, sqrt(16), 2) + ceil(1.2) + 1.5e3", &vars),
        Ok(1506.0)
    );
    assert_eq!(
        expr::numbers_in("~31k ops/s, 1,160 calls/s, 1.1M/s, 2.7%, p99 3 s, 1, 2, 4 s, 10."),
        vec![31e3, 1160.0, 1.1e6, 2.7, 3.0, 1.0, 2.0, 4.0, 10.0]
    );
    assert_eq!(
        expr::numbers_in("4 TB, 3.2 Gbps, 10B keys, 1MB"),
        vec![4.0, 3.2, 10e9, 1.0]
    );
}
