//! Times the notes renderer (`to_safe_html`) on the worst inputs known for a Markdown parser
//! (cmark's pathological tests and a few of the renderer's own), each about 100 KB, and prints
//! a Markdown table of the figures. Not a test: timings are read, never asserted.
//!
//! `cargo run --release --example notes_worst_case` runs every case in a child process of its
//! own, so that a case which crashes (say, overflowing the stack) or runs past the limit
//! (`NOTES_WORST_CASE_LIMIT_S`, default 20 s) is reported as such and the others still run.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use archdrill::core::text::markdown::to_safe_html;

/// About how many bytes each case's input has.
const SIZE: usize = 100_000;

/// `pattern` repeated to about `SIZE` bytes.
fn fill(pattern: &str) -> String {
    fill_to(pattern, SIZE)
}

/// `pattern` repeated to about `bytes` bytes.
fn fill_to(pattern: &str, bytes: usize) -> String {
    pattern.repeat(bytes / pattern.len())
}

/// `piece(i)` for i = 0, 1, … joined until the text reaches `SIZE` bytes.
fn grow(mut piece: impl FnMut(usize) -> String) -> String {
    let mut text = String::new();
    for i in 0.. {
        if text.len() >= SIZE {
            break;
        }
        text.push_str(&piece(i));
    }
    text
}

/// `SIZE` bytes drawn (with a fixed seed) from Markdown's punctuation, letters, blanks,
/// newlines and a few non-ASCII characters.
fn random(seed: u64) -> String {
    let alphabet: Vec<char> = "*_`[]()!<>#-+=|~\\&;:.1 a b\n\n\t\u{a0}\u{3000}é\u{301}"
        .chars()
        .collect();
    let mut state = seed;
    grow(|_| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        alphabet[(state % alphabet.len() as u64) as usize].to_string()
    })
}

/// Every case: its name and its input.
fn cases() -> Vec<(&'static str, String)> {
    let mut cases = block_cases();
    cases.extend(inline_cases());
    cases
}

/// The block cases: deep lists and quotes.
fn block_cases() -> Vec<(&'static str, String)> {
    vec![
        (
            "lists nested by indentation",
            grow(|i| format!("{}* a\n", "  ".repeat(i))),
        ),
        ("lists nested on one line `- - - … x`", fill("- ") + "x"),
        (
            "nested lists then blank lines",
            "- ".repeat(64) + "x" + &"\n".repeat(SIZE - 129),
        ),
        (
            "deep list lines, repeated",
            fill(&("- ".repeat(20) + "x\n")),
        ),
        (
            "deep items, then tab-indented lines",
            "- ".repeat(20) + "x\n" + &fill("\t\t\t\t\t\t\t\t\tx\n"),
        ),
        ("quotes nested `> > > … a`", fill("> ") + "a"),
        ("quotes nested `>>>…*a*`", fill(">") + "*a*"),
        (
            "quotes nested by line",
            grow(|i| format!("{} a\n", ">".repeat(i))),
        ),
    ]
}

