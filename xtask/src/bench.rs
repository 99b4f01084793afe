//! Benchmarks that print numbers (never tests).
//!
//! - `cargo xtask bench-search`: the search tables, native and in Node.js beside MiniSearch and
//!   FlexSearch.
//! - `cargo xtask bench`: everything in one table (size, cold start beside an empty page,
//!   analysis throughput, search, memory), a table of `newslens build` on 1,000 and 10,000
//!   synthetic articles and one of importing 100 and 1,000 through `#import-files`, printed and
//!   written into BENCHMARKS.md with the date, machine and versions.
//! - `cargo xtask bench-build` and `cargo xtask bench-import`: one of those tables, printed.

use std::process::Command;

use serde_json::Value;

use crate::tools::{BuildTools, Tools};
use crate::webdriver::Driver;
use crate::{bloat, cargo, dist, e2e, root, run_cmd, synthetic, Result};

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

    // Cold start beside an empty page: ten fresh browsers each, interleaved.
    let driver = Driver::start(&tools.chromedriver)?;
    let (cold, heaps) = cold_start_beside_empty(&driver, tools, &file)?;
    line(&mut out, cold);

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
    let built = build_benches(&driver, tools, &file)?;
    let imported = import_benches(&driver, tools, &file)?;
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
    line(&mut out, build_table(&built));
    line(&mut out, import_table(&imported));
    line(&mut out, format!("\nAnalysis time as each input doubles (`cargo bench -p newslens-core --features manifest --bench scaling`):\n\n{}", scaling.trim_end()));
    write_benchmarks_md(&out)
}

/// `cargo xtask bench-build`: the cold start beside an empty page and the `newslens build`
/// table only, printed, against the `dist/newslens.html` there is (built if missing).
pub fn build_only(tools: &Tools) -> Result {
    let file = root().join("dist/newslens.html");
    let file = if file.is_file() { file } else { dist::build(tools)? };
    let driver = Driver::start(&tools.chromedriver)?;
    let (cold, _) = cold_start_beside_empty(&driver, tools, &file)?;
    println!("{cold}");
    let built = build_benches(&driver, tools, &file)?;
    println!("{}", build_table(&built));
    Ok(())
}

/// Ten cold starts of the app, each in a fresh profile, interleaved with ten of an empty
/// page: the table row, and the app's JS heap after each start.
fn cold_start_beside_empty(
    driver: &Driver,
    tools: &Tools,
    file: &std::path::Path,
) -> Result<(String, Vec<f64>)> {
    let empty = root().join("target/bench/empty.html");
    std::fs::create_dir_all(empty.parent().unwrap()).map_err(|e| e.to_string())?;
    std::fs::write(&empty, EMPTY_PAGE).map_err(|e| e.to_string())?;
    let (mut empties, mut starts, mut heaps) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..10 {
        empties.push(cold_open(driver, tools, &format!("file://{}", empty.display()))?.0);
        let (ready, heap) =
            cold_open(driver, tools, &format!("file://{}#/doc/001_fd0447f87cd5aaab", file.display()))?;
        starts.push(ready);
        heaps.extend(heap);
    }
    let (empty_median, empty_p90) = median_and_p90(empties);
    let (median, p90) = median_and_p90(starts);
    let row = format!("| cold start to first highlighted document, 10 fresh profiles interleaved with 10 of an empty page (`file://`, navigation start to `newslens:ready`) | app median **{median:.0} ms** (p90 {p90:.0}); empty page median {empty_median:.0} ms (p90 {empty_p90:.0}); overhead **{:.0} ms** | ≤ 50 ms overhead |", median - empty_median);
    Ok((row, heaps))
}

fn build_benches(driver: &Driver, tools: &Tools, file: &std::path::Path) -> Result<Vec<Built>> {
    [1_000, 10_000].into_iter().map(|n| build_bench(driver, tools, file, n)).collect()
}

