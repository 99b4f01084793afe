//! `cargo xtask dist`: `dist/newslens.html`, one file that works opened from disk.
//!
//! `file://` pages can neither fetch a `.wasm` nor load ES modules, so the file carries
//! everything: wasm-bindgen's `no-modules` glue in a classic script, the wasm deflated and
//! base64-encoded in a data block (`<script type="application/octet-stream">`, never parsed as
//! code) and inflated by the browser's own `DecompressionStream` (base64 of the raw wasm would
//! gzip a third worse), and the stylesheet. A Content-Security-Policy with hashes of the
//! inline scripts forbids every network request and any script but these.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::tools::BuildTools;
use crate::{cargo, root, run_cmd, target_dir, Result};

const TARGET: &str = "wasm32-unknown-unknown";

/// Builds the single file and prints its size; returns its path.
pub fn build(tools: &BuildTools) -> Result<PathBuf> {
    let work = target_dir().join("dist-work");
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    run_cmd(cargo().args([
        "build",
        "--release",
        "--target",
        TARGET,
        "-p",
        "newslens",
        "--bin",
        "newslens-web",
    ]))?;
    let wasm_in = target_dir().join(format!("{TARGET}/release/newslens-web.wasm"));
    run_cmd(
        Command::new(&tools.wasm_bindgen)
            .args(["--target", "no-modules", "--no-typescript", "--out-name", "newslens", "--out-dir"])
            .arg(&work)
            .arg(&wasm_in),
    )?;
    let mut wasm_path = work.join("newslens_bg.wasm");
    if let Some(wasm_opt) = &tools.wasm_opt {
        let optimised = work.join("newslens_opt.wasm");
        run_cmd(
            Command::new(wasm_opt)
                .args(["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int"])
                .args(["--enable-sign-ext", "--enable-reference-types", "--enable-multivalue"])
                .args(["--enable-mutable-globals", "-o"])
                .arg(&optimised)
                .arg(&wasm_path),
        )?;
        wasm_path = optimised;
    }
    let wasm = read(&wasm_path)?;
    let glue = String::from_utf8(read(&work.join("newslens.js"))?).map_err(|e| e.to_string())?;
    let template = String::from_utf8(read(&root().join("index.html"))?).map_err(|e| e.to_string())?;
    let css = String::from_utf8(read(&root().join("www/style.css"))?).map_err(|e| e.to_string())?;
    let html = assemble(&template, &css, &glue, &wasm)?;

    let out = root().join("dist/newslens.html");
    std::fs::create_dir_all(out.parent().unwrap()).map_err(|e| e.to_string())?;
    std::fs::write(&out, &html).map_err(|e| format!("{}: {e}", out.display()))?;
    println!(
        "dist/newslens.html: {} raw, {} gzip (wasm {} raw, {} gzip; wasm-opt {})",
        kb(html.len()),
        kb(gzip_len(html.as_bytes())),
        kb(wasm.len()),
        kb(gzip_len(&wasm)),
        if tools.wasm_opt.is_some() { "applied" } else { "not available" },
    );
    Ok(out)
}