/// The inline cases: emphasis, links, code spans; then tables and random text.
fn inline_cases() -> Vec<(&'static str, String)> {
    let half = SIZE / 16;
    vec![
        ("emphasis openers `*a `", fill("*a ")),
        ("emphasis closers `a_ `", fill("a_ ")),
        ("mismatched `*a_ `", fill("*a_ ")),
        (
            "multiple of 3 `a**b c* …`",
            "a**b".to_string() + &fill("c* "),
        ),
        (
            "nested `*a **a … a** a*`",
            "*a **a ".repeat(half) + "b" + &" a** a*".repeat(half),
        ),
        (
            "emphasis runs, then links `*a ` … `[b](/u) ` …",
            fill_to("*a ", SIZE / 2) + &fill_to("[b](/u) ", SIZE / 2),
        ),
        ("link openers `[`", fill("[")),
        ("link openers `[a`", fill("[a")),
        ("link closers `a]`", fill("a]")),
        (
            "nested brackets `[[[a]]]`",
            "[".repeat(SIZE / 2) + "a" + &"]".repeat(SIZE / 2),
        ),
        ("`[ (](` repeated", fill("[ (](")),
        ("`![[]()` repeated", fill("![[]()")),
        ("unclosed links `[a](<b`", fill("[a](<b")),
        ("unclosed links `[a](b`", fill("[a](b")),
        ("link openers, emphasis closers `[ a_`", fill("[ a_")),
        (
            "backtick runs `e` e`` e```…`",
            grow(|i| format!("e{}", "`".repeat(i + 1))),
        ),
        ("unclosed fences", fill("```\n")),
        (
            "many references",
            fill_to("[1]: /u\n", SIZE / 2) + &fill_to("[1] ", SIZE / 2),
        ),
        (
            "table, many rows",
            "| a | b |\n|---|---|\n".to_string() + &fill("| x | y |\n"),
        ),
        (
            "table, many columns",
            [
                fill_to("|a", SIZE / 3),
                fill_to("|-", SIZE / 3),
                fill_to("|x", SIZE / 3),
            ]
            .join("|\n"),
        ),
        ("random 100 KB (seed 1)", random(1)),
        ("random 100 KB (seed 2)", random(2)),
        ("random 100 KB (seed 3)", random(3)),
    ]
}

/// This thread's CPU time in ms, which other work on a shared machine does not add to.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn cpu_ms() -> f64 {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, time: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut time = Timespec { sec: 0, nsec: 0 };
    // SAFETY: clock_gettime only writes one timespec through the pointer it is given.
    unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut time) };
    time.sec as f64 * 1e3 + time.nsec as f64 / 1e6
}

/// No thread CPU clock here: the CPU column stays empty.
#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn cpu_ms() -> f64 {
    f64::NAN
}

/// Renders case `index` up to ten times (within about a second) and prints the fastest wall
/// and CPU times in ms: the machine is shared, and other work only ever adds time.
fn run_one(index: usize) {
    let (_, input) = cases().swap_remove(index);
    let started = Instant::now();
    let (mut wall, mut cpu) = (f64::INFINITY, f64::INFINITY);
    for _ in 0..10 {
        let (start, cpu_start) = (Instant::now(), cpu_ms());
        std::hint::black_box(to_safe_html(&input));
        wall = wall.min(start.elapsed().as_secs_f64() * 1e3);
        cpu = cpu.min(cpu_ms() - cpu_start);
        if started.elapsed() > Duration::from_secs(1) {
            break;
        }
    }
    println!("{wall:.2} | {cpu:.2}");
}

/// Runs case `index` in a child process; its figure, or why there is none.
fn time_in_child(index: usize, limit: Duration) -> String {
    let exe = std::env::current_exe().expect("this program's path");
    let mut child = Command::new(exe)
        .arg(index.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("a child process");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("the child's status") {
            let out = child.wait_with_output().expect("the child's output");
            let ms = String::from_utf8_lossy(&out.stdout).trim().to_string();
            return if status.success() {
                ms
            } else {
                format!("crashed ({status}) |")
            };
        }
        if start.elapsed() > limit {
            child.kill().expect("the child stopped");
            child.wait().expect("the child reaped");
            return format!("> {} s (stopped) |", limit.as_secs());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn main() {
    if let Some(index) = std::env::args().nth(1) {
        return run_one(index.parse().expect("a case number"));
    }
    let limit = std::env::var("NOTES_WORST_CASE_LIMIT_S")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    println!("| case | input bytes | wall ms | CPU ms |\n|---|--:|--:|--:|");
    for (index, (name, input)) in cases().iter().enumerate() {
        let figure = time_in_child(index, Duration::from_secs(limit));
        println!("| {name} | {} | {figure} |", input.len());
    }
}
