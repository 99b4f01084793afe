//! Benchmarks that print numbers (never tests).
//!
//! - `cargo xtask bench-search`: the search tables, native and in Node.js beside MiniSearch and
//!   FlexSearch.
//! - `cargo xtask bench`: everything in one table (size, cold start, analysis throughput,
//!   search, memory), printed and written into BENCHMARKS.md with the date, machine and versions.

use std::process::Command;

use serde_json::Value;

use crate::tools::{BuildTools, Tools};
use crate::webdriver::Driver;
use crate::{bloat, cargo, dist, e2e, root, run_cmd, Result};

/// Where BENCHMARKS.md's generated section starts and ends.
const START: &str = "<!-- cargo xtask bench: start -->";
const END: &str = "<!-- cargo xtask bench: end -->";

/// Runs a command in the workspace root and returns its standard output.
fn capture(cmd: &mut Command) -> Result<String> {
    eprintln!("$ {:?}", cmd);
    let out = cmd.current_dir(root()).output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("{:?} failed: {}", cmd, String::from_utf8_lossy(&out.stderr)));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Runs one of `newslens-core`'s benchmarks and returns what it printed.
fn core_bench(name: &str) -> Result<String> {
    capture(cargo().args(["bench", "-q", "-p", "newslens-core", "--features", "manifest", "--bench", name]))
}

/// The native search table, then the Node.js one (wasm and peers); prepares the wasm module
/// and the peers first.
fn search_tables(tools: &BuildTools) -> Result<(String, String)> {
    let native = core_bench("search")?;
    prepare_node(tools)?;
    let node = capture(
        Command::new("node").arg(root().join("tools/bench/search.mjs")).arg(root().join("target/bench")),
    )?;
    Ok((native, node))
}

fn prepare_node(tools: &BuildTools) -> Result {
    run_cmd(cargo().args([
        "build",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "newslens-bench-wasm",
    ]))?;
    run_cmd(
        Command::new(&tools.wasm_bindgen)
            .args(["--target", "nodejs", "--out-dir"])
            .arg(root().join("target/bench/wasm"))
            .arg(root().join("target/wasm32-unknown-unknown/release/newslens_bench_wasm.wasm")),
    )?;
    if !root().join("tools/node_modules/wink-nlp").is_dir() {
        run_cmd(Command::new("npm").args(["ci", "--no-audit", "--no-fund", "--prefix", "tools"]))?;
    }
    Ok(())
}

pub fn search(tools: &BuildTools) -> Result {
    let (native, node) = search_tables(tools)?;
    println!(
        "## Native\n\n{native}\n## Node.js {} (wasm and peers)\n\n{node}",
        version(&["node", "--version"])
    );
    Ok(())
}

fn version(cmd: &[&str]) -> String {
    Command::new(cmd[0])
        .args(&cmd[1..])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).lines().next().unwrap_or("").trim().to_string())
        .unwrap_or_else(|_| "unknown".to_string())
}

fn median_and_p90(mut xs: Vec<f64>) -> (f64, f64) {
    xs.sort_by(f64::total_cmp);
    let at = |p: f64| xs[((xs.len() - 1) as f64 * p).round() as usize];
    (at(0.5), at(0.9))
}

/// Rows of a Markdown table as cells.
fn rows(table: &str) -> Vec<Vec<String>> {
    table
        .lines()
        .filter(|l| l.starts_with('|') && !l.starts_with("|---"))
        .skip(1)
        .map(|l| l.trim_matches('|').split('|').map(|c| c.trim().to_string()).collect())
        .collect()
}

