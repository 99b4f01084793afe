//! The `newslens` binary, run as a user would: the commands, their arguments, hostile inputs
//! (the files of `tests/data/hostile/`, and large ones made here at run time), and outputs
//! that close early or fill up.

use std::fs::OpenOptions;
use std::io::Read as _;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const SENTENCE: &str = "The Pentagon confirmed Monday that about 10,000 North Korean troops are in Russia.";

/// The binary, to run in `cli/`.
fn bin() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_newslens"));
    command.current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

fn run(command: &mut Command) -> (String, String, i32) {
    let out: Output = command.output().unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (text(out.stdout), text(out.stderr), out.status.code().expect("newslens was killed by a signal"))
}

fn newslens(args: &[&str]) -> (String, String, i32) {
    run(bin().args(args))
}

/// A fresh folder of this test's own under the system's temporary folder.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newslens-cli-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn docs_lists_the_corpus_with_dates() {
    let (stdout, stderr, code) = newslens(&["docs", "../corpus"]);
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 5);
    assert!(lines[1].starts_with("001_fd0447f87cd5aaab\tmachine translation\t2024-10-29 (high)\tWhat does"));
    assert!(lines[2].contains("\tunknown (unknown)\t"));
}

#[test]
fn a_missing_folder_is_a_clear_error() {
    let (stdout, stderr, code) = newslens(&["docs", "no/such/dir"]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    assert!(stderr.starts_with("newslens: no/such/dir/manifest.toml: "), "{stderr}");
}

#[test]
fn no_command_prints_the_commands() {
    let (_, stderr, code) = newslens(&[]);
    assert_eq!(code, 2);
    for line in ["Usage: newslens <COMMAND>", "  docs ", "  annotate ", "  eval ", "Examples:"] {
        assert!(stderr.contains(line), "{line:?} in {stderr}");
    }
}

#[test]
fn annotate_writes_one_schema_line_per_file_and_eval_scores_it() {
    let dir = scratch("schema");
    let doc = dir.join("note_1.txt");
    std::fs::write(&doc, SENTENCE).unwrap();
    let (stdout, stderr, code) =
        newslens(&["annotate", "--reference-date", "2024-10-29", doc.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout,
        "{\"doc\":\"note_1\",\"reference_date\":\"2024-10-29\",\"spans\":[\
         {\"end\":12,\"label\":\"ORG\",\"start\":4,\"text\":\"Pentagon\"},\
         {\"end\":29,\"label\":\"TIME\",\"start\":23,\"text\":\"Monday\",\"value\":\"2024-10-28\"},\
         {\"end\":47,\"label\":\"NUMBER\",\"start\":35,\"text\":\"about 10,000\",\"unit\":\"people\",\"value\":10000},\
         {\"end\":60,\"label\":\"GROUP\",\"start\":48,\"text\":\"North Korean\"},\
         {\"end\":81,\"label\":\"PLACE\",\"start\":75,\"text\":\"Russia\"}]}\n"
    );
    let gold = dir.join("gold.jsonl");
    let predicted = dir.join("pred.jsonl");
    std::fs::write(&gold, &stdout).unwrap();
    std::fs::write(&predicted, &stdout).unwrap();
    let (report, stderr, code) = newslens(&["eval", gold.to_str().unwrap(), predicted.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let all = report.lines().find(|l| l.starts_with("ALL")).unwrap();
    assert!(all.contains("1.000  1.000  1.000"), "{report}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// One run of the binary and what it must end in: its exit status and a piece of its standard
/// output and of its standard error (`""` when either may be anything).
struct Case {
    args: &'static [&'static str],
    code: i32,
    stdout: &'static str,
    stderr: &'static str,
}

const fn case(args: &'static [&'static str], code: i32, stdout: &'static str, stderr: &'static str) -> Case {
    Case { args, code, stdout, stderr }
}

/// The hostile inputs, from `cli/`.
const H: &str = "tests/data/hostile";

/// Run in `tests/data/hostile/`.
const HOSTILE: &[Case] = &[
    // Texts that are empty, odd, binary or in another encoding.
    case(&["annotate", "empty.txt"], 0, r#"{"doc":"empty","reference_date":null,"spans":[]}"#, ""),
    case(&["annotate", "whitespace.txt"], 0, r#""spans":[]"#, ""),
    case(&["annotate", "crlf.txt"], 0, r#"{"end":12,"label":"ORG","start":4,"text":"Pentagon"}"#, ""),
    case(
        &["annotate", "random-bytes.txt"],
        1,
        "",
        "random-bytes.txt: looks binary, not text: byte 7 is 0x02",
    ),
    case(&["annotate", "picture.png.txt"], 1, "", "picture.png.txt: looks binary, not text: byte 6 is 0x1A;"),
    case(&["annotate", "nul-bytes.txt"], 1, "", "nul-bytes.txt: looks binary, not text: byte 22 is 0x00"),
    case(
        &["annotate", "utf16le-no-bom.txt"],
        0,
        "",
        "utf16le-no-bom.txt: read as UTF-16LE, recognised without a byte-order mark",
    ),
    case(
        &["annotate", "utf16le-bom.txt"],
        0,
        r#"{"end":12,"label":"ORG","start":4,"text":"Pentagon"}"#,
        "utf16le-bom.txt: read as UTF-16LE, its byte-order mark left out",
    ),
    case(
        &["annotate", "utf16be-bom.txt"],
        0,
        r#"{"end":81,"label":"PLACE","start":75,"text":"Russia"}"#,
        "utf16be-bom.txt: read as UTF-16BE, its byte-order mark left out",
    ),
    case(
        &["annotate", "utf8-bom.txt"],
        0,
        r#"{"end":12,"label":"ORG","start":4,"text":"Pentagon"}"#,
        "utf8-bom.txt: read as UTF-8, its byte-order mark left out",
    ),
    case(
        &["annotate", "latin1.txt"],
        0,
        r#"{"end":27,"label":"PLACE","start":20,"text":"Zürich"}"#,
        "latin1.txt: not UTF-8 (byte 7), read as windows-1252",
    ),
    // A refused file does not stop the others.
    case(
        &["annotate", "picture.png.txt", "empty.txt"],
        1,
        r#"{"doc":"empty""#,
        "1 of 2 files could not be read",
    ),
    case(&["annotate", "."], 1, "", ".: Is a directory"),
    case(&["annotate", "no/such/file.txt"], 1, "", "no/such/file.txt: No such file or directory"),
    case(
        &["annotate", "/dev/zero"],
        1,
        "",
        "/dev/zero: larger than 64 MiB, the most newslens reads from one file",
    ),
    // Arguments.
    case(&["annotate"], 2, "", "the following required arguments were not provided"),
    case(&["annotate", "empty.txt", "--reference-date"], 2, "", "a value is required for '--reference-date"),
    case(&["annotate", "utf8-bom.txt", "--reference-date", "2024-10-29"], 0, r#""value":"2024-10-28""#, ""),
    case(
        &["annotate", "--reference-date=2024-10-29", "utf8-bom.txt"],
        0,
        r#""reference_date":"2024-10-29""#,
        "",
    ),
    case(
        &["annotate", "--reference-date", "29/10/2024", "empty.txt"],
        2,
        "",
        "invalid value '29/10/2024' for '--reference-date <YYYY-MM-DD>': wants a date as YYYY-MM-DD",
    ),
    case(&["annotate", "--reference-date", "2024-02-30", "empty.txt"], 2, "", "not a date: "),
    case(&["annotate", "--help"], 0, "UTF-8 byte offsets into the text as analysed", ""),
    case(&["eval", "eval/gold.jsonl"], 2, "", "the following required arguments were not provided"),
    // Annotation files.
    case(&["eval", "eval/gold.jsonl", "eval/gold.jsonl"], 0, "1.000  1.000  1.000", ""),
    case(
        &["eval", "eval/gold.jsonl", "eval/spans-not-array.jsonl"],
        1,
        "",
        "spans-not-array.jsonl:2: \"spans\" must be an array",
    ),
    case(
        &["eval", "eval/start-after-end.jsonl", "eval/gold.jsonl"],
        1,
        "",
        "start-after-end.jsonl:1: spans[0]: start 40 > end 12",
    ),
    case(
        &["eval", "eval/gold.jsonl", "eval/doc-twice.jsonl"],
        1,
        "",
        "doc-twice.jsonl:4: doc \"a\" appears twice (lines 1 and 4)",
    ),
    case(
        &["eval", "eval/gold.jsonl", "eval/not-json.jsonl"],
        1,
        "",
        "not-json.jsonl:2: not JSON at column 21",
    ),
    case(
        &["eval", "eval/gold.jsonl", "eval/many-problems.jsonl"],
        1,
        "",
        "25 problems (the first 20 listed above)",
    ),
    case(&["eval", "eval/gold.jsonl", "picture.png.txt"], 1, "", "picture.png.txt: looks binary"),
    case(
        &["eval", "eval/gold.jsonl", "eval/unknown-doc.jsonl"],
        0,
        "ALL",
        "unknown-doc.jsonl: 1 document not in eval/gold.jsonl (z); their spans count as wrong",
    ),
    case(
        &["eval", "eval/gold.jsonl", "eval/empty.jsonl"],
        0,
        "ALL",
        "empty.jsonl: no line for 2 documents of eval/gold.jsonl (a, b); their gold",
    ),
];

#[test]
fn hostile_inputs_end_in_a_clear_outcome_never_a_crash() {
    for case in HOSTILE {
        let (stdout, stderr, code) = run(bin()
            .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/hostile"))
            .args(case.args));
        let seen =
            format!("newslens {}\nexit {code}\nstdout: {stdout}\nstderr: {stderr}", case.args.join(" "));
        assert_eq!(code, case.code, "{seen}");
        assert!(stdout.contains(case.stdout), "stdout should contain {:?}:\n{seen}", case.stdout);
        assert!(stderr.contains(case.stderr), "stderr should contain {:?}:\n{seen}", case.stderr);
        assert!(!stderr.contains("panicked"), "{seen}");
    }
}

#[test]
fn large_inputs_are_annotated_or_refused_at_the_cap() {
    let dir = scratch("large");
    let line = dir.join("line.txt");
    std::fs::write(&line, "NewsLens".repeat(10 << 20 >> 3)).unwrap();
    let over = dir.join("over.txt");
    std::fs::write(&over, vec![b'a'; (64 << 20) + 1]).unwrap();
    let (stdout, stderr, code) = newslens(&["annotate", line.to_str().unwrap(), over.to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(stdout, "{\"doc\":\"line\",\"reference_date\":null,\"spans\":[]}\n");
    assert!(
        stderr.contains("over.txt: larger than 64 MiB, the most newslens reads from one file"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_reader_that_closes_the_pipe_early_ends_annotate_quietly() {
    let dir = scratch("pipe");
    let doc = dir.join("long.txt");
    // About 200 KB of output: more than a pipe holds, so newslens is still writing at the close.
    std::fs::write(&doc, format!("{SENTENCE}\n").repeat(500)).unwrap();
    let mut child = bin()
        .args(["annotate", doc.to_str().unwrap(), doc.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0; 100];
    child.stdout.take().unwrap().read_exact(&mut head).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(head.starts_with(b"{\"doc\":\"long\""));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_a_message_and_a_failure() {
    let full = || OpenOptions::new().write(true).open("/dev/full").unwrap();
    let gold = format!("{H}/eval/gold.jsonl");
    let commands: [&[&str]; 4] = [
        &["annotate", &format!("{H}/crlf.txt")],
        &["docs", "../corpus"],
        &["eval", &gold, &gold],
        &["--help"],
    ];
    for args in commands {
        let (_, stderr, code) = run(bin().args(args).stdout(full()));
        assert_eq!(code, 1, "{args:?}: {stderr}");
        assert!(stderr.starts_with("newslens: cannot write the output: No space left on device"), "{stderr}");
    }
    // Nor does a full standard error make newslens panic: it still exits with its status.
    let (_, _, code) = run(bin().args(["annotate", &format!("{H}/picture.png.txt")]).stderr(full()));
    assert_eq!(code, 1);
    // Reading /dev/full gives endless zeros: stopped at the cap.
    let (_, stderr, code) = newslens(&["annotate", "/dev/full"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("/dev/full: larger than 64 MiB"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn docs_never_reads_a_file_outside_the_corpus_folder() {
    let dir = scratch("outside");
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(dir.join("secret.txt"), "The secret.").unwrap();
    std::fs::write(corpus.join("inside.txt"), SENTENCE).unwrap();
    std::os::unix::fs::symlink(dir.join("secret.txt"), corpus.join("link.txt")).unwrap();
    let absolute = dir.join("secret.txt");
    let manifest = format!(
        "[[document]]\nfile = \"inside.txt\"\n\n[[document]]\nfile = \"../secret.txt\"\n\n\
         [[document]]\nfile = {:?}\n\n[[document]]\nfile = \"link.txt\"\n",
        absolute.to_str().unwrap()
    );
    std::fs::write(corpus.join("manifest.toml"), manifest).unwrap();
    let (stdout, stderr, code) = newslens(&["docs", corpus.to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.starts_with("inside\t"), "{stdout}");
    assert!(!stdout.contains("secret"), "{stdout}");
    assert!(stderr.contains("../secret.txt: a document's file must be inside the corpus folder"), "{stderr}");
    assert!(stderr.contains("link.txt: a link to a file outside"), "{stderr}");
    assert!(stderr.contains("3 problems (named above)"), "{stderr}");
    std::fs::remove_dir_all(&dir).unwrap();
}