/// The `newslens build` table, with how it was measured and the goals.
fn build_table(built: &[Built]) -> String {
    let mut out = format!("\n`newslens build` on synthetic articles ({BUILD_NOTE}):\n\n");
    out.push_str("| articles | text | build (wall clock) | page raw / gzip | cold open, median of 3 | first query | two-word query p50 / p95 | results per query, median | JS heap after opening | marks of the last open (ms) |\n");
    out.push_str("|---|---|---|---|---|---|---|---|---|---|\n");
    for b in built {
        out.push_str(&format!(
            "| {} | {:.1} MB | **{:.1} s** | {} / {} | **{:.0} ms** | {:.0} ms | {:.1} / **{:.1} ms** | {} | {:.1} MB | {} |\n",
            b.articles, b.text_bytes as f64 / 1e6, b.seconds, dist::kb(b.raw), dist::kb(b.gzip), b.open_ms, b.first_query, b.query_p50, b.query_p95, b.results, b.heap / 1e6, b.phases
        ));
    }
    out.push_str("\nGoals (issue 15): at 10,000 articles, built in at most 30 s, opened in at most 1.5 s cold, a two-word query in at most 5 ms p95.");
    out
}

/// The page the app's cold start is compared with: nothing but the mark the app sets.
const EMPTY_PAGE: &str = "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>empty</title></head>\n<body><script>performance.mark(\"newslens:ready\")</script></body>\n</html>\n";

/// How the build table is measured.
const BUILD_NOTE: &str = "generated by `xtask/src/synthetic.rs` into `target/bench/build-N/`, a fixed seed, about 1.6 KB \
each with a `Title:` and `Date:` header; build is the wall clock of `target/release/newslens build -o OUT.html DIR`; \
cold open from navigation start to `newslens:ready` in a fresh profile from `file://`; each query sets \
`location.hash` to `#/search?q=…` and is timed from just before that to the `newslens:results` mark, 20 \
distinct queries (a surname or noun with a city) after a first query (its time is the first query column, \
sent as soon as the page is ready); results per query counts sentences, of which the view draws a page; the JS heap is \
`performance.memory.usedJSHeapSize` and does not include the wasm memory";

/// Opens `url` in a fresh profile; returns the `newslens:ready` mark's time (from navigation
/// start) and the JS heap then.
fn cold_open(driver: &Driver, tools: &Tools, url: &str) -> Result<(f64, Option<f64>)> {
    let session = driver.session(&tools.chromium)?;
    session.goto(url)?;
    session.execute_async(e2e::WAIT_FOR_READY)?;
    let ready = session.execute("return performance.getEntriesByName('newslens:ready')[0].startTime;")?;
    let heap = session.execute("return performance.memory ? performance.memory.usedJSHeapSize : null;")?;
    Ok((ready.as_f64().unwrap_or(f64::NAN), heap.as_f64()))
}

/// One size of the `newslens build` table.
struct Built {
    articles: usize,
    text_bytes: usize,
    seconds: f64,
    raw: usize,
    gzip: usize,
    open_ms: f64,
    /// The untimed first query's time, right after the last open.
    first_query: f64,
    query_p50: f64,
    query_p95: f64,
    results: u64,
    heap: f64,
    /// The start-up marks of the last cold open.
    phases: String,
}

/// The page's `newslens:` marks in order, as "boot 150, inflated 187, ..." (ms).
const PHASES: &str = "return performance.getEntriesByType('mark').filter(m => m.name.startsWith('newslens:')).map(m => m.name.slice(9) + ' ' + Math.round(m.startTime)).join(', ');";

/// Sets the hash to a search for `QUERY` (replaced by a JSON string) and resolves with the time from just before that to the
/// `newslens:results` mark that follows, and the number of results then (`#results`'
/// `data-total`: the view draws only a page of them).
const TIMED_QUERY: &str = r##"
const [query, done] = [QUERY, arguments[arguments.length - 1]];
const t0 = performance.now();
const observer = new PerformanceObserver((list) => {
  const mark = list.getEntriesByName("newslens:results").find((m) => m.startTime >= t0);
  if (mark) {
    observer.disconnect();
    const results = document.getElementById("results");
    done([mark.startTime - t0, results ? Number(results.dataset.total) : 0]);
  }
});
observer.observe({ type: "mark" });
location.hash = "#/search?q=" + encodeURIComponent(query);
"##;

