//! End-to-end checks: `dist/newslens.html` opened from `file://` in headless Chromium; then
//! the page `newslens build` makes from `tests/data/build/` (listed, highlighted, searchable,
//! on the timeline), and copies of the single file with a corrupt `#newslens-bundle`, which
//! must fall back to the bundled corpus with a notice.

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine as _;
use serde_json::{json, Value};

use crate::tools::Tools;
use crate::views;
use crate::webdriver::{Driver, Session};
use crate::{cargo, root, run_cmd, target_dir, Result};

/// Resolves when the app has put its first document on screen.
pub const WAIT_FOR_READY: &str = r#"
const done = arguments[arguments.length - 1];
if (performance.getEntriesByName("newslens:ready").length) { done(true); return; }
new PerformanceObserver((list, observer) => {
  if (list.getEntriesByName("newslens:ready").length) { observer.disconnect(); done(true); }
}).observe({ type: "mark", buffered: true });
"#;

/// One end-to-end check on an open session.
type Check = fn(&Session) -> Result;

/// Resolves once the app has rendered anything (views without a document mark no "ready").
pub const WAIT_FOR_APP: &str = r#"
const done = arguments[arguments.length - 1];
const ready = () => document.querySelector("header.top");
if (ready()) { done(true); return; }
new MutationObserver((_, observer) => { if (ready()) { observer.disconnect(); done(true); } })
  .observe(document.body, { childList: true, subtree: true });
"#;

