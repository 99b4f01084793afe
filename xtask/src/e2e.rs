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

pub fn run(tools: &Tools, file: &Path) -> Result {
    let driver = Driver::start(&tools.chromedriver)?;
    let session = driver.session(&tools.chromium)?;
    let url = format!("file://{}#/doc/001_fd0447f87cd5aaab", file.display());
    session.goto(&url)?;
    session.execute_async(WAIT_FOR_READY).map_err(|e| format!("the app never became ready: {e}"))?;

    let checks: [(&str, Check); 4] = [
        ("lists the five documents", lists_the_five_documents),
        ("shows 001's exact text", |s| shows_exact_text(s, "001_fd0447f87cd5aaab")),
        ("a click opens 004", |s| {
            s.click("[data-doc-id='004_dc8a3dec1270afb0'] a")?;
            shows_exact_text(s, "004_dc8a3dec1270afb0")
        }),
        ("makes no network request and shows no error", no_requests_no_errors),
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

fn expect_eq(actual: Value, expected: Value) -> Result {
    if actual == expected {
        Ok(())
    } else {
        let short = |v: &Value| v.to_string().chars().take(300).collect::<String>();
        Err(format!("expected {}, got {}", short(&expected), short(&actual)))
    }
}
