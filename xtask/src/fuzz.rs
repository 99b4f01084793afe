//! Fuzzing: every cargo-fuzz target of `core/fuzz`, each for a fixed time, starting from its
//! committed seeds (`core/fuzz/seeds/<target>/`: the hostile shapes found so far). `cargo xtask
//! test` runs a short smoke run of each; `cargo xtask fuzz SECONDS` a long one.

use std::process::Command;

use crate::{root, run_cmd, tools, Result};

/// The targets, in `core/fuzz/fuzz_targets/`.
pub const TARGETS: [&str; 5] = ["analyze", "query", "search", "route", "bundle"];

/// Runs every target for `seconds`; a crash fails with the input libFuzzer saved.
pub fn run(seconds: u64) -> Result {
    let cargo_fuzz = tools::ensure_cargo_fuzz()?;
    let fuzz = root().join("core/fuzz");
    for target in TARGETS {
        let corpus = fuzz.join("corpus").join(target);
        std::fs::create_dir_all(&corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
        let seeds = fuzz.join("seeds").join(target);
        let mut cmd = Command::new(&cargo_fuzz);
        // cargo-fuzz needs nightly flags (sanitizers); the stable compiler accepts them so.
        cmd.env("RUSTC_BOOTSTRAP", "1")
            .args(["fuzz", "run", "--fuzz-dir"])
            .arg(&fuzz)
            .arg(target)
            .arg(&corpus);
        if seeds.is_dir() {
            cmd.arg(&seeds);
        }
        cmd.arg("--").arg(format!("-max_total_time={seconds}")).arg("-print_final_stats=1");
        run_cmd(&mut cmd)
            .map_err(|e| format!("fuzz target '{target}' failed (see core/fuzz/artifacts/): {e}"))?;
    }
    Ok(())
}
