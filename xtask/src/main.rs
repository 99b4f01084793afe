//! NewsLens build tasks, run as `cargo xtask <task>` (an alias in `.cargo/config.toml`).
//!
//! Every task installs what it needs first, idempotently, so a fresh Debian machine with only
//! the Rust toolchain needs nothing else.

mod bench;
mod bloat;
#[cfg(test)]
mod contrast;
mod dist;
mod e2e;
mod fuzz;
mod synthetic;
mod tidy;
mod tools;
mod views;
mod webdriver;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const USAGE: &str = "\
usage: cargo xtask <task>

tasks:
  install   install the wasm target, wasm-bindgen-cli, trunk, Chromium and wasm-opt if missing
  dist      build dist/newslens.html, one self-contained file that works from file://
  run       install, build dist/newslens.html, then `trunk serve` on http://127.0.0.1:8080
  e2e       build dist/newslens.html and check it from file:// in headless Chromium
  screenshots   build dist/newslens.html and write every view at 1400x900 and 390x844, light and
                dark, into docs/screenshots/
  bench     size, cold start, analysis throughput, search and memory in one table, into BENCHMARKS.md
  bench-build   cold start beside an empty page and `newslens build` on 1,000 and 10,000 synthetic
                articles only, printed (against the dist/newslens.html there is)
  bench-import  import 100 articles of about 5 KB (three times) and 1,000 of 1.7 KB through
                #import-files in headless Chromium, timed to analysed and indexed, with the
                longest frame gap and task, printed (builds dist/newslens.html first)
  bench-search  search index build and query latency, native, wasm and beside MiniSearch and FlexSearch
  fuzz [S]  run every fuzz target of core/fuzz for S seconds each (default 600)
  tidy      ARCHITECTURE.md names only paths and items that exist and every test; every source file
            opens with `//!`; no core or app file is over 1,000 lines
  test      install, then every check: fmt, tidy, clippy, native tests, purity, a fuzz smoke run,
            browser tests, e2e";

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    let result = match task.as_str() {
        "install" => tools::install_all().map(drop),
        "dist" => tools::install_build_tools().and_then(|tools| dist::build(&tools).map(drop)),
        "run" => run(),
        "bench" => tools::install_all().and_then(|tools| bench::all(&tools)),
        "bench-build" => tools::install_all().and_then(|tools| bench::build_only(&tools)),
        "bench-import" => tools::install_all().and_then(|tools| bench::import_only(&tools)),
        "bench-search" => tools::install_build_tools().and_then(|tools| bench::search(&tools)),
        "e2e" => tools::install_all().and_then(|tools| e2e::run(&tools, &dist::build(&tools)?)),
        "screenshots" => tools::install_all().and_then(|tools| {
            let page = dist::build(&tools)?;
            let driver = webdriver::Driver::start(&tools.chromedriver)?;
            let written = views::screenshots(&driver.session(&tools.chromium)?, &page)?;
            eprintln!("wrote {} screenshots into docs/screenshots/", written.len());
            Ok(())
        }),
        "tidy" => tidy::run(),
        "fuzz" => match std::env::args().nth(2).map(|s| s.parse::<u64>()) {
            None => fuzz::run(600),
            Some(Ok(seconds)) => fuzz::run(seconds),
            Some(Err(_)) => Err("fuzz takes a number of seconds per target".to_string()),
        },
        "test" => test(),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask {task}: {message}");
            ExitCode::FAILURE
        }
    }
}

/// What a task step returns: `Err` carries a message for the user.
pub type Result<T = ()> = std::result::Result<T, String>;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Where cargo puts what it builds: `CARGO_TARGET_DIR` when set, else the workspace's `target`.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from)
}

/// Runs a command in the workspace root, echoing it, and fails if it fails.
pub fn run_cmd(cmd: &mut Command) -> Result {
    eprintln!("$ {}", describe(cmd));
    let status = cmd.current_dir(root()).status().map_err(|e| format!("{}: {e}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(cmd)))
    }
}

fn describe(cmd: &Command) -> String {
    std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|s| s.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `cargo` as the one running xtask.
pub fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string()))
}

fn run() -> Result {
    let tools = tools::install_all()?;
    let file = dist::build(&tools)?;
    println!("\nThe single file is {}: open it from disk, no server needed.", file.display());
    println!("Serving the development build on http://127.0.0.1:8080 (Ctrl-C stops it).\n");
    run_cmd(Command::new(&tools.trunk).arg("serve").env("PATH", tools.path_with_wasm_opt()))
}

/// How long `test` fuzzes each target: enough to replay the seeds and try a few hundred
/// thousand inputs; `cargo xtask fuzz` runs for longer.
const FUZZ_SMOKE_SECONDS: u64 = 30;

fn test() -> Result {
    let tools = tools::install_all()?;
    let mut passed = Vec::new();
    let mut step = |name: &'static str, outcome: Result| -> Result {
        outcome.map_err(|e| format!("step '{name}' failed: {e}"))?;
        passed.push(name);
        Ok(())
    };
    step("fmt", run_cmd(cargo().args(["fmt", "--all", "--check"])))?;
    step("tidy", tidy::run())?;
    step(
        "clippy (native)",
        run_cmd(cargo().args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--all-features",
            "--",
            "-D",
            "warnings",
        ])),
    )?;
    step(
        "clippy (wasm)",
        run_cmd(cargo().args([
            "clippy",
            "-p",
            "newslens",
            "--all-targets",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ])),
    )?;
    step("native tests", run_cmd(cargo().args(["test", "--workspace", "--all-features"])))?;
    step("core purity", core_purity())?;
    step("fuzz smoke run", fuzz::run(FUZZ_SMOKE_SECONDS))?;
    step(
        "browser tests",
        run_cmd(
            cargo()
                .args(["test", "-p", "newslens", "--target", "wasm32-unknown-unknown"])
                .env("CHROMEDRIVER", &tools.chromedriver)
                .env("PATH", tools.path_with_wasm_opt()),
        ),
    )?;
    step(
        "trunk build",
        run_cmd(Command::new(&tools.trunk).arg("build").env("PATH", tools.path_with_wasm_opt())),
    )?;
    let file = dist::build(&tools)?;
    step("end-to-end from file://", e2e::run(&tools, &file))?;
    println!("\nxtask test: {} passed, 0 failed ({})", passed.len(), passed.join(", "));
    Ok(())
}

/// `newslens-core` must build for wasm and depend on no web crate.
fn core_purity() -> Result {
    const FORBIDDEN: [&str; 5] = ["web-sys", "wasm-bindgen", "js-sys", "yew", "gloo"];
    let output = cargo()
        .args(["tree", "-p", "newslens-core", "--all-features", "-e", "normal,build", "--prefix", "none"])
        .current_dir(root())
        .output()
        .map_err(|e| e.to_string())?;
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    let tree = String::from_utf8_lossy(&output.stdout);
    let offending: Vec<&str> = tree
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| FORBIDDEN.iter().any(|f| name == f || name.starts_with(&format!("{f}-"))))
        .collect();
    if !offending.is_empty() {
        return Err(format!("newslens-core depends on web crates: {}", offending.join(", ")));
    }
    eprintln!("newslens-core depends on none of {}", FORBIDDEN.join(", "));
    run_cmd(cargo().args(["check", "-p", "newslens-core", "--target", "wasm32-unknown-unknown"]))
}
