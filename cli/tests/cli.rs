//! The `newslens` binary, run as a user would.

use std::process::Command;

fn newslens(args: &[&str]) -> (String, String, bool) {
    let out = Command::new(env!("CARGO_BIN_EXE_newslens"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap(), out.status.success())
}

#[test]
fn docs_lists_the_corpus_with_dates() {
    let (stdout, stderr, ok) = newslens(&["docs", "../corpus"]);
    assert!(ok, "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 5);
    assert!(lines[1].starts_with("001_fd0447f87cd5aaab\tmachine translation\t2024-10-29 (high)\tWhat does"));
    assert!(lines[2].contains("\tunknown (unknown)\t"));
}

#[test]
fn a_missing_folder_is_a_clear_error() {
    let (stdout, stderr, ok) = newslens(&["docs", "no/such/dir"]);
    assert!(!ok);
    assert!(stdout.is_empty());
    assert!(stderr.starts_with("newslens: no/such/dir/manifest.toml: "), "{stderr}");
}

#[test]
fn no_command_prints_usage() {
    let (_, stderr, ok) = newslens(&[]);
    assert!(!ok);
    assert!(stderr.contains("usage: newslens docs"), "{stderr}");
}