/// Generates `n` articles, builds a page of them with `newslens build`, opens it cold three
/// times and times two-word queries in the last.
fn build_bench(driver: &Driver, tools: &Tools, page: &std::path::Path, n: usize) -> Result<Built> {
    let dir = root().join(format!("target/bench/build-{n}"));
    let text_bytes = synthetic::write_articles(&dir, n, 15)?;
    let out = root().join(format!("target/bench/build-{n}.html"));
    let cli = e2e::newslens_cli()?;
    let title = format!("{n} synthetic articles");
    let started = std::time::Instant::now();
    let summary = e2e::newslens_build(
        &cli,
        &[
            "--title".as_ref(),
            title.as_ref(),
            "--page".as_ref(),
            page.as_os_str(),
            "-o".as_ref(),
            out.as_os_str(),
            dir.as_os_str(),
        ],
    )?;
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "newslens build, {n} articles, {seconds:.1} s: {}",
        summary.lines().last().unwrap_or("").trim()
    );
    let html = std::fs::read(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let url = format!("file://{}", out.display());
    let mut opens = Vec::new();
    for _ in 0..2 {
        opens.push(cold_open(driver, tools, &url)?.0);
    }
    // The last cold open stays open for the queries.
    let session = driver.session(&tools.chromium)?;
    session.goto(&url)?;
    session.execute_async(e2e::WAIT_FOR_READY)?;
    let ready = session.execute("return performance.getEntriesByName('newslens:ready')[0].startTime;")?;
    opens.push(ready.as_f64().unwrap_or(f64::NAN));
    let heap = session.execute("return performance.memory ? performance.memory.usedJSHeapSize : null;")?;
    let phases = session.execute(PHASES)?.as_str().unwrap_or("no marks").to_string();
    let queries = synthetic::two_word_queries(21, 7);
    let (mut times, mut counts, mut first_query) = (Vec::new(), Vec::new(), f64::NAN);
    for (i, query) in queries.iter().enumerate() {
        let answer =
            session.execute_async(&TIMED_QUERY.replace("QUERY", &serde_json::json!(query).to_string()))?;
        if i == 0 {
            first_query = answer[0].as_f64().unwrap_or(f64::NAN);
        } else {
            times.push(answer[0].as_f64().unwrap_or(f64::NAN));
            counts.push(answer[1].as_f64().unwrap_or(f64::NAN));
        }
    }
    let (query_p50, _) = median_and_p90(times.clone());
    Ok(Built {
        articles: n,
        text_bytes,
        seconds,
        raw: html.len(),
        gzip: dist::gzip_len(&html),
        open_ms: median_and_p90(opens).0,
        first_query,
        query_p50,
        query_p95: percentile(times, 0.95),
        results: median_and_p90(counts).0 as u64,
        heap: heap.as_f64().unwrap_or(f64::NAN),
        phases,
    })
}

fn percentile(mut xs: Vec<f64>, p: f64) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[((xs.len() - 1) as f64 * p).round() as usize]
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

/// `cargo xtask bench-import`: the import table only, printed, against a fresh
/// `dist/newslens.html`.
pub fn import_only(tools: &Tools) -> Result {
    let file = dist::build(tools)?;
    let driver = Driver::start(&tools.chromedriver)?;
    println!("{}", import_table(&import_benches(&driver, tools, &file)?));
    Ok(())
}

/// 100 articles of about 5 KB (issue 12's target), three times, then 1,000 of the `newslens
/// build` size once.
fn import_benches(driver: &Driver, tools: &Tools, page: &std::path::Path) -> Result<Vec<Imported>> {
    Ok(vec![
        import_bench(driver, tools, page, 100, 4_900, 3)?,
        import_bench(driver, tools, page, 1_000, 1_550, 1)?,
    ])
}

