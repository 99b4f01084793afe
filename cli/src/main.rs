//! `newslens`: NewsLens on the command line.
//!
//! - `newslens docs [DIR]` lists a corpus folder's documents (default `corpus`).
//! - `newslens annotate [--reference-date YYYY-MM-DD] FILE...` writes one JSON line per file
//!   in the schema of ANNOTATION.md (`doc` = file stem; the date applies to every file).
//! - `newslens build [--title T] [--themes FILE] [--page PAGE] -o OUT.html INPUT...` writes a
//!   single-file explorer of the articles in INPUT (folders or files), analysed once.
//! - `newslens eval GOLD.jsonl PRED.jsonl` prints per-label precision, recall and F1, TIME and
//!   NUMBER value accuracy and QUOTE speaker accuracy.
//!
//! Exit status: 0 on success, and when the reader of the output closed it early (`| head`);
//! 1 when an input could not be used (after the others were) or the output could not be
//! written; 2 for a usage error. The arguments are read by clap; the help texts below are what
//! `--help` prints.

mod annotate;
mod articles;
mod build;
mod docs;
mod eval;
mod input;
mod output;

use std::io::{self, BufWriter, ErrorKind, Write as _};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use newslens_core::Date;

use crate::output::{say, Failure};

const EXAMPLES: &str = "\
Exit status: 0 on success, also when the output is closed early (newslens ... | head); 1 when
an input could not be used (the others still are) or the output could not be written; 2 for a
usage error.

