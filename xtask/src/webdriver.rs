//! A small blocking WebDriver client: enough of the W3C protocol to drive ChromeDriver from
//! the end-to-end checks and benchmarks (start a session, open a URL, run a script, click),
//! plus ChromeDriver's DevTools passthrough (`Session::cdp`).

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};

use serde_json::{json, Value};

use crate::{root, Result};

/// The W3C key under which an element reference comes back.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// A running ChromeDriver; killed when dropped.
pub struct Driver {
    child: Child,
    base: String,
    agent: ureq::Agent,
}

impl Driver {
    /// Starts `chromedriver` on a free loopback port and waits for its "started" line.
    pub fn start(chromedriver: &Path) -> Result<Driver> {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| format!("no free port: {e}"))?
            .port();
        let mut child = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("{}: {e}", chromedriver.display()))?;
        let stdout = child.stdout.take().expect("piped stdout");
        let started = BufReader::new(stdout)
            .lines()
            .map_while(|line| line.ok())
            .any(|line| line.contains("started successfully"));
        if !started {
            let _ = child.kill();
            return Err("chromedriver exited before it started".to_string());
        }
        let agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
        Ok(Driver { child, base: format!("http://127.0.0.1:{port}"), agent })
    }

    /// A new browser session with a fresh profile, headless as `webdriver.json` says.
    pub fn session(&self, chromium: &Path) -> Result<Session<'_>> {
        let config: Value = serde_json::from_str(
            &std::fs::read_to_string(root().join("webdriver.json"))
                .map_err(|e| format!("webdriver.json: {e}"))?,
        )
        .map_err(|e| format!("webdriver.json: {e}"))?;
        let mut args = config["goog:chromeOptions"]["args"].as_array().cloned().unwrap_or_default();
        let profile =
            std::env::temp_dir().join(format!("newslens-profile-{}-{}", std::process::id(), nanos()));
        args.push(json!(format!("--user-data-dir={}", profile.display())));
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": { "binary": chromium, "args": args },
        }}});
        let value = self.send("POST", "/session", Some(capabilities))?;
        let id = value["sessionId"].as_str().ok_or("no sessionId in the new-session answer")?.to_string();
        let session = Session { driver: self, id, profile };
        session.call("POST", "/timeouts", json!({ "script": 30_000, "pageLoad": 30_000 }))?;
        Ok(session)
    }

    fn send(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value> {
        let url = format!("{}{path}", self.base);
        let response = match (method, body) {
            ("DELETE", _) => self.agent.delete(&url).call(),
            (_, Some(body)) => self.agent.post(&url).send_json(&body),
            (_, None) => self.agent.get(&url).call(),
        };
        let mut response = response.map_err(|e| format!("{method} {path}: {e}"))?;
        let status = response.status();
        let answer: Value = response.body_mut().read_json().map_err(|e| format!("{method} {path}: {e}"))?;
        if !status.is_success() {
            let message = answer["value"]["message"].as_str().unwrap_or("no message");
            return Err(format!("{method} {path}: {status}: {message}"));
        }
        Ok(answer["value"].clone())
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One browser; closed when dropped.
pub struct Session<'d> {
    driver: &'d Driver,
    id: String,
    profile: std::path::PathBuf,
}

impl Session<'_> {
    fn call(&self, method: &str, path: &str, body: Value) -> Result<Value> {
        self.driver.send(method, &format!("/session/{}{path}", self.id), Some(body))
    }

    pub fn goto(&self, url: &str) -> Result {
        self.call("POST", "/url", json!({ "url": url })).map(drop)
    }

    /// Runs `script` (a function body) and returns its value.
    pub fn execute(&self, script: &str) -> Result<Value> {
        self.call("POST", "/execute/sync", json!({ "script": script, "args": [] }))
    }

    /// Runs `script`, which calls `arguments[0]` with its result when done.
    pub fn execute_async(&self, script: &str) -> Result<Value> {
        self.call("POST", "/execute/async", json!({ "script": script, "args": [] }))
    }

    /// Runs `script` with `args` (`arguments[0]`, ...) and returns its value.
    pub fn execute_with(&self, script: &str, args: Value) -> Result<Value> {
        self.call("POST", "/execute/sync", json!({ "script": script, "args": args }))
    }

    /// Runs `script` with `args`; it calls its last argument with its result when done.
    pub fn execute_async_with(&self, script: &str, args: Value) -> Result<Value> {
        self.call("POST", "/execute/async", json!({ "script": script, "args": args }))
    }

    /// Sends a Chrome DevTools Protocol command (`Page.printToPDF`, `Emulation.…`) through
    /// ChromeDriver, for what WebDriver itself cannot do: emulate a screen or a colour scheme,
    /// print, take a screenshot of a set size, or bypass the page's CSP in a test.
    pub fn cdp(&self, cmd: &str, params: Value) -> Result<Value> {
        self.call("POST", "/goog/cdp/execute", json!({ "cmd": cmd, "params": params }))
    }

    /// Clicks the first element matching a CSS selector, as a user would.
    pub fn click(&self, selector: &str) -> Result {
        let found = self.call("POST", "/element", json!({ "using": "css selector", "value": selector }))?;
        let element =
            found[ELEMENT_KEY].as_str().ok_or_else(|| format!("no element matches {selector}: {found}"))?;
        self.call("POST", &format!("/element/{element}/click"), json!({})).map(drop)
    }
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        let _ = self.driver.send("DELETE", &format!("/session/{}", self.id), None);
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

fn nanos() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos())
}