/// One size of the import table: medians over the runs, and the worst frame gap and task.
struct Imported {
    files: usize,
    text_bytes: usize,
    runs: usize,
    added_ms: f64,
    indexed_ms: f64,
    frame_gap_ms: f64,
    task_ms: f64,
    long_tasks: f64,
}

/// The import table, with how it was measured and the goal.
fn import_table(imported: &[Imported]) -> String {
    let mut out = format!("\nImporting synthetic articles through `#import-files` ({IMPORT_NOTE}):\n\n");
    out.push_str("| files | text | runs | change to \"Added N articles\" | change to the index built (`newslens:indexed`) | longest gap between frames | longest task | long tasks (over 50 ms) |\n");
    out.push_str("|---|---|---|---|---|---|---|---|\n");
    for i in imported {
        out.push_str(&format!(
            "| {} | {:.0} KB | {} | {:.0} ms | **{:.0} ms** | **{:.0} ms** | {:.0} ms | {:.0} |\n",
            i.files,
            i.text_bytes as f64 / 1e3,
            i.runs,
            i.added_ms,
            i.indexed_ms,
            i.frame_gap_ms,
            i.task_ms,
            i.long_tasks
        ));
    }
    out.push_str("\nGoal (issue 12): 100 articles (about 500 KB) analysed and indexed in at most 2 s, the page answering input throughout.");
    out
}

/// How the import table is measured.
const IMPORT_NOTE: &str = "generated by `xtask/src/synthetic.rs` from a fixed seed, each a `.txt` with a `Title:` and \
`Date:` header; each run in a fresh profile opens `dist/newslens.html` from `file://`, waits for the bundled \
collection's index, then gives the files to `#import-files` through a `DataTransfer` and dispatches `change`; \
times are from just before that event to the progress line reading \"Added N articles\" (every file read and \
analysed) and to the first `newslens:indexed` mark after it (the search index of the whole collection built); \
the frame gap is the longest between two `requestAnimationFrame` callbacks and the tasks are the \
`PerformanceObserver` `longtask` entries, both from the change to the index; times are medians over the runs, \
gaps and tasks the worst run's";

/// Resolves once the search index has been built once (the bundled collection's).
const WAIT_FOR_INDEXED: &str = r#"
const done = arguments[arguments.length - 1];
if (performance.getEntriesByName("newslens:indexed").length) { done(true); return; }
new PerformanceObserver((list, observer) => {
  if (list.getEntriesByName("newslens:indexed").length) { observer.disconnect(); done(true); }
}).observe({ type: "mark", buffered: true });
"#;

/// Gives `TEXTS` (replaced by a JSON array of strings) to `#import-files` as `00000.txt`, ...
/// and returns at once; `window.importBench.result` is set when the index of the collection
/// with them is built, or when the import ends with another count of articles.
const TIMED_IMPORT: &str = r#"
const texts = TEXTS;
const expected = texts.length;
const bench = (window.importBench = { result: null, notify: null });
const transfer = new DataTransfer();
texts.forEach((text, i) => transfer.items.add(new File([text], String(i).padStart(5, "0") + ".txt", { type: "text/plain" })));
let [t0, added, lastFrame, longestGap, measuring] = [null, null, null, 0, true];
let [longestTask, longTasks] = [0, 0];
// Only the tasks that end after the change: not this script's own.
const count = (entries) => entries.filter((t) => t0 !== null && t.startTime + t.duration > t0)
  .forEach((t) => { longestTask = Math.max(longestTask, t.duration); longTasks += 1; });