pub fn run(tools: &Tools, file: &Path) -> Result {
    let driver = Driver::start(&tools.chromedriver)?;
    let session = driver.session(&tools.chromium)?;
    // Every layer on (the reader shows a calm few by default), so every label can be checked.
    let url = format!("{}#/doc/001_fd0447f87cd5aaab?layers={},HIT", file_url(file), LABELS.join(","));
    // A desktop's screen: headless Chromium's 800x600 gets the phone layout.
    views::screen(&session, 1400, 900)?;
    session.goto(&url)?;
    session.execute_async(WAIT_FOR_READY).map_err(|e| format!("the app never became ready: {e}"))?;

    let marks = session.execute(
        "return performance.getEntriesByType('mark').filter(m => m.name.startsWith('newslens:')).map(m => m.name.slice(9) + ' ' + Math.round(m.startTime) + ' ms').join(', ');",
    )?;
    eprintln!("e2e: start-up (one run; see BENCHMARKS.md): {}", marks.as_str().unwrap_or("no marks"));

    let checks: [(&str, Check); 15] = [
        ("lists the five documents", lists_the_five_documents),
        ("shows 001's exact text", |s| shows_exact_text(s, "001_fd0447f87cd5aaab")),
        ("marks every label in 001", marks_every_label),
        ("turning PERSON off removes exactly its marks", turning_a_layer_off_removes_its_marks),
        ("marks search hits from the address", |s| {
            s.goto(&format!(
                "{}?reload#/doc/001_fd0447f87cd5aaab?q=Korea",
                file_url(&root().join("dist/newslens.html"))
            ))?;
            s.execute_async(WAIT_FOR_READY)?;
            let text = std::fs::read_to_string(root().join("corpus/001_fd0447f87cd5aaab.txt"))
                .map_err(|e| e.to_string())?;
            // The search's own hits: the words starting with "korea" (any case), "Korean" too,
            // since the query's open last word is also a prefix.
            let lower = text.to_lowercase();
            let words = lower
                .match_indices("korea")
                .filter(|(at, _)| !lower[..*at].ends_with(|c: char| c.is_alphanumeric()))
                .count();
            expect_eq(s.execute(&count_script("HIT"))?, json!(words))?;
            shows_exact_text(s, "001_fd0447f87cd5aaab")
        }),
        ("searches from the address", |s| {
            let base = file_url(&root().join("dist/newslens.html"));
            s.goto(&format!("{base}?search#/search?q=Gabuev"))?;
            s.execute_async(WAIT_FOR_APP)?;
            let docs = s.execute(
                "return [...new Set([...document.querySelectorAll('#results [data-result]')].map(r => r.dataset.doc.slice(0, 3)))];",
            )?;
            expect_eq(docs, json!(["001", "002"]))?;
            s.goto(&format!("{base}?bad#/search?q=%22unclosed"))?;
            s.execute_async(WAIT_FOR_APP)?;
            let error =
                s.execute("const e = document.getElementById('query-error'); return e && e.textContent;")?;
            match error.as_str() {
                Some(text) if text.contains("this phrase has no closing quotation mark") => {}
                _ => return Err(format!("no query error shown: {error}")),
            }
            s.goto(&format!("{base}#/doc/001_fd0447f87cd5aaab"))?;
            s.execute_async(WAIT_FOR_READY).map(drop)
        }),
        ("the timeline places the events and a date edit moves them", |s| {
            let base = file_url(&root().join("dist/newslens.html"));
            s.goto(&format!("{base}?timeline#/timeline"))?;
            s.execute_async(WAIT_FOR_APP)?;
            let starts = "return [...document.querySelectorAll('[data-event]')].map(e => e.dataset.start + '..' + e.dataset.end);";
            let events = s.execute(starts)?;
            for expected in [
                "2024-06-01..2024-06-30",
                "2024-05-27..2024-05-27",
                "2024-08-01..2024-08-31",
                "2024-10-28..2024-10-28",
                "2023-06-01..2023-08-31",
                "1950-01-01..1959-12-31",
            ] {
                if !events.as_array().is_some_and(|a| a.iter().any(|e| e == expected)) {
                    return Err(format!("no event {expected} in {events}"));
                }
            }
            s.execute(
                "const i = document.querySelector(\"input[data-ref-doc='001_fd0447f87cd5aaab']\"); \
                 i.value = '2024-11-05'; i.dispatchEvent(new Event('change', { bubbles: true }));",
            )?;
            let moved = s.execute(starts)?;
            let has = |d: &str| moved.as_array().is_some_and(|a| a.iter().any(|e| e == d));
            if !has("2024-11-04..2024-11-04") || has("2024-10-28..2024-10-28") {
                return Err(format!("001's Monday did not move: {moved}"));
            }
            s.goto(&format!("{base}#/doc/001_fd0447f87cd5aaab"))?;
            s.execute_async(WAIT_FOR_READY).map(drop)
        }),
        ("a click opens 004", |s| {
            s.click("[data-doc-id='004_dc8a3dec1270afb0'] a")?;
            shows_exact_text(s, "004_dc8a3dec1270afb0")
        }),
        (
            "imports a .txt, a UTF-16 .txt and an .html with a script, keeps them across a reload",
            imports_and_keeps,
        ),
        ("every view passes axe-core in light and dark", |s| {
            views::accessibility(s, &root().join("dist/newslens.html"), &crate::tools::ensure_axe()?)
        }),
        ("at 390x844 the article, the results and a tapped card are on the first screen", |s| {
            views::phone(s, &root().join("dist/newslens.html"))
        }),
        ("001 prints on at most 3 A4 pages without navigation", |s| {
            views::print(s, &root().join("dist/newslens.html"))
        }),
        ("makes no network request and shows no error", no_requests_no_errors),
        ("hostile links leave the app alive with a message", hostile_links),
        // Last: it leaves the page in its failed state.
        ("an uncaught error shows the fatal banner", uncaught_error_shows_the_banner),
    ];
    let mut failed = Vec::new();
    let mut total = 0;
    let mut report = |name: &'static str, outcome: Result| {
        total += 1;
        match outcome {
            Ok(()) => eprintln!("e2e: {name} ... ok"),
            Err(e) => {
                eprintln!("e2e: {name} ... FAILED: {e}");
                failed.push(name);
            }
        }
    };
    for (name, check) in checks {
        report(name, check(&session));
    }
    drop(session);
    built_page_checks(&driver, tools, file, &mut report);
    corrupt_bundle_checks(&driver, tools, file, &mut report);
    println!("e2e: {} passed, {} failed", total - failed.len(), failed.len());
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("failed: {}", failed.join(", ")))
    }
}

fn file_url(file: &Path) -> String {
    format!("file://{}", file.display())
}

const LABELS: [&str; 8] = ["PERSON", "ORG", "PLACE", "GROUP", "TIME", "NUMBER", "QUOTE", "THEME"];

