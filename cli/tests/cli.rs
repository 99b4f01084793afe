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
    assert!(stderr.contains("newslens annotate [--reference-date YYYY-MM-DD] FILE..."), "{stderr}");
}

#[test]
fn annotate_writes_one_schema_line_per_file_and_eval_scores_it() {
    let dir = std::env::temp_dir().join(format!("newslens-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let doc = dir.join("note_1.txt");
    std::fs::write(
        &doc,
        "The Pentagon confirmed Monday that about 10,000 North Korean troops are in Russia.",
    )
    .unwrap();
    let (stdout, stderr, ok) =
        newslens(&["annotate", "--reference-date", "2024-10-29", doc.to_str().unwrap()]);
    assert!(ok, "{stderr}");
    let line: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(line["doc"], "note_1");
    assert_eq!(line["reference_date"], "2024-10-29");
    let spans: Vec<String> = line["spans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| format!("{} {} {}", s["label"].as_str().unwrap(), s["text"].as_str().unwrap(), s["value"]))
        .collect();
    assert_eq!(
        spans,
        [
            "ORG Pentagon null",
            "TIME Monday \"2024-10-28\"",
            "NUMBER about 10,000 10000",
            "GROUP North Korean null",
            "PLACE Russia null"
        ]
    );
    let gold = dir.join("gold.jsonl");
    let predicted = dir.join("pred.jsonl");
    std::fs::write(&gold, &stdout).unwrap();
    std::fs::write(&predicted, &stdout).unwrap();
    let (report, stderr, ok) = newslens(&["eval", gold.to_str().unwrap(), predicted.to_str().unwrap()]);
    assert!(ok, "{stderr}");
    let all = report.lines().find(|l| l.starts_with("ALL")).unwrap();
    assert!(all.contains("1.000  1.000  1.000"), "{report}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn annotate_reports_a_bad_date_and_an_unreadable_file() {
    let (_, stderr, ok) = newslens(&["annotate", "--reference-date", "29/10/2024", "x.txt"]);
    assert!(!ok);
    assert!(stderr.contains("--reference-date wants YYYY-MM-DD, not '29/10/2024'"), "{stderr}");
    let (stdout, stderr, ok) = newslens(&["annotate", "no/such/file.txt"]);
    assert!(!ok && stdout.is_empty());
    assert!(
        stderr.contains("no/such/file.txt: ") && stderr.contains("1 of 1 files could not be read"),
        "{stderr}"
    );
}