const tasks = new PerformanceObserver((list) => count(list.getEntries()));
tasks.observe({ type: "longtask" });
const frame = (t) => {
  longestGap = Math.max(longestGap, t - lastFrame);
  lastFrame = t;
  if (measuring) requestAnimationFrame(frame);
};
const finish = (result) => {
  measuring = false;
  count(tasks.takeRecords());
  tasks.disconnect();
  bench.result = { ...result, longestGap, longestTask, longTasks };
  if (bench.notify) bench.notify(bench.result);
};
const marks = new PerformanceObserver((list) => {
  const mark = list.getEntriesByName("newslens:indexed").find((m) => m.startTime >= added);
  if (mark) { marks.disconnect(); finish({ added: added - t0, indexed: mark.startTime - t0 }); }
});
new MutationObserver((_, observer) => {
  const text = (document.getElementById("import-progress") || {}).textContent || "";
  if (!text.startsWith("Added")) return;
  observer.disconnect();
  if (text.startsWith(`Added ${expected} articles`)) {
    added = performance.now();
    marks.observe({ type: "mark" });
  } else {
    const problems = (document.getElementById("import-problems") || {}).textContent || "";
    finish({ error: `${text} ${problems.slice(0, 500)}` });
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true });
// In a task of its own, after this script's (which made the files).
setTimeout(() => {
  const input = document.getElementById("import-files");
  t0 = lastFrame = performance.now();
  requestAnimationFrame(frame);
  input.files = transfer.files;
  input.dispatchEvent(new Event("change", { bubbles: true }));
}, 0);
"#;

/// Resolves with `window.importBench.result` when it is set, or with null after 20 s (the
/// script timeout is 30 s), to be asked again.
const IMPORT_RESULT: &str = r#"
const done = arguments[arguments.length - 1];
if (window.importBench.result) { done(window.importBench.result); return; }
window.importBench.notify = done;
setTimeout(() => done(null), 20000);
"#;

/// Imports `n` synthetic articles with bodies of `body_bytes` into a fresh profile `runs` times.
fn import_bench(
    driver: &Driver,
    tools: &Tools,
    page: &std::path::Path,
    n: usize,
    body_bytes: usize,
    runs: usize,
) -> Result<Imported> {
    let texts = synthetic::articles(n, body_bytes, 12);
    let text_bytes = texts.iter().map(String::len).sum();
    let url = format!("file://{}", page.display());
    let (mut added, mut indexed, mut gap, mut task, mut long_tasks) =
        (vec![], vec![], 0.0f64, 0.0f64, 0.0f64);
    for run in 0..runs {
        let session = driver.session(&tools.chromium)?;
        session.goto(&url)?;
        session.execute_async(e2e::WAIT_FOR_READY)?;
        session.execute_async(WAIT_FOR_INDEXED)?;
        session.execute(&TIMED_IMPORT.replace("TEXTS", &serde_json::json!(texts).to_string()))?;
        // Ten minutes at most.
        let result = (0..30)
            .find_map(|_| {
                session.execute_async(IMPORT_RESULT).map(|r| (!r.is_null()).then_some(r)).transpose()
            })
            .ok_or_else(|| format!("importing {n} articles did not finish in ten minutes"))??;
        if let Some(error) = result["error"].as_str() {
            return Err(format!("importing {n} articles: {error}"));
        }
        let ms = |key: &str| result[key].as_f64().unwrap_or(f64::NAN);
        eprintln!(
            "import of {n} articles, run {}: added {:.0} ms, indexed {:.0} ms, frame gap {:.0} ms, longest task {:.0} ms",
            run + 1,
            ms("added"),
            ms("indexed"),
            ms("longestGap"),
            ms("longestTask")
        );
        added.push(ms("added"));
        indexed.push(ms("indexed"));
        gap = gap.max(ms("longestGap"));
        task = task.max(ms("longestTask"));
        long_tasks = long_tasks.max(ms("longTasks"));
    }
    Ok(Imported {
        files: n,
        text_bytes,
        runs,
        added_ms: median_and_p90(added).0,
        indexed_ms: median_and_p90(indexed).0,
        frame_gap_ms: gap,
        task_ms: task,
        long_tasks,
    })
}
