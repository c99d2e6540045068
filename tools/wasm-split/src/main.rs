//! `archdrill-wasm-split <linked.wasm> <out-dir> <main-module> <link-name>`
//!
//! Splits the linked (not yet wasm-bindgen'ed) wasm at its `#[wasm_split]` points with the
//! `wasm_split_cli_support` crate: `<out-dir>/main.wasm` (for wasm-bindgen), `split_*.wasm` and
//! `chunk_*.wasm`, and `<out-dir>/<link-name>`, the loader the main module imports, which imports
//! `initSync` from `<main-module>` (a path relative to the loader). Prints one line per split
//! point: its name, then the files it needs, space-separated.
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_dir, main_module, link_name] = args.as_slice() else {
        eprintln!("usage: archdrill-wasm-split <linked.wasm> <out-dir> <main-module> <link-name>");
        return ExitCode::from(2);
    };
    let wasm = match std::fs::read(input) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("archdrill-wasm-split: {input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let out_dir = PathBuf::from(out_dir);
    let main_out = out_dir.join("main.wasm");
    let mut options = wasm_split_cli_support::Options::new(&wasm);
    options.output_dir = &out_dir;
    options.main_out_path = &main_out;
    options.main_module = main_module;
    options.link_name = link_name;
    match wasm_split_cli_support::transform(options) {
        Ok(split) => {
            let mut splits: Vec<_> = split.prefetch_map.into_iter().collect();
            splits.sort();
            for (name, files) in splits {
                println!("{name} {}", files.join(" "));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("archdrill-wasm-split: {e:?}");
            ExitCode::FAILURE
        }
    }
}