fn count_script(label: &str) -> String {
    format!("return document.querySelectorAll(\"#reader mark[data-label='{label}']\").length;")
}

fn label_counts(session: &Session) -> Result<Vec<u64>> {
    LABELS.iter().map(|l| Ok(session.execute(&count_script(l))?.as_u64().unwrap_or(0))).collect()
}

fn marks_every_label(session: &Session) -> Result {
    let counts = label_counts(session)?;
    match LABELS.iter().zip(&counts).find(|(_, n)| **n == 0) {
        Some((label, _)) => Err(format!("no {label} mark ({counts:?})")),
        None => Ok(()),
    }
}

fn turning_a_layer_off_removes_its_marks(session: &Session) -> Result {
    let before = label_counts(session)?;
    session.click("button[data-layer='PERSON']")?;
    let after = label_counts(session)?;
    let expected: Vec<u64> =
        before.iter().zip(LABELS).map(|(n, l)| if l == "PERSON" { 0 } else { *n }).collect();
    expect_eq(json!(after), json!(expected))?;
    shows_exact_text(session, "001_fd0447f87cd5aaab")?;
    session.click("button[data-layer='PERSON']")
}

fn lists_the_five_documents(session: &Session) -> Result {
    let listed = session.execute(
        "return [...document.querySelectorAll('[data-doc-id]')].map(e => e.getAttribute('data-doc-id'));",
    )?;
    let mut expected: Vec<String> = std::fs::read_dir(root().join("corpus"))
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".txt").map(str::to_string))
        .collect();
    expected.sort();
    expect_eq(listed, json!(expected))
}

fn shows_exact_text(session: &Session, id: &str) -> Result {
    let reader = session.execute(
        "const r = document.getElementById('reader'); return r && [r.getAttribute('data-doc'), r.textContent];",
    )?;
    let text = std::fs::read_to_string(root().join(format!("corpus/{id}.txt"))).map_err(|e| e.to_string())?;
    expect_eq(reader, json!([id, text]))
}

fn no_requests_no_errors(session: &Session) -> Result {
    let state = session.execute(
        "return [performance.getEntriesByType('resource').map(r => r.name), document.getElementById('fatal').hidden];",
    )?;
    expect_eq(state, json!([[], true]))
}

/// Files given to `#import-files` as the picker gives them, waited for by their progress line.
const IMPORT: &str = r#"
const done = arguments[arguments.length - 1];
const file = (name, parts) => new File(parts, name);
const utf16 = s => { const b = new Uint8Array(2 + s.length * 2); b[0] = 0xFF; b[1] = 0xFE;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); b[2 + 2 * i] = c & 255; b[3 + 2 * i] = c >> 8; } return b; };
const files = [
  file("ferry.txt", [`Title: Ferry strike ends
Date: 2025-03-10

The ferry union of Lindholm said on Tuesday the strike was over.
`]),
  file("bridge.txt", [utf16(`The Brannvik bridge reopened on Friday, officials said.
`)]),
  file("court.html", ["<html><head><title>Quarry ruling</title><script>window.pwned = 1</script></head><body><article><p>Judge Tomas Berg ruled on Monday that the Kvarnby quarry may reopen.</p><img src='http://example.invalid/x.png' onerror='window.pwned = 2'></article></body></html>"]),
];
const input = document.getElementById("import-files");
const transfer = new DataTransfer();
files.forEach(f => transfer.items.add(f));
input.files = transfer.files;
input.dispatchEvent(new Event("change", { bubbles: true }));
const finished = () => (document.getElementById("import-progress") || {}).textContent?.startsWith("Added")
  && (document.getElementById("storage-summary") || {}).textContent?.startsWith("3 articles of yours kept");
if (finished()) { done(true); return; }
new MutationObserver((_, o) => { if (finished()) { o.disconnect(); done(true); } })
  .observe(document.body, { childList: true, subtree: true, characterData: true });
"#;

