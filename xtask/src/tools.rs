//! Installs the tools the tasks need, each only when missing or at the wrong version.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{cargo, root, run_cmd, Result};

/// The Trunk version that builds with this machine's rustc (0.22 needs a newer one).
const TRUNK_VERSION: &str = "0.21.14";
/// The cargo-fuzz version the fuzz tasks install.
const CARGO_FUZZ_VERSION: &str = "0.13.2";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// What `dist` needs: the wasm target, wasm-bindgen at Cargo.lock's version, maybe wasm-opt.
pub struct BuildTools {
    pub wasm_bindgen: PathBuf,
    /// binaryen's `wasm-opt`, from `tools/node_modules`; `None` where npm is missing.
    pub wasm_opt: Option<PathBuf>,
}

impl BuildTools {
    /// `PATH` with the project's wasm-opt first, so Trunk never picks up an older system one.
    pub fn path_with_wasm_opt(&self) -> std::ffi::OsString {
        let mut dirs: Vec<PathBuf> =
            self.wasm_opt.iter().filter_map(|p| p.parent().map(Path::to_path_buf)).collect();
        dirs.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
        std::env::join_paths(dirs).expect("PATH entries")
    }
}

/// Everything: the build tools plus Trunk, Chromium and ChromeDriver.
pub struct Tools {
    pub build: BuildTools,
    pub trunk: PathBuf,
    pub chromium: PathBuf,
    pub chromedriver: PathBuf,
}

impl std::ops::Deref for Tools {
    type Target = BuildTools;
    fn deref(&self) -> &BuildTools {
        &self.build
    }
}

pub fn install_all() -> Result<Tools> {
    let build = install_build_tools()?;
    let trunk = ensure_cargo_tool("trunk", TRUNK_VERSION, &["--locked"])?;
    let (chromium, chromedriver) = ensure_chromium()?;
    Ok(Tools { build, trunk, chromium, chromedriver })
}

pub fn install_build_tools() -> Result<BuildTools> {
    ensure_wasm_target()?;
    // The CLI must match the wasm-bindgen crate exactly; its locked tree does not resolve
    // here, hence no --locked.
    let wasm_bindgen =
        ensure_cargo_tool_as("wasm-bindgen-cli", "wasm-bindgen", &locked_version("wasm-bindgen")?, &[])?;
    Ok(BuildTools { wasm_bindgen, wasm_opt: ensure_wasm_opt() })
}

fn ensure_wasm_target() -> Result {
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"]))
        .map_err(|e| format!("rustup is needed to add the {WASM_TARGET} target: {e}"))?;
    if installed.lines().any(|l| l.trim() == WASM_TARGET) {
        return Ok(());
    }
    run_cmd(Command::new("rustup").args(["target", "add", WASM_TARGET]))
}

/// The version of `package` that Cargo.lock pins.
fn locked_version(package: &str) -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let lock: toml::Table = toml::from_str(&lock).map_err(|e| format!("Cargo.lock: {e}"))?;
    lock.get("package")
        .and_then(|p| p.as_array())
        .into_iter()
        .flatten()
        .find(|p| p.get("name").and_then(|n| n.as_str()) == Some(package))
        .and_then(|p| p.get("version")?.as_str().map(str::to_string))
        .ok_or_else(|| format!("Cargo.lock has no {package}"))
}

fn ensure_cargo_tool(name: &str, version: &str, flags: &[&str]) -> Result<PathBuf> {
    ensure_cargo_tool_as(name, name, version, flags)
}

/// Finds `binary` at `version`, or `cargo install`s `package` at that version.
fn ensure_cargo_tool_as(package: &str, binary: &str, version: &str, flags: &[&str]) -> Result<PathBuf> {
    if let Some(path) = find_binary(binary) {
        let reported = output(Command::new(&path).arg("--version")).unwrap_or_default();
        if reported.split_whitespace().any(|word| word == version) {
            return Ok(path);
        }
        eprintln!("{binary} is {}, need {version}: installing", reported.trim());
    }
    run_cmd(cargo().args(["install", package, "--version", version]).args(flags))?;
    find_binary(binary).ok_or_else(|| format!("{binary} was installed but is not on PATH or in ~/.cargo/bin"))
}

/// cargo-fuzz, for the fuzz targets of `core/fuzz`.
pub fn ensure_cargo_fuzz() -> Result<PathBuf> {
    ensure_cargo_tool_as("cargo-fuzz", "cargo-fuzz", CARGO_FUZZ_VERSION, &["--locked"])
}

fn ensure_chromium() -> Result<(PathBuf, PathBuf)> {
    let find = || Some((find_binary("chromium")?, find_binary("chromedriver")?));
    if let Some(found) = find() {
        return Ok(found);
    }
    let is_root = output(Command::new("id").arg("-u")).is_ok_and(|uid| uid.trim() == "0");
    if !is_root {
        return Err("Chromium and ChromeDriver are missing. Install them with \
                    `sudo apt-get install chromium chromium-driver` and run this again."
            .to_string());
    }
    run_cmd(Command::new("apt-get").args(["update", "-q"]))?;
    run_cmd(
        Command::new("apt-get")
            .args(["install", "-y", "-q", "--no-install-recommends", "chromium", "chromium-driver"])
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )?;
    find().ok_or_else(|| "apt-get installed chromium but chromium or chromedriver is not on PATH".to_string())
}

/// binaryen's wasm-opt from npm (Debian's is too old to read today's wasm). Optional: without
/// it the wasm is only smaller by what rustc's size settings give.
fn ensure_wasm_opt() -> Option<PathBuf> {
    let bin = root().join("tools/node_modules/.bin/wasm-opt");
    if bin.is_file() {
        return Some(bin);
    }
    if find_binary("npm").is_none() {
        eprintln!("note: npm is missing, so wasm-opt is skipped and the wasm is larger");
        return None;
    }
    match run_cmd(Command::new("npm").args(["ci", "--no-audit", "--no-fund", "--prefix", "tools"])) {
        Ok(()) if bin.is_file() => Some(bin),
        _ => {
            eprintln!("note: `npm ci` in tools/ failed, so wasm-opt is skipped and the wasm is larger");
            None
        }
    }
}

/// axe-core's browser script from `tools/node_modules` (`npm ci` there when it is missing),
/// for the accessibility checks of `cargo xtask e2e`. Unlike wasm-opt it is required: the
/// checks cannot pass without it.
pub fn ensure_axe() -> Result<PathBuf> {
    let script = root().join("tools/node_modules/axe-core/axe.min.js");
    if script.is_file() {
        return Ok(script);
    }
    if find_binary("npm").is_none() {
        return Err("npm is needed to install axe-core (tools/package.json) for the accessibility checks; \
                    install Node.js and npm and run this again"
            .to_string());
    }
    run_cmd(Command::new("npm").args(["ci", "--no-audit", "--no-fund", "--prefix", "tools"]))?;
    if script.is_file() {
        Ok(script)
    } else {
        Err(format!("`npm ci` in tools/ did not install {}", script.display()))
    }
}

/// `binary` on PATH or in Cargo's bin folder.
pub fn find_binary(binary: &str) -> Option<PathBuf> {
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))
        .map(|home| home.join("bin"));
    std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .chain(cargo_bin)
        .map(|dir| dir.join(binary))
        .find(|path| path.is_file())
}

fn output(cmd: &mut Command) -> Result<String> {
    let out = cmd.output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
