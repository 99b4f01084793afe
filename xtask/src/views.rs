//! Every view as a person meets it: axe-core on each view in light and dark (injected with
//! the page's CSP bypassed by DevTools, in the test only), the phone layout at 390x844, the
//! article on A4 paper, and `cargo xtask screenshots`, which writes each view at 1400x900 and
//! 390x844 in both schemes into `docs/screenshots/`.

use std::path::{Path, PathBuf};

use base64::Engine as _;
use serde_json::json;

use crate::webdriver::Session;
use crate::{root, Result};

/// A view: its name (in file names and messages), its address, and a selector that matches
/// once it is drawn.
pub struct View {
    pub name: &'static str,
    pub hash: &'static str,
    pub ready: &'static str,
}

/// Every view of the app, as the issue's "every view" lists them.
pub const VIEWS: [View; 8] = [
    View { name: "home", hash: "#/", ready: "#reader" },
    View {
        name: "reader-001",
        hash: "#/doc/001_fd0447f87cd5aaab",
        ready: "#reader[data-doc='001_fd0447f87cd5aaab']",
    },
    View {
        name: "reader-003",
        hash: "#/doc/003_59a4a1a89b4914cd?layers=PERSON,ORG,PLACE,GROUP,TIME,NUMBER,QUOTE,THEME,HIT",
        ready: "#reader[data-doc='003_59a4a1a89b4914cd']",
    },
    View { name: "search-empty", hash: "#/search", ready: ".search-view .hint" },
    View { name: "search", hash: "#/search?q=Pentagon&f=label:QUOTE", ready: "#results [data-result] mark" },
    View { name: "timeline", hash: "#/timeline", ready: "#timeline" },
    View { name: "compare", hash: "#/compare", ready: ".compare-view" },
    View {
        name: "compare-pair",
        hash: "#/compare/001_fd0447f87cd5aaab/002_f395a87a0317fa07",
        ready: ".compare-view",
    },
];

/// Resolves when `arguments[0]` matches an element (checked on every change to the page).
const WAIT_FOR: &str = r#"
const [selector, done] = [arguments[0], arguments[arguments.length - 1]];
if (document.querySelector(selector)) { done(true); return; }
new MutationObserver((_, o) => { if (document.querySelector(selector)) { o.disconnect(); done(true); } })
  .observe(document.documentElement, { childList: true, subtree: true, attributes: true });
"#;

/// Shows `view` by setting the hash (the app follows it) and waits until it is drawn.
pub fn show(session: &Session, view: &View) -> Result {
    session.execute_with("location.hash = arguments[0]; return true;", json!([view.hash]))?;
    session
        .execute_async_with(WAIT_FOR, json!([view.ready]))
        .map_err(|e| format!("{} never showed {}: {e}", view.name, view.ready))?;
    // Two frames, so effects that run after drawing (scrolling, focus) are done too.
    session.execute_async_with(
        "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
        json!([]),
    )?;
    Ok(())
}

/// Emulates a colour scheme (`light` or `dark`) through `prefers-color-scheme`.
pub fn color_scheme(session: &Session, scheme: &str) -> Result {
    session
        .cdp(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
        )
        .map(drop)
}

/// Emulates a screen of `width` x `height` CSS pixels (a phone's when narrow).
pub fn screen(session: &Session, width: u32, height: u32) -> Result {
    session
        .cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600 }),
        )
        .map(drop)
}

/// Opens `url` with the page's Content-Security-Policy bypassed (this session only: the
/// product's CSP is unchanged) and injects axe-core.
fn open_with_axe(session: &Session, url: &str, axe: &Path) -> Result {
    let source = std::fs::read_to_string(axe).map_err(|e| format!("{}: {e}", axe.display()))?;
    session.cdp("Page.setBypassCSP", json!({ "enabled": true }))?;
    session.goto(url)?;
    session.execute_async_with(WAIT_FOR, json!(["header.top"]))?;
    let loaded = session.execute_with(
        "const s = document.createElement('script'); s.textContent = arguments[0]; document.head.appendChild(s); return typeof axe;",
        json!([source]),
    )?;
    if loaded != "object" {
        return Err(format!("axe-core did not load into the page ({loaded})"));
    }
    Ok(())
}

/// Runs axe-core on the page; resolves to its violations, each a line.
const RUN_AXE: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, { resultTypes: ["violations"] }).then(r => done(r.violations.map(v =>
  `${v.id} (${v.impact}): ${v.help}: ` + v.nodes.slice(0, 4).map(n => n.target.join(" ")).join(", ")
  + (v.nodes.length > 4 ? ` and ${v.nodes.length - 4} more` : ""))), e => done([`axe failed: ${e}`]));
"#;

/// axe-core's violations on every view, light and dark; every one is printed, and the check
/// fails when there is any.
pub fn accessibility(session: &Session, page: &Path, axe: &Path) -> Result {
    open_with_axe(session, &format!("{}?a11y#/", file_url(page)), axe)?;
    screen(session, 1400, 900)?;
    let mut found = Vec::new();
    for scheme in ["light", "dark"] {
        color_scheme(session, scheme)?;
        for view in &VIEWS {
            show(session, view)?;
            let violations = session.execute_async_with(RUN_AXE, json!([]))?;
            for violation in violations.as_array().into_iter().flatten() {
                let line = format!("{} ({scheme}): {}", view.name, violation.as_str().unwrap_or_default());
                eprintln!("e2e: axe: {line}");
                found.push(line);
            }
        }
    }
    color_scheme(session, "light")?;
    match found.len() {
        0 => Ok(()),
        n => Err(format!("{n} axe-core violations (listed above)")),
    }
}