pub fn all(tools: &Tools) -> Result {
    let mut out = String::new();
    let line = |out: &mut String, s: String| {
        println!("{s}");
        out.push_str(&s);
        out.push('\n');
    };
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".to_string());
    let date = version(&["date", "-u", "+%Y-%m-%d %H:%M UTC"]);
    line(
        &mut out,
        format!(
            "Run {date} on {} cores ({cpu}); {}, node {}, {}.\n",
            version(&["nproc"]),
            version(&["rustc", "--version"]),
            version(&["node", "--version"]),
            version(&["chromium", "--version"])
        ),
    );
    line(&mut out, "| measure | value | goal |".into());
    line(&mut out, "|---|---|---|".into());

    // Size.
    let file = dist::build(tools)?;
    let html = std::fs::read(&file).map_err(|e| e.to_string())?;
    let work = root().join("target/dist-work");
    let shipped = std::fs::read(work.join(if tools.wasm_opt.is_some() {
        "newslens_opt.wasm"
    } else {
        "newslens_bg.wasm"
    }))
    .map_err(|e| e.to_string())?;
    let kb = dist::kb;
    line(
        &mut out,
        format!(
            "| `dist/newslens.html` raw / gzip | {} / **{}** | ≤ 350 KB gzip |",
            kb(html.len()),
            kb(dist::gzip_len(&html))
        ),
    );
    line(
        &mut out,
        format!("| wasm raw / gzip | {} / {} | |", kb(shipped.len()), kb(dist::gzip_len(&shipped))),
    );
    let bloat = bloat::by_crate(&std::fs::read(work.join("newslens_bg.wasm")).map_err(|e| e.to_string())?)?;
    let total: usize = bloat.iter().map(|(_, n)| n).sum();
    let top: Vec<String> = bloat
        .iter()
        .filter(|(_, n)| *n * 100 >= total)
        .map(|(c, n)| format!("{c} {:.0}%", *n as f64 * 100.0 / total as f64))
        .collect();
    line(&mut out, format!("| largest parts of the wasm before wasm-opt | {} | |", top.join(", ")));

    // Cold start: ten fresh browsers.
    let driver = Driver::start(&tools.chromedriver)?;
    let mut starts = Vec::new();
    let mut heaps = Vec::new();
    for _ in 0..10 {
        let session = driver.session(&tools.chromium)?;
        session.goto(&format!("file://{}#/doc/001_fd0447f87cd5aaab", file.display()))?;
        session.execute_async(e2e::WAIT_FOR_READY)?;
        let ready = session.execute("return performance.getEntriesByName('newslens:ready')[0].startTime;")?;
        starts.push(ready.as_f64().unwrap_or(f64::NAN));
        let heap =
            session.execute("return performance.memory ? performance.memory.usedJSHeapSize : null;")?;
        heaps.extend(heap.as_f64());
    }
    let (median, p90) = median_and_p90(starts);
    line(&mut out, format!("| cold start to first highlighted document, 10 fresh profiles | median **{median:.0} ms**, p90 {p90:.0} ms | ≤ 150 ms median |"));

    // Analysis throughput.
    let native = core_bench("throughput")?;
    let native_mbps: f64 = native
        .split("analyze: ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(f64::NAN);
    let (search_native, search_node) = search_tables(tools)?;
    let analysis = capture(
        Command::new("node")
            .arg("--expose-gc")
            .arg(root().join("tools/bench/analysis.mjs"))
            .arg(root().join("target/bench")),
    )?;
    let records: Vec<Value> = analysis.lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
    let mbps = |engine: &str| {
        records
            .iter()
            .find(|r| r["kind"] == "throughput" && r["engine"] == engine)
            .and_then(|r| r["mbps"].as_f64())
            .unwrap_or(f64::NAN)
    };
    let (ours, wink, compromise) = (mbps("NewsLens (wasm)"), mbps("wink-nlp"), mbps("compromise"));
    line(&mut out, format!("| `analyze` native, one core, 5.3 MB | **{native_mbps:.1} MB/s** | ≥ 10 MB/s |"));
    line(&mut out, format!("| `analyze` wasm in Node.js / wink-nlp / compromise, same text | **{ours:.1}** / {wink:.1} / {compromise:.2} MB/s ({:.1}× wink-nlp) | ≥ 3× wink-nlp |", ours / wink));

    // Linear cost: pathological inputs doubled from 64 KB to 2 MB.
    let scaling = core_bench("scaling")?;
    let ratios: Vec<f64> = rows(&scaling).iter().filter_map(|r| r.last()?.parse().ok()).collect();
    let worst = ratios.iter().copied().fold(0.0, f64::max);
    line(&mut out, format!("| analysis time per doubling, 64 KB to 2 MB, worst ratio over {} inputs (table below) | **×{worst:.2}** | ≤ 2.2 |", ratios.len()));
    let big = scaling
        .lines()
        .find_map(|l| l.strip_prefix("50 MB corpus as one document: "))
        .unwrap_or("not measured");
    line(
        &mut out,
        format!("| the bundled corpus repeated to 50 MB as one document, native | {big} | ≤ 10 s, ≤ 1 GB |"),
    );

    // Search: the worst p95 over the shared queries, per engine and size.
    for n in ["1000", "10000"] {
        let mut cells = Vec::new();
        let native_rows = rows(&search_native);
        let worst_native = native_rows
            .iter()
            .filter(|r| r[1] == n)
            .filter_map(|r| r[7].parse::<f64>().ok())
            .fold(0.0, f64::max);
        let build: f64 = native_rows
            .iter()
            .find(|r| r[1] == n)
            .and_then(|r| Some(r[3].parse::<f64>().ok()? + r[4].parse::<f64>().ok()?))
            .unwrap_or(f64::NAN);
        cells.push(format!("native {:.1} ms (build {:.1} s)", worst_native / 1000.0, build / 1000.0));
        for engine in ["NewsLens (wasm)", "MiniSearch", "FlexSearch"] {
            let node_rows: Vec<Vec<String>> =
                rows(&search_node).into_iter().filter(|r| r[0] == engine && r[1] == n).collect();
            let worst = node_rows.iter().filter_map(|r| r[5].parse::<f64>().ok()).fold(0.0, f64::max);
            let build = node_rows.first().map_or("?".to_string(), |r| {
                format!("{:.1} s", r[2].parse::<f64>().unwrap_or(f64::NAN) / 1000.0)
            });
            cells.push(format!("{engine} {:.1} ms (build {build})", worst / 1000.0));
        }
        let goal = if n == "10000" { "≤ 5 ms, ahead of both" } else { "" };
        line(
            &mut out,
            format!(
                "| search, {n} documents: worst query p95 (native: all ten queries; Node.js: the five every engine runs) | {} | {goal} |",
                cells.join("; ")
            ),
        );
    }

    // Memory.
    if let Some(heap) = median_and_p90_opt(heaps) {
        line(&mut out, format!("| JS heap in Chromium after loading the corpus | {:.1} MB | |", heap / 1e6));
    }
    for record in records.iter().filter(|r| r["kind"] == "memory") {
        line(
            &mut out,
            format!(
                "| Node.js after indexing {} documents: JS heap / wasm memory | {:.1} MB / {:.1} MB | |",
                record["docs"],
                record["js_heap"].as_f64().unwrap_or(0.0) / 1e6,
                record["wasm"].as_f64().unwrap_or(0.0) / 1e6
            ),
        );
    }
    line(&mut out, format!("\nAnalysis time as each input doubles (`cargo bench -p newslens-core --features manifest --bench scaling`):\n\n{}", scaling.trim_end()));
    write_benchmarks_md(&out)
}

fn median_and_p90_opt(xs: Vec<f64>) -> Option<f64> {
    (!xs.is_empty()).then(|| median_and_p90(xs).0)
}

fn write_benchmarks_md(section: &str) -> Result {
    let path = root().join("BENCHMARKS.md");
    let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
    let block = format!("{START}\n{section}{END}");
    let updated = match (text.find(START), text.find(END)) {
        (Some(a), Some(b)) if a < b => format!("{}{block}{}", &text[..a], &text[b + END.len()..]),
        _ => text.replacen("\n## ", &format!("\n## Latest `cargo xtask bench`\n\n{block}\n\n## "), 1),
    };
    std::fs::write(&path, updated).map_err(|e| e.to_string())?;
    eprintln!("BENCHMARKS.md updated");
    Ok(())
}