Examples:
  newslens docs corpus
  newslens annotate --reference-date 2024-10-29 corpus/001_fd0447f87cd5aaab.txt
  newslens annotate corpus/*.txt > predicted.jsonl
  newslens eval gold.jsonl predicted.jsonl";

const ANNOTATE_HELP: &str = "\
Input: each file is read whole, at most 64 MiB. A byte-order mark decides its encoding
(UTF-8, UTF-16LE or UTF-16BE); without one, valid UTF-8 is read as it is, UTF-16 is
recognised by its zero bytes, and anything else is read as Windows-1252 (Latin-1). A note
on standard error says when a file was not plain UTF-8.
A file with a NUL byte, or one that is not UTF-8 and has control characters, is refused as
binary.

Offsets: \"start\" and \"end\" are UTF-8 byte offsets into the text as analysed, the file
decoded to UTF-8 without its byte-order mark, and \"text\" is that slice. For a UTF-8 file
without a mark they are offsets into the file.

Exit status: 0 when every file was annotated (or the output was closed early); 1 when a file
could not be read or was refused: it is named on standard error and the others are still
annotated; 2 for a usage error.

Examples:
  newslens annotate --reference-date 2024-10-29 corpus/001_fd0447f87cd5aaab.txt
  newslens annotate corpus/*.txt > predicted.jsonl
  newslens annotate notes.txt | head -c 300";

const EVAL_HELP: &str = "\
Both files are JSON Lines as annotate writes them, one document a line:
  {\"doc\": ID, \"reference_date\": ..., \"spans\": [{\"start\": 4, \"end\": 12, \"label\": \"ORG\"}, ...]}
A span's start comes before its end (UTF-8 byte offsets); its label is PERSON, ORG, PLACE,
GROUP, TIME, NUMBER or QUOTE; a TIME or NUMBER has a \"value\", a QUOTE a \"speaker\".
A malformed line, a document given twice or a span given twice in a document is named with
its file and line, and nothing is scored. A document only one file has is named on standard
error; its spans count as missed or wrong.

Examples:
  newslens annotate --reference-date 2024-10-29 corpus/*.txt > predicted.jsonl
  newslens eval gold.jsonl predicted.jsonl";

const BUILD_HELP: &str = "\
Articles: .txt and .md files may start with Title:, Date: YYYY-MM-DD, Outlet: and URL:
lines before a blank line (else a short first line is the title); .html gives the text of
its article (scripts, styles and navigation dropped), its <title> and its published time;
.jsonl holds one {\"text\", \"title\", \"date\", \"outlet\", \"url\"} object a line, .json
one object or an array of them, .csv a header row with a text column. In a folder with a manifest.toml (the format
of corpus/manifest.toml), the manifest names the documents. The same text twice is kept once.

Exit status: 0 when the page was written (files that could not be used are named on
standard error); 1 when no article could be read or the page could not be written.

Examples:
  cargo xtask dist
  newslens build --title \"City hall\" -o city-hall.html articles/
  newslens build -o story.html notes.md wire.jsonl page.html";

/// NewsLens on the command line: list a corpus, annotate texts, score annotations.
#[derive(Parser)]
#[command(name = "newslens", version, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List a corpus folder's documents: id, kind, reference date (confidence) and label.
    Docs {
        /// The folder with manifest.toml and the texts it names.
        #[arg(default_value = "corpus")]
        dir: PathBuf,
    },
    /// Write one JSON line per file, in the schema of ANNOTATION.md.
    #[command(after_help = ANNOTATE_HELP)]
    Annotate {
        /// Resolve relative dates ("Monday", "last year") against this date, for every file;
        /// without it they keep X (XXXX-WXX-1).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        reference_date: Option<Date>,
        /// The texts to annotate; each line's "doc" is the file's name without its extension.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Write a single-file explorer of your own articles: analysed once, opened from disk.
    #[command(after_help = BUILD_HELP)]
    Build {
        /// The page to write.
        #[arg(short, long, value_name = "OUT.html")]
        out: PathBuf,
        /// The app's single file to copy (made by `cargo xtask dist`).
        #[arg(long, value_name = "PAGE", default_value = "dist/newslens.html")]
        page: PathBuf,
        /// The page's title.
        #[arg(long)]
        title: Option<String>,
        /// Themes for the corpus, in the format of corpus/themes.tsv.
        #[arg(long, value_name = "FILE")]
        themes: Option<PathBuf>,
        /// Folders (a manifest.toml in one names its documents) and files: .txt, .md, .html, .jsonl.
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<PathBuf>,
    },
    /// Score predicted annotations against gold ones: per label precision, recall and F1,
    /// relaxed scores on overlaps, value and speaker accuracy.
    #[command(after_help = EVAL_HELP)]
    Eval {
        /// The gold annotations (JSON Lines).
        gold: PathBuf,
        /// The predicted annotations (JSON Lines), e.g. from `newslens annotate`.
        predicted: PathBuf,
    },
}

/// A date as `YYYY-MM-DD`, and only that.
fn parse_date(s: &str) -> Result<Date, String> {
    let shaped = s.len() == 10 && s.bytes().enumerate().all(|(i, b)| (i == 4 || i == 7) == (b == b'-'));
    match s.parse::<Date>() {
        Ok(date) if shaped => Ok(date),
        Ok(_) => Err("wants a date as YYYY-MM-DD, e.g. 2024-10-29".to_string()),
        Err(e) if shaped => Err(format!("not a date: {e}")),
        Err(_) => Err("wants a date as YYYY-MM-DD, e.g. 2024-10-29".to_string()),
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return usage(&error),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let result = match &cli.command {
        Command::Docs { dir } => docs::run(dir, &mut out),
        Command::Annotate { reference_date, files } => annotate::run(files, *reference_date, &mut out),
        Command::Eval { gold, predicted } => eval::run(gold, predicted, &mut out),
        Command::Build { out: page_out, page, title, themes, inputs } => build::run(&build::Options {
            inputs,
            out: page_out,
            page,
            title: title.as_deref(),
            themes: themes.as_deref(),
        }),
    };
    let flushed = out.flush().map_err(Failure::from);
    match result.and(flushed) {
        Ok(()) | Err(Failure::OutputClosed) => ExitCode::SUCCESS,
        Err(Failure::Message(message)) => {
            say(message);
            ExitCode::FAILURE
        }
    }
}

/// Prints clap's help, version or usage error (each where clap sends it) and its status,
/// unless the help could not be written.
fn usage(error: &clap::Error) -> ExitCode {
    match error.print() {
        Err(e) if e.kind() != ErrorKind::BrokenPipe => {
            say(format_args!("cannot write the output: {e}"));
            ExitCode::FAILURE
        }
        _ => ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_date_is_yyyy_mm_dd_and_a_real_day() {
        assert_eq!(parse_date("2024-10-29").unwrap().to_string(), "2024-10-29");
        for bad in ["29/10/2024", "2024-1-29", "20241029", "2024-10-29T00:00", ""] {
            assert_eq!(parse_date(bad).unwrap_err(), "wants a date as YYYY-MM-DD, e.g. 2024-10-29", "{bad}");
        }
        assert!(parse_date("2024-02-30").unwrap_err().starts_with("not a date: "));
    }

    #[test]
    fn the_command_line_is_well_formed() {
        use clap::CommandFactory as _;
        Cli::command().debug_assert();
    }
}