fn imports_and_keeps(session: &Session) -> Result {
    let base = file_url(&root().join("dist/newslens.html"));
    session.execute_async(IMPORT).map_err(|e| format!("the import never finished: {e}"))?;
    let titles = "return [...document.querySelectorAll('[data-doc-id] .doc-label')].map(l => l.textContent);";
    let listed = session.execute(titles)?;
    for title in
        ["Ferry strike ends", "Quarry ruling", "The Brannvik bridge reopened on Friday, officials said."]
    {
        if !listed.as_array().is_some_and(|a| a.iter().any(|t| t == title)) {
            return Err(format!("{title} is not listed: {listed}"));
        }
    }
    expect_eq(session.execute("return window.pwned === undefined;")?, json!(true))?;
    // A reload in the same profile: the articles come back from IndexedDB, and search finds them.
    session.goto(&format!("{base}?again#/search?q=Kvarnby"))?;
    let found = r#"
const done = arguments[arguments.length - 1];
const found = () => (document.getElementById("results") || {}).textContent?.includes("Kvarnby");
if (found()) { done(true); return; }
new MutationObserver((_, o) => { if (found()) { o.disconnect(); done(true); } })
  .observe(document.body, { childList: true, subtree: true, characterData: true });
"#;
    session
        .execute_async(found)
        .map_err(|e| format!("the kept article was not found after a reload: {e}"))?;
    expect_eq(session.execute(titles)?.as_array().map_or(0, Vec::len).into(), json!(8))?;
    expect_eq(session.execute("return window.pwned === undefined;")?, json!(true))?;
    session.goto(&format!("{base}#/doc/001_fd0447f87cd5aaab"))?;
    session.execute_async(WAIT_FOR_READY).map(drop)
}

/// A query nested 3,000 deep (which used to exhaust the wasm stack) and a window at the
/// calendar's end (which used to loop for ever drawing ticks), opened from the address.
fn hostile_links(session: &Session) -> Result {
    let base = file_url(&root().join("dist/newslens.html"));
    let deep = format!("{}troops{}", "%28".repeat(3000), "%29".repeat(3000));
    session.goto(&format!("{base}?deep#/search?q={deep}"))?;
    session.execute_async(WAIT_FOR_APP)?;
    let error = session.execute(
        "const e = document.getElementById('query-error'); return [e && e.textContent, document.getElementById('fatal').hidden];",
    )?;
    match (error[0].as_str(), error[1].as_bool()) {
        (Some(text), Some(true)) if text.contains("parentheses can nest at most 32 deep") => {}
        _ => return Err(format!("the deep query gave no message, or a fatal one: {error}")),
    }
    session.goto(&format!("{base}?far#/timeline?from=9998-01-01&to=9999-12-31"))?;
    session.execute_async(WAIT_FOR_APP)?;
    let timeline = session.execute(
        "const t = document.getElementById('timeline'); return [t && t.dataset.from, t && t.dataset.to, document.getElementById('fatal').hidden];",
    )?;
    expect_eq(timeline, json!(["9998-01-01", "9999-12-31", true]))
}

/// An error nothing catches (a wasm trap arrives as one) must say so. The probe is dispatched
/// as the browser dispatches an uncaught error: one thrown by a WebDriver script would reach
/// the page muted to "Script error." from `file://`.
fn uncaught_error_shows_the_banner(session: &Session) -> Result {
    session.execute(
        "setTimeout(() => window.dispatchEvent(new ErrorEvent('error', { message: 'RuntimeError: unreachable (probe)' })), 0); return true;",
    )?;
    let banner = session.execute_async(
        r#"
const done = arguments[arguments.length - 1];
const banner = document.getElementById("fatal");
const shown = () => !banner.hidden && banner.textContent;
if (shown()) { done(shown()); return; }
new MutationObserver((_, o) => { if (shown()) { o.disconnect(); done(shown()); } })
  .observe(banner, { attributes: true, childList: true, characterData: true, subtree: true });
"#,
    )?;
    match banner.as_str() {
        Some(text)
            if text.contains("internal error")
                && text.contains("probe")
                && text.contains("Reload the page") =>
        {
            Ok(())
        }
        _ => Err(format!("the banner says {banner}")),
    }
}

fn expect_eq(actual: Value, expected: Value) -> Result {
    if actual == expected {
        Ok(())
    } else {
        let short = |v: &Value| v.to_string().chars().take(300).collect::<String>();
        Err(format!("expected {}, got {}", short(&expected), short(&actual)))
    }
}

