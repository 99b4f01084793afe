//! Benchmarks that print numbers (never tests): `cargo xtask bench-search` runs the native
//! search benchmark, then the wasm build beside MiniSearch and FlexSearch in Node.js on the same
//! documents and queries.

use std::process::Command;

use crate::tools::BuildTools;
use crate::{cargo, root, run_cmd, Result};

pub fn search(tools: &BuildTools) -> Result {
    println!("## Native\n");
    run_cmd(cargo().args([
        "bench",
        "-q",
        "-p",
        "newslens-core",
        "--features",
        "manifest",
        "--bench",
        "search",
    ]))?;
    run_cmd(cargo().args([
        "build",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "newslens-bench-wasm",
    ]))?;
    let bench_dir = root().join("target/bench");
    run_cmd(
        Command::new(&tools.wasm_bindgen)
            .args(["--target", "nodejs", "--out-dir"])
            .arg(bench_dir.join("wasm"))
            .arg(root().join("target/wasm32-unknown-unknown/release/newslens_bench_wasm.wasm")),
    )?;
    if !root().join("tools/node_modules/minisearch").is_dir() {
        run_cmd(Command::new("npm").args(["ci", "--no-audit", "--no-fund", "--prefix", "tools"]))?;
    }
    println!("\n## Node.js {} (wasm and peers)\n", node_version());
    run_cmd(Command::new("node").arg(root().join("tools/bench/search.mjs")).arg(&bench_dir))
}

fn node_version() -> String {
    Command::new("node")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|_| "unknown".to_string())
}
