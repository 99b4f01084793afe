//! End-to-end checks: `dist/newslens.html` opened from `file://` in headless Chromium.

use std::path::Path;

use serde_json::Value;

use crate::tools::Tools;
use crate::webdriver::{Driver, Session};
use crate::{root, Result};

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
    let url = format!("{}#/doc/001_fd0447f87cd5aaab", file_url(file));
    session.goto(&url)?;
    session.execute_async(WAIT_FOR_READY).map_err(|e| format!("the app never became ready: {e}"))?;

    let marks = session.execute(
        "return performance.getEntriesByType('mark').filter(m => m.name.startsWith('newslens:')).map(m => m.name.slice(9) + ' ' + Math.round(m.startTime) + ' ms').join(', ');",
    )?;
    eprintln!("e2e: start-up (one run; see BENCHMARKS.md): {}", marks.as_str().unwrap_or("no marks"));

    let checks: [(&str, Check); 11] = [
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
            // The search's own hits: the word "Korea" (any case), not "Korean", which is another word.
            let lower = text.to_lowercase();
            let words = lower
                .match_indices("korea")
                .filter(|(at, _)| !lower[at + 5..].starts_with(|c: char| c.is_alphanumeric()))
                .filter(|(at, _)| !lower[..*at].ends_with(|c: char| c.is_alphanumeric()))
                .count();
            expect_eq(s.execute(&count_script("HIT"))?, serde_json::json!(words))?;
            shows_exact_text(s, "001_fd0447f87cd5aaab")
        }),
        ("searches from the address", |s| {
            let base = file_url(&root().join("dist/newslens.html"));
            s.goto(&format!("{base}?search#/search?q=Gabuev"))?;
            s.execute_async(WAIT_FOR_APP)?;
            let docs = s.execute(
                "return [...new Set([...document.querySelectorAll('#results [data-result]')].map(r => r.dataset.doc.slice(0, 3)))];",
            )?;
            expect_eq(docs, serde_json::json!(["001", "002"]))?;
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
        ("makes no network request and shows no error", no_requests_no_errors),
        ("hostile links leave the app alive with a message", hostile_links),
        // Last: it leaves the page in its failed state.
        ("an uncaught error shows the fatal banner", uncaught_error_shows_the_banner),
    ];
    let mut failed = Vec::new();
    for (name, check) in checks {
        match check(&session) {
            Ok(()) => eprintln!("e2e: {name} ... ok"),
            Err(e) => {
                eprintln!("e2e: {name} ... FAILED: {e}");
                failed.push(name);
            }
        }
    }
    println!("e2e: {} passed, {} failed", checks.len() - failed.len(), failed.len());
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
    expect_eq(serde_json::json!(after), serde_json::json!(expected))?;
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
    expect_eq(listed, serde_json::json!(expected))
}

fn shows_exact_text(session: &Session, id: &str) -> Result {
    let reader = session.execute(
        "const r = document.getElementById('reader'); return r && [r.getAttribute('data-doc'), r.textContent];",
    )?;
    let text = std::fs::read_to_string(root().join(format!("corpus/{id}.txt"))).map_err(|e| e.to_string())?;
    expect_eq(reader, serde_json::json!([id, text]))
}

fn no_requests_no_errors(session: &Session) -> Result {
    let state = session.execute(
        "return [performance.getEntriesByType('resource').map(r => r.name), document.getElementById('fatal').hidden];",
    )?;
    expect_eq(state, serde_json::json!([[], true]))
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
    expect_eq(timeline, serde_json::json!(["9998-01-01", "9999-12-31", true]))
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