/// A script that resolves when `performance.mark(name)` has happened in this page.
pub fn wait_for_mark(name: &str) -> String {
    format!(
        r#"
const done = arguments[arguments.length - 1];
if (performance.getEntriesByName("{name}").length) {{ done(true); return; }}
new PerformanceObserver((list, observer) => {{
  if (list.getEntriesByName("{name}").length) {{ observer.disconnect(); done(true); }}
}}).observe({{ type: "mark", buffered: true }});
"#
    )
}

/// The `newslens` command line, built in release (a no-op when it is up to date).
pub fn newslens_cli() -> Result<PathBuf> {
    run_cmd(cargo().args(["build", "--release", "-p", "newslens-cli"]))?;
    Ok(target_dir().join("release/newslens"))
}

/// Runs `newslens build` with `args` in the workspace root; returns what it printed on
/// standard error (its summary), or why it failed.
pub fn newslens_build(cli: &Path, args: &[&std::ffi::OsStr]) -> Result<String> {
    let mut cmd = Command::new(cli);
    cmd.arg("build").args(args).current_dir(root());
    eprintln!(
        "$ {} build {}",
        cli.display(),
        args.iter().map(|a| a.to_string_lossy()).collect::<Vec<_>>().join(" ")
    );
    let out = cmd.output().map_err(|e| format!("{}: {e}", cli.display()))?;
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if !out.status.success() {
        return Err(format!("newslens build failed ({}): {}", out.status, stderr.trim()));
    }
    Ok(stderr)
}

/// An article of `tests/data/build/`: its file, its title, its body (after the header), the
/// word no other article has, and the start of the event its relative date resolves to.
struct Article {
    title: String,
    body: String,
    unique: &'static str,
    event_start: &'static str,
}

/// `tests/data/build/`'s articles. The dates are what their `Date:` line makes of "on
/// Tuesday", "on Sunday night", ...: the week before the reference date.
fn test_articles() -> Result<Vec<Article>> {
    let known = [
        ("ferry-strike.txt", "catamaran", "2025-03-11"),
        ("orchard-frost.md", "rootstock", "2025-04-20"),
        ("telescope.txt", "spectrograph", "2025-06-04"),
        ("library-reopens.txt", "ledger", "2025-09-15"),
    ];
    known
        .iter()
        .map(|&(file, unique, event_start)| {
            let path = root().join("tests/data/build").join(file);
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let (header, body) = text.split_once("\n\n").ok_or_else(|| format!("{file} has no header"))?;
            let title = header
                .lines()
                .find_map(|l| l.strip_prefix("Title: "))
                .ok_or_else(|| format!("{file} has no Title: line"))?
                .to_string();
            let words = text.to_lowercase().matches(unique).count();
            if words != 1 {
                return Err(format!("{file} has {unique} {words} times, not once"));
            }
            Ok(Article { title, body: body.to_string(), unique, event_start })
        })
        .collect()
}