/// The boot script: decode and inflate the wasm (and the collection a page made by `newslens
/// build` carries in `#newslens-bundle`, into `window.newslensBundle`), then start it; a
/// failure to start shows in `#fatal`. A collection that cannot be inflated is handed over
/// empty, so the app says it could not be opened and shows the bundled corpus.
const BOOT: &str = r#"(function () {
  function fail(e) {
    var banner = document.getElementById("fatal");
    banner.hidden = false;
    banner.textContent = "NewsLens could not start: " + e + ". It needs a recent browser with WebAssembly enabled.";
  }
  function inflate(block) {
    var data = block.textContent, bytes;
    if (Uint8Array.fromBase64) {
      bytes = Uint8Array.fromBase64(data.trim());
    } else {
      var b = atob(data.trim());
      bytes = new Uint8Array(b.length);
      for (var i = 0; i < b.length; i++) bytes[i] = b.charCodeAt(i);
    }
    var inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(inflated).arrayBuffer();
  }
  try {
    performance.mark("newslens:boot");
    var wasm = inflate(document.getElementById("newslens-wasm"));
    var block = document.getElementById("newslens-bundle");
    var bundle = block ? Promise.resolve().then(function () { return inflate(block); })
      .then(function (b) { return new Uint8Array(b); }, function () { return new Uint8Array(0); }) : null;
    Promise.all([wasm, bundle])
      .then(function (parts) {
        performance.mark("newslens:inflated");
        if (parts[1]) window.newslensBundle = parts[1];
        return wasm_bindgen({ module_or_path: parts[0] });
      })
      .catch(fail);
  } catch (e) {
    fail(e);
  }
})();"#;

/// The page from `index.html`: Trunk's links replaced by the inlined stylesheet, glue and wasm.
pub fn assemble(template: &str, css: &str, glue: &str, wasm: &[u8]) -> Result<String> {
    let template: String = template
        .lines()
        .filter(|line| !line.trim_start().starts_with("<link data-trunk"))
        .map(|line| format!("{line}\n"))
        .collect();
    // Data, not code: a script element of an unknown type is neither parsed nor run, so the
    // browser does not spend time compiling half a megabyte of string literal.
    let wasm_data = format!(
        "<script type=\"application/octet-stream\" id=\"newslens-wasm\">{}</script>",
        base64::engine::general_purpose::STANDARD.encode(deflate(wasm))
    );
    // The glue must not close the script element it is inlined into.
    if glue.contains("</script") {
        return Err("wasm-bindgen's glue contains </script; it cannot be inlined".to_string());
    }
    let guard = between(&template, "<!-- newslens:boot-guard -->", "<!-- /newslens:boot-guard -->")?;
    let guard_script = between(guard, "<script>", "</script>")?;
    let scripts = [guard_script, glue, BOOT];
    let hashes: Vec<String> = scripts
        .iter()
        .map(|s| format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s))))
        .collect();
    let csp = format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src 'unsafe-inline'; \
         img-src data:; base-uri 'none'; form-action 'none'",
        hashes.join(" ")
    );
    let head_extra = format!(
        "  <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n  <style>\n{css}</style>\n"
    );
    let body_extra =
        format!("{wasm_data}\n<script>{}</script>\n<script>{}</script>\n", scripts[1], scripts[2]);
    let html = template
        .replacen("<meta charset=\"utf-8\">\n", &format!("<meta charset=\"utf-8\">\n{head_extra}"), 1)
        .replacen("</body>", &format!("{body_extra}</body>"), 1);
    if !html.contains("Content-Security-Policy") || !html.contains("id=\"newslens-wasm\"") {
        return Err("index.html lacks <meta charset=\"utf-8\"> or </body>".to_string());
    }
    Ok(html)
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Result<&'a str> {
    let from = s.find(start).ok_or_else(|| format!("index.html lacks {start}"))? + start.len();
    let to = s[from..].find(end).ok_or_else(|| format!("index.html lacks {end}"))? + from;
    Ok(&s[from..to])
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Raw deflate at libdeflate's strongest level: the page's gzip is about as large as the
/// deflated wasm, and this level is 6% smaller than zlib's best (Zopfli is no smaller and
/// takes twenty times as long), in under a second.
fn deflate(bytes: &[u8]) -> Vec<u8> {
    let level = libdeflater::CompressionLvl::best();
    let mut compressor = libdeflater::Compressor::new(level);
    let mut out = vec![0; compressor.deflate_compress_bound(bytes.len())];
    let len = compressor.deflate_compress(bytes, &mut out).expect("the bound is enough");
    out.truncate(len);
    out
}

pub fn gzip_len(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory").len()
}

pub fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}