/// At 390x844 the article and the results start on the first screen, and a tapped
/// highlight's card is on screen; screenshots go to `target/e2e/`.
pub fn phone(session: &Session, page: &Path) -> Result {
    session.goto(&format!("{}?phone#/", file_url(page)))?;
    session.execute_async_with(WAIT_FOR, json!(["header.top"]))?;
    screen(session, 390, 844)?;
    let outcome = (|| {
        let top = |selector: &str| -> Result<f64> {
            let top = session.execute_with(
                "const e = document.querySelector(arguments[0]); return e && [e.getBoundingClientRect().top, innerHeight];",
                json!([selector]),
            )?;
            match (top[0].as_f64(), top[1].as_f64()) {
                (Some(top), Some(height)) if top + 60.0 <= height => Ok(top),
                _ => Err(format!("{selector} is not within the first screen: {top}")),
            }
        };
        show(session, &VIEWS[1])?;
        top("#reader p")?;
        screenshot(session, &root().join("target/e2e/phone-reader.png"))?;
        show(session, &VIEWS[4])?;
        top("#results [data-result]")?;
        screenshot(session, &root().join("target/e2e/phone-search.png"))?;
        show(session, &VIEWS[1])?;
        session.click("#reader mark[data-label='PERSON']")?;
        session.execute_async_with(WAIT_FOR, json!(["#card[data-label]"]))?;
        let card = session.execute(
            "const r = document.getElementById('card').getBoundingClientRect(); return [r.top >= 0 && r.bottom <= innerHeight + 0.5, r.top, r.bottom, innerHeight];",
        )?;
        screenshot(session, &root().join("target/e2e/phone-card.png"))?;
        if card[0] != true {
            return Err(format!("the tapped highlight's card is off screen: {card}"));
        }
        Ok(())
    })();
    screen(session, 1400, 900)?;
    outcome
}

/// Printing 001 on A4 gives at most `MAX_PRINTED_PAGES` pages, with no navigation.
pub fn print(session: &Session, page: &Path) -> Result {
    const MAX_PRINTED_PAGES: usize = 3;
    session.goto(&format!("{}?print#/doc/001_fd0447f87cd5aaab", file_url(page)))?;
    session.execute_async_with(WAIT_FOR, json!(["#reader"]))?;
    session.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))?;
    let shown = session.execute(
        "const on = s => { const e = document.querySelector(s); return !!e && getComputedStyle(e).display !== 'none'; }; \
         return ['header.top', '.doc-list', '#reader', '.legend', '.entity-pane'].map(on);",
    );
    session.cdp("Emulation.setEmulatedMedia", json!({ "media": "" }))?;
    if shown? != json!([false, false, true, true, true]) {
        return Err("in print, the header and document list must be hidden and the article, legend and entities shown".into());
    }
    let pdf = session.cdp(
        "Page.printToPDF",
        json!({ "paperWidth": 8.27, "paperHeight": 11.69, "marginTop": 0, "marginBottom": 0,
                "marginLeft": 0, "marginRight": 0, "preferCSSPageSize": true }),
    )?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(pdf["data"].as_str().ok_or("printToPDF returned no data")?)
        .map_err(|e| e.to_string())?;
    let out = root().join("target/e2e/print-001.pdf");
    std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
    let pages = pdf_pages(&bytes);
    eprintln!("e2e: 001 prints as {pages} A4 pages ({})", out.display());
    if (1..=MAX_PRINTED_PAGES).contains(&pages) {
        Ok(())
    } else {
        Err(format!("001 prints as {pages} A4 pages, more than {MAX_PRINTED_PAGES}"))
    }
}

/// The page count of a PDF Chromium printed: its page objects (`/Type /Page`, not `/Pages`).
fn pdf_pages(pdf: &[u8]) -> usize {
    let needle = b"/Type /Page";
    pdf.windows(needle.len() + 1).filter(|w| w.starts_with(needle) && w[needle.len()] != b's').count()
}

/// Writes a PNG of the screen as it is to `out`.
pub fn screenshot(session: &Session, out: &Path) -> Result {
    let shot = session.cdp("Page.captureScreenshot", json!({ "format": "png" }))?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(shot["data"].as_str().ok_or("captureScreenshot returned no data")?)
        .map_err(|e| e.to_string())?;
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(out, bytes).map_err(|e| format!("{}: {e}", out.display()))
}

/// `cargo xtask screenshots`: every view at 1400x900 and 390x844, light and dark, as
/// `docs/screenshots/<view>-<width>-<scheme>.png`. Returns the files written.
pub fn screenshots(session: &Session, page: &Path) -> Result<Vec<PathBuf>> {
    session.goto(&format!("{}?shots#/", file_url(page)))?;
    session.execute_async_with(WAIT_FOR, json!(["header.top"]))?;
    let mut written = Vec::new();
    for (width, height) in [(1400, 900), (390, 844)] {
        screen(session, width, height)?;
        for scheme in ["light", "dark"] {
            color_scheme(session, scheme)?;
            for view in &VIEWS {
                show(session, view)?;
                let out = root().join(format!("docs/screenshots/{}-{width}-{scheme}.png", view.name));
                screenshot(session, &out)?;
                written.push(out);
            }
        }
    }
    Ok(written)
}

fn file_url(file: &Path) -> String {
    format!("file://{}", file.display())
}