/// The page `newslens build` makes from `tests/data/build/`, opened from `file://` in a fresh
/// profile: its articles listed, the first highlighted, each found by its own word, on the
/// timeline, with no request and no error.
fn built_page_checks(
    driver: &Driver,
    tools: &Tools,
    page: &Path,
    report: &mut impl FnMut(&'static str, Result),
) {
    let built = (|| -> Result<(PathBuf, Vec<Article>)> {
        let articles = test_articles()?;
        let out = root().join("target/e2e/built.html");
        std::fs::create_dir_all(out.parent().unwrap()).map_err(|e| e.to_string())?;
        let _ = std::fs::remove_file(&out);
        let cli = newslens_cli()?;
        let summary = newslens_build(
            &cli,
            &[
                "--title".as_ref(),
                "Four test articles".as_ref(),
                "--page".as_ref(),
                page.as_os_str(),
                "-o".as_ref(),
                out.as_os_str(),
                "tests/data/build".as_ref(),
            ],
        )?;
        eprintln!("e2e: newslens build said: {}", summary.trim());
        Ok((out, articles))
    })();
    let (out, articles) = match built {
        Ok(built) => built,
        Err(e) => return report("newslens build makes a page from tests/data/build", Err(e)),
    };
    report("newslens build makes a page from tests/data/build", Ok(()));
    let session = match driver.session(&tools.chromium) {
        Ok(session) => session,
        Err(e) => return report("the built page opens in a fresh profile", Err(e)),
    };
    let base = file_url(&out);
    let opened = session.goto(&base).and_then(|()| session.execute_async(WAIT_FOR_READY));
    report("the built page opens in a fresh profile", opened.map(drop));
    // Each listed document's id and title, in list order.
    let listed = || -> Result<Vec<(String, String)>> {
        let list = session.execute(
            "return [...document.querySelectorAll('[data-doc-id]')].map(e => [e.getAttribute('data-doc-id'), e.querySelector('.doc-label').textContent]);",
        )?;
        serde_json::from_value(list).map_err(|e| e.to_string())
    };
    let id_of = |title: &str| -> Result<String> {
        listed()?
            .into_iter()
            .find(|(_, t)| t == title)
            .map(|(id, _)| id)
            .ok_or_else(|| format!("no document titled {title:?}"))
    };
    report(
        "the built page lists its articles by title",
        (|| {
            let mut titles: Vec<String> = listed()?.into_iter().map(|(_, t)| t).collect();
            titles.sort();
            let mut expected: Vec<String> = articles.iter().map(|a| a.title.clone()).collect();
            expected.sort();
            expect_eq(json!(titles), json!(expected))
        })(),
    );
    report(
        "the built page shows its first article, highlighted",
        (|| {
            let (first, title) = listed()?.into_iter().next().ok_or("no document listed")?;
            let article = articles
                .iter()
                .find(|a| a.title == title)
                .ok_or_else(|| format!("unexpected title {title:?}"))?;
            let reader = session.execute(
            "const r = document.getElementById('reader'); return r && [r.getAttribute('data-doc'), r.textContent];",
        )?;
            if reader[0] != json!(first) {
                return Err(format!("the reader shows {}, the list starts with {first}", reader[0]));
            }
            let first_paragraph = article.body.split("\n\n").next().unwrap_or_default();
            if !reader[1].as_str().is_some_and(|text| text.contains(first_paragraph)) {
                return Err(format!("the reader's text lacks {first_paragraph:?}"));
            }
            let counts = label_counts(&session)?;
            let missing: Vec<&str> = LABELS
                .iter()
                .zip(&counts)
                .filter(|(label, n)| {
                    // The layers the reader shows by default.
                    ["PERSON", "TIME", "QUOTE"].contains(label) && **n == 0
                })
                .map(|(label, _)| *label)
                .collect();
            if missing.is_empty() {
                Ok(())
            } else {
                Err(format!("no {} mark ({LABELS:?}: {counts:?})", missing.join(", ")))
            }
        })(),
    );
    report(
        "the built page finds each article by its own word, and only there",
        (|| {
            for (n, article) in articles.iter().enumerate() {
                let id = id_of(&article.title)?;
                session.goto(&format!("{base}?q{n}#/search?q={}", article.unique))?;
                session.execute_async(&wait_for_mark("newslens:results"))?;
                let results = session.execute(
                "return [...document.querySelectorAll('#results [data-result]')].map(r => [r.dataset.doc, r.textContent]);",
            )?;
                let results: Vec<(String, String)> =
                    serde_json::from_value(results).map_err(|e| e.to_string())?;
                let [(doc, line)] = results.as_slice() else {
                    return Err(format!(
                        "{}: {} results, not one: {results:?}",
                        article.unique,
                        results.len()
                    ));
                };
                let line = line.trim_matches('…');
                if *doc != id || !line.to_lowercase().contains(article.unique) || !article.body.contains(line)
                {
                    return Err(format!(
                        "{}: found in {doc} ({line:?}), expected a sentence of {id}",
                        article.unique
                    ));
                }
            }
            Ok(())
        })(),
    );
    report(
        "the built page's timeline shows each article's event",
        (|| {
            session.goto(&format!("{base}?timeline#/timeline"))?;
            session.execute_async(WAIT_FOR_APP)?;
            let starts = session.execute(
                "return [...document.querySelectorAll('[data-event]')].map(e => e.dataset.start);",
            )?;
            let missing: Vec<&str> = articles
                .iter()
                .map(|a| a.event_start)
                .filter(|d| !starts.as_array().is_some_and(|s| s.iter().any(|e| e == d)))
                .collect();
            if missing.is_empty() {
                Ok(())
            } else {
                Err(format!("no event starting {} in {starts}", missing.join(", ")))
            }
        })(),
    );
    report(
        "the built page makes no network request and shows no error or notice",
        (|| {
            no_requests_no_errors(&session)?;
            expect_eq(session.execute("return document.getElementById('notices');")?, Value::Null)
        })(),
    );
}

/// Copies of the single file whose `#newslens-bundle` cannot be read: base64 of bytes that
/// do not inflate, of bytes that inflate but are no bundle, and of the built page's bundle
/// with one byte changed. Each opens with the five bundled documents and says why.
fn corrupt_bundle_checks(
    driver: &Driver,
    tools: &Tools,
    page: &Path,
    report: &mut impl FnMut(&'static str, Result),
) {
    let garbage: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain((0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8))
        .collect();
    let mut flipped = None;
    if let Ok(built) = std::fs::read_to_string(root().join("target/e2e/built.html")) {
        if let Some(mut bundle) = bundle_of(&built) {
            let middle = bundle.len() / 2;
            bundle[middle] ^= 0x55;
            flipped = Some(deflate(&bundle));
        }
    }
    let cases: [(&'static str, Option<Vec<u8>>); 3] = [
        (
            "a bundle that does not inflate falls back to the bundled corpus with a notice",
            Some(garbage.clone()),
        ),
        (
            "a bundle that inflates to garbage falls back to the bundled corpus with a notice",
            Some(deflate(&garbage)),
        ),
        (
            "a built page's bundle with one byte changed falls back to the bundled corpus with a notice",
            flipped,
        ),
    ];
    let session = match driver.session(&tools.chromium) {
        Ok(session) => session,
        Err(e) => return report("a fresh profile for the corrupt bundles", Err(e)),
    };
    for (n, (name, payload)) in cases.into_iter().enumerate() {
        let outcome = (|| {
            let payload = payload.ok_or("no bundle in target/e2e/built.html to corrupt")?;
            let html = std::fs::read_to_string(page).map_err(|e| format!("{}: {e}", page.display()))?;
            let corrupt = root().join(format!("target/e2e/corrupt-{n}.html"));
            std::fs::write(&corrupt, with_bundle(&html, &payload)?).map_err(|e| e.to_string())?;
            session.goto(&file_url(&corrupt))?;
            session.execute_async(WAIT_FOR_READY)?;
            lists_the_five_documents(&session)?;
            let notice = session.execute(
                "const n = document.getElementById('notices'); return n && [n.getAttribute('role'), n.textContent];",
            )?;
            if notice[0] != "status" || !notice[1].as_str().is_some_and(|t| t.contains("could not be opened"))
            {
                return Err(format!("no notice that the collection could not be opened: {notice}"));
            }
            no_requests_no_errors(&session)
        })();
        report(name, outcome);
    }
}

/// `html` with `payload` as its `#newslens-bundle` data block (base64), before the wasm's.
fn with_bundle(html: &str, payload: &[u8]) -> Result<String> {
    let block = format!(
        "<script type=\"application/octet-stream\" id=\"newslens-bundle\">{}</script>\n",
        base64::engine::general_purpose::STANDARD.encode(payload)
    );
    if html.contains("id=\"newslens-bundle\"") {
        return Err("the single file already carries a bundle".to_string());
    }
    let wasm = "<script type=\"application/octet-stream\" id=\"newslens-wasm\">";
    let at = html.find(wasm).ok_or("the single file has no wasm data block")?;
    Ok(format!("{}{block}{}", &html[..at], &html[at..]))
}

/// The inflated `#newslens-bundle` of a page `newslens build` wrote.
fn bundle_of(html: &str) -> Option<Vec<u8>> {
    let start = html.find("id=\"newslens-bundle\">")? + "id=\"newslens-bundle\">".len();
    let end = start + html[start..].find("</script>")?;
    let deflated = base64::engine::general_purpose::STANDARD.decode(html[start..end].trim()).ok()?;
    let mut bytes = Vec::new();
    flate2::read::DeflateDecoder::new(deflated.as_slice()).read_to_end(&mut bytes).ok()?;
    Some(bytes)
}

fn deflate(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}
