//! `cargo xtask tidy`: cheap checks that keep the docs and the code true to each other.
//!
//! Every path and Rust item that ARCHITECTURE.md names must exist, its codemap must name every
//! test file and fuzz target, every source file must open with a `//!` comment, and no source
//! file of the core or the app may grow past [`MAX_LINES`] lines.

use std::collections::BTreeSet;
use std::path::Path;

use crate::Result;

/// The document whose paths and items are checked.
const ARCHITECTURE: &str = "ARCHITECTURE.md";
/// The longest a source file of the core or the app may grow before it is split.
const MAX_LINES: usize = 1000;
/// Name endings that make a code span a path even without a `/`.
const PATH_ENDINGS: [&str; 10] =
    [".rs", ".toml", ".txt", ".md", ".tsv", ".py", ".json", ".jsonl", ".mjs", ".html"];
/// Build outputs: a path into them names something a fresh checkout does not have yet.
const BUILD_OUTPUTS: [&str; 2] = ["dist/", "target/"];
/// Folders that hold no source of the repository.
const SKIPPED_DIRS: [&str; 3] = [".git", "target", "node_modules"];
/// CamelCase words in the document that are not the repository's Rust items: a browser API
/// and a key.
const NOT_OURS: [&str; 2] = ["DecompressionStream", "Esc"];
/// Where every `.rs` file must open with a `//!` comment.
const DOCUMENTED_DIRS: [&str; 4] = ["core/src/", "src/", "cli/src/", "xtask/src/"];
/// Where no `.rs` file may be longer than `MAX_LINES`.
const SIZE_LIMITED_DIRS: [&str; 2] = ["core/src/", "src/"];
/// Folders whose `.rs` files (not those in subfolders) the codemap must name.
const TEST_DIRS: [&str; 4] = ["core/tests/", "tests/", "cli/tests/", "core/fuzz/fuzz_targets/"];
/// Crate roots a Rust path in the document may start with.
const CRATE_NAMES: [&str; 3] = ["newslens_core", "newslens", "crate"];

/// `cargo xtask tidy`: prints every problem and fails if there is one.
pub fn run() -> Result {
    let root = crate::root();
    let repo = Repo::scan(&root)?;
    let doc = std::fs::read_to_string(root.join(ARCHITECTURE)).map_err(|e| format!("{ARCHITECTURE}: {e}"))?;
    let mut problems = architecture_problems(&doc, &repo);
    problems.extend(source_problems(&repo));
    if problems.is_empty() {
        eprintln!(
            "tidy: {ARCHITECTURE} names only what exists, and every source file is documented and short"
        );
        return Ok(());
    }
    for problem in &problems {
        eprintln!("{problem}");
    }
    Err(format!("{} problems (listed above)", problems.len()))
}

/// The repository's files, as paths relative to its root with `/` separators, and their texts
/// where they are Rust.
struct Repo {
    files: BTreeSet<String>,
    dirs: BTreeSet<String>,
    rust: Vec<(String, String)>,
    declared: BTreeSet<String>,
}

impl Repo {
    fn scan(root: &Path) -> Result<Repo> {
        let mut files = Vec::new();
        walk(root, "", &mut files)?;
        let rust = files
            .iter()
            .filter(|f| f.ends_with(".rs"))
            .map(|f| std::fs::read_to_string(root.join(f)).map(|text| (f.clone(), text)))
            .collect::<std::io::Result<_>>()
            .map_err(|e| e.to_string())?;
        Ok(Repo::new(files, rust))
    }

    fn new(files: impl IntoIterator<Item = String>, rust: Vec<(String, String)>) -> Repo {
        let files: BTreeSet<String> = files.into_iter().collect();
        let dirs =
            files.iter().flat_map(|f| f.match_indices('/').map(move |(i, _)| f[..i].to_string())).collect();
        let declared = rust.iter().flat_map(|(_, text)| declared_names(text)).collect();
        Repo { files, dirs, rust, declared }
    }

    fn exists(&self, path: &str) -> bool {
        match path.strip_suffix('/') {
            Some(dir) => self.dirs.contains(dir),
            None => self.files.contains(path) || self.dirs.contains(path),
        }
    }

    /// What a path-like code span names: tried under each of `contexts` (innermost first, each
    /// also with `src/`), then at the root, and, for a bare name, anywhere in the repository.
    /// Several results mean the name is ambiguous; none means it is stale.
    fn resolve(&self, token: &str, contexts: &[String]) -> Vec<String> {
        let bases = contexts.iter().flat_map(|c| [format!("{c}/"), format!("{c}/src/")]);
        for base in bases.chain([String::new()]) {
            let candidate = format!("{base}{token}");
            let found: Vec<String> = if token.contains('*') {
                self.files.iter().filter(|f| wildcard_match(&candidate, f)).cloned().collect()
            } else if self.exists(&candidate) {
                vec![candidate.trim_end_matches('/').to_string()]
            } else {
                continue;
            };
            if !found.is_empty() {
                return found;
            }
        }
        if token.contains('/') {
            return Vec::new();
        }
        let is_named = |path: &&String| path.rsplit('/').next() == Some(token.trim_end_matches('/'));
        let mut found: Vec<String> = self.files.iter().filter(is_named).cloned().collect();
        if token.ends_with('/') || found.is_empty() {
            found.extend(self.dirs.iter().filter(is_named).cloned());
        }
        found
    }

    /// Whether `name` is a module of one of the repository's crates (a `name.rs` or `name/`).
    fn is_module(&self, name: &str) -> bool {
        self.rust.iter().any(|(path, _)| {
            let in_crate = DOCUMENTED_DIRS.iter().find_map(|dir| path.strip_prefix(dir));
            in_crate.is_some_and(|p| p.split('/').any(|part| part.trim_end_matches(".rs") == name))
        })
    }
}

/// Every file below `dir` (relative to the walk's root as `prefix`), skipping `SKIPPED_DIRS`.
fn walk(dir: &Path, prefix: &str, files: &mut Vec<String>) -> Result {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| e.to_string())?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = format!("{prefix}{name}");
        let kind = entry.file_type().map_err(|e| e.to_string())?;
        if kind.is_dir() {
            if !SKIPPED_DIRS.contains(&name.as_str()) {
                walk(&entry.path(), &format!("{path}/"), files)?;
            }
        } else if kind.is_file() {
            files.push(path);
        }
    }
    Ok(())
}

/// `*` matches any run of characters within one path component.
fn wildcard_match(pattern: &str, path: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == path,
        Some((head, tail)) => {
            let Some(rest) = path.strip_prefix(head) else { return false };
            let component_end = rest.find('/').unwrap_or(rest.len());
            (0..=component_end).any(|skip| wildcard_match(tail, &rest[skip..]))
        }
    }
}

/// A Markdown code span: its text (line breaks inside it become spaces) and 1-based line.
#[derive(Debug, PartialEq)]
struct CodeSpan {
    line: usize,
    text: String,
}

/// The single-backtick code spans of a Markdown document, outside fenced blocks.
fn code_spans(markdown: &str) -> Vec<CodeSpan> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, String)> = None;
    let mut in_fence = false;
    for (index, line) in markdown.lines().enumerate() {
        if open.is_none() && line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        if let Some((_, text)) = &mut open {
            text.push(' ');
        }
        for (k, piece) in line.split('`').enumerate() {
            if k > 0 {
                open = match open.take() {
                    Some((line, text)) => {
                        spans.push(CodeSpan { line, text });
                        None
                    }
                    None => Some((index + 1, String::new())),
                };
            }
            if let Some((_, text)) = &mut open {
                text.push_str(piece);
            }
        }
        if line.trim().is_empty() {
            open = None; // A code span never crosses a paragraph.
        }
    }
    spans
}

/// Whether a code span names a file or folder: no spaces, only path characters, and a `/` or a
/// known file ending.
fn is_path_like(token: &str) -> bool {
    !token.is_empty()
        && !token.contains("::")
        && !token.contains("//")
        && token.chars().all(|c| c.is_ascii_alphanumeric() || "._-/*".contains(c))
        && (token.contains('/') || PATH_ENDINGS.iter().any(|end| token.ends_with(end)))
        && token.chars().any(|c| c.is_ascii_alphabetic())
}

fn is_identifier(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The name of the Rust item a code span refers to, if it clearly is one: the last segment of
/// a path that starts at one of the repository's crates or modules (`newslens_core::route::Route`,
/// `highlight::nest`), a CamelCase type (`DocMeta`), or a called function (`use_app()`).
fn rust_item(token: &str, is_module: impl Fn(&str) -> bool) -> Option<&str> {
    if let Some(called) = token.strip_suffix("()").filter(|name| !name.contains("::")) {
        return is_identifier(called).then_some(called);
    }
    let token = token.strip_suffix("()").unwrap_or(token);
    if let Some((first, _)) = token.split_once("::") {
        let segments: Vec<&str> = token.split("::").collect();
        let known = CRATE_NAMES.contains(&first) || is_module(first);
        return (known && segments.iter().all(|s| is_identifier(s))).then(|| segments[segments.len() - 1]);
    }
    let camel_case = token.starts_with(|c: char| c.is_ascii_uppercase())
        && token.chars().any(|c| c.is_ascii_lowercase())
        && token.chars().all(|c| c.is_ascii_alphanumeric());
    (camel_case && !NOT_OURS.contains(&token)).then_some(token)
}

/// The names a Rust source declares: items after their keyword, `macro_rules!` macros, and the
/// variants of its enums (one per line, as rustfmt writes them).
fn declared_names(source: &str) -> Vec<String> {
    const KEYWORDS: [&str; 9] = ["struct", "enum", "trait", "type", "fn", "mod", "const", "static", "union"];
    let mut names = Vec::new();
    let mut enum_indent: Option<usize> = None;
    for line in source.lines() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if trimmed.starts_with("//") {
            continue;
        }
        if let Some(outer) = enum_indent {
            if indent <= outer && !trimmed.is_empty() {
                enum_indent = None;
            } else if indent == outer + 4 {
                let variant: String =
                    trimmed.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if variant.starts_with(|c: char| c.is_ascii_uppercase()) {
                    names.push(variant);
                }
            }
        }
        let words: Vec<&str> = trimmed
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '!'))
            .filter(|w| !w.is_empty())
            .collect();
        for pair in words.windows(2) {
            if (KEYWORDS.contains(&pair[0]) || pair[0] == "macro_rules!") && is_identifier(pair[1]) {
                names.push(pair[1].to_string());
                if pair[0] == "enum" && trimmed.ends_with('{') {
                    enum_indent = Some(indent);
                }
            }
        }
    }
    names
}

/// Where a relative path in the document is: the folders its heading named, and the open bullet
/// items (by indentation) with the folders each named.
#[derive(Default)]
struct Context {
    section: Vec<String>,
    items: Vec<(usize, Vec<String>)>,
}

impl Context {
    /// Follows the document's structure at the start of `line`.
    fn enter(&mut self, line: &str) {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if trimmed.starts_with('#') {
            self.section.clear();
            self.items.clear();
        } else if trimmed.is_empty() {
            self.items.clear();
        } else if trimmed.starts_with("- ") || trimmed.starts_with("* ") {
            self.items.retain(|(i, _)| *i < indent);
            self.items.push((indent, Vec::new()));
        } else if self.items.is_empty() {
            self.items.push((indent, Vec::new()));
        }
    }

    /// The folders to resolve a relative path against, innermost first.
    fn dirs(&self) -> Vec<String> {
        let items = self.items.iter().rev().flat_map(|(_, dirs)| dirs.iter().rev());
        items.chain(self.section.iter().rev()).cloned().collect()
    }

    /// Remembers a folder that the current item, or the heading (which opens no item), named.
    fn add_dir(&mut self, dir: String) {
        match self.items.last_mut() {
            Some((_, dirs)) => dirs.push(dir),
            None => self.section.push(dir),
        }
    }
}

/// Stale paths and items in ARCHITECTURE.md, and test files its codemap does not name.
fn architecture_problems(doc: &str, repo: &Repo) -> Vec<String> {
    let mut problems = Vec::new();
    let mut named = BTreeSet::new();
    let spans = code_spans(doc);
    let mut spans = spans.iter().peekable();
    let mut context = Context::default();
    for (index, line) in doc.lines().enumerate() {
        context.enter(line);
        while let Some(span) = spans.next_if(|s| s.line == index + 1) {
            let token = span.text.as_str();
            let at = format!("{ARCHITECTURE}:{}", span.line);
            if is_path_like(token) {
                if BUILD_OUTPUTS.iter().any(|out| token.starts_with(out)) {
                    continue;
                }
                let found = repo.resolve(token, &context.dirs());
                match found.as_slice() {
                    [] => problems.push(format!("{at}: `{token}` names no file or folder")),
                    [one] => {
                        if repo.dirs.contains(one) {
                            context.add_dir(one.clone());
                        }
                        named.insert(one.clone());
                    }
                    _ if token.contains('*') => {}
                    several => problems.push(format!(
                        "{at}: `{token}` is in none of this part's folders, and several files have that name ({}): write its path",
                        several.join(", ")
                    )),
                }
            } else if let Some(item) = rust_item(token, |m| repo.is_module(m)) {
                if !repo.declared.contains(item) {
                    problems.push(format!("{at}: `{token}`: no .rs file declares `{item}`"));
                }
            }
        }
    }
    for file in &repo.files {
        let in_test_dir = TEST_DIRS.iter().any(|dir| {
            file.strip_prefix(dir).is_some_and(|name| name.ends_with(".rs") && !name.contains('/'))
        });
        if in_test_dir && !named.contains(file) {
            problems.push(format!("{ARCHITECTURE}: the codemap does not name the test `{file}`"));
        }
    }
    problems
}

/// Source files without a `//!` first line, and core or app files over `MAX_LINES` lines.
fn source_problems(repo: &Repo) -> Vec<String> {
    let mut problems = Vec::new();
    for (path, text) in &repo.rust {
        let under = |dirs: &[&str]| dirs.iter().any(|dir| path.starts_with(dir));
        if under(&DOCUMENTED_DIRS) && !text.starts_with("//!") {
            problems.push(format!("{path}:1: does not open with a `//!` comment saying what it is"));
        }
        let lines = text.lines().count();
        if under(&SIZE_LIMITED_DIRS) && lines > MAX_LINES {
            problems.push(format!("{path}: {lines} lines, more than {MAX_LINES}: split it into a folder"));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo(files: &[&str], rust: &[(&str, &str)]) -> Repo {
        let rust = rust.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        Repo::new(files.iter().map(|f| f.to_string()), rust)
    }

    #[test]
    fn code_spans_have_their_lines_and_may_cross_a_line_break() {
        let doc = "# `core/`\n\nSee `a.rs` and `b\nc` here.\n\n```sh\necho `not a span`\n```\n`d`";
        let spans = code_spans(doc);
        let found: Vec<(usize, &str)> = spans.iter().map(|s| (s.line, s.text.as_str())).collect();
        assert_eq!(found, [(1, "core/"), (3, "a.rs"), (3, "b c"), (9, "d")]);
    }

    #[test]
    fn an_unclosed_backtick_does_not_swallow_the_next_paragraph() {
        let spans = code_spans("a ` b\n\n`c.rs`");
        assert_eq!(spans, [CodeSpan { line: 3, text: "c.rs".to_string() }]);
    }

    #[test]
    fn paths_are_told_from_other_code() {
        for path in
            ["core/src/highlight.rs", "tests/", "entity.rs", "core/data/gazetteer/*.tsv", "gold.jsonl"]
        {
            assert!(is_path_like(path), "{path}");
        }
        for other in
            ["cargo xtask test", "newslens_core::text", "Route", "f=", "https://example.invalid/a", "-D"]
        {
            assert!(!is_path_like(other), "{other}");
        }
    }

    #[test]
    fn rust_items_are_the_last_segment_of_a_known_path_a_type_or_a_call() {
        let is_module = |m: &str| m == "highlight";
        let cases = [
            ("newslens_core::route::Route", Some("Route")),
            ("highlight::nest", Some("nest")),
            ("yew::scheduler::flush", None),
            ("Html::from_html_unchecked", None),
            ("DocMeta", Some("DocMeta")),
            ("use_app()", Some("use_app")),
            ("REGRESSION", None),
            ("Vec<DocMeta>", None),
            ("DecompressionStream", None),
            ("layers", None),
        ];
        for (token, item) in cases {
            assert_eq!(rust_item(token, is_module), item, "{token}");
        }
    }

    #[test]
    fn declarations_include_items_macros_and_enum_variants_but_not_comments() {
        let source = "pub struct Study;\n/// fn Ghost\npub(crate) fn analyze<'a>() {}\nmacro_rules! table {}\n\
                      pub enum Action {\n    /// Go.\n    Navigate(Route),\n    SetReference {\n        doc: usize,\n    },\n}\n\
                      fn after() { Inner }\n";
        let names = declared_names(source);
        assert_eq!(names, ["Study", "analyze", "table", "Action", "Navigate", "SetReference", "after"]);
    }

    #[test]
    fn wildcards_stay_within_one_path_component() {
        assert!(wildcard_match("core/data/gazetteer/*.tsv", "core/data/gazetteer/cities.tsv"));
        assert!(!wildcard_match("core/data/*.tsv", "core/data/gazetteer/cities.tsv"));
        assert!(!wildcard_match("core/data/gazetteer/*.tsv", "core/data/gazetteer/README.md"));
    }

    #[test]
    fn relative_paths_resolve_against_their_heading_and_bullet() {
        let files = ["core/src/corpus.rs", "core/src/analysis/entity.rs", "src/entity.rs", "build.rs"];
        let repo = repo(&files, &[]);
        let core = ["core".to_string()];
        assert_eq!(repo.resolve("corpus.rs", &core), ["core/src/corpus.rs"]);
        assert_eq!(
            repo.resolve("entity.rs", &["core/src/analysis".to_string()]),
            ["core/src/analysis/entity.rs"]
        );
        assert_eq!(repo.resolve("build.rs", &core), ["build.rs"]);
        assert_eq!(repo.resolve("entity.rs", &[]).len(), 2, "a bare name found twice is ambiguous");
        assert_eq!(repo.resolve("analysis/", &core), ["core/src/analysis"]);
        assert!(repo.resolve("src/timeline.rs", &core).is_empty());
    }

    #[test]
    fn the_codemap_reports_stale_paths_unknown_items_and_unnamed_tests() {
        let files = [
            "core/src/lib.rs",
            "core/src/analysis/token.rs",
            "src/token.rs",
            "core/tests/seeds.rs",
            "core/tests/golden.rs",
        ];
        let repo = repo(&files, &[("core/src/lib.rs", "//! Core.\npub struct Corpus;\n")]);
        let doc = "### `core/`\n\n- `analysis/`: engine.\n  - `token.rs`: words.\n  - `gone.rs`: old.\n\
                   - `Corpus`, `Missing`, `dist/newslens.html`.\n\n## Tests\n\n- `core/tests/`: `seeds.rs`.\n\
                   - `token.rs`\n";
        assert_eq!(
            architecture_problems(doc, &repo),
            [
                "ARCHITECTURE.md:5: `gone.rs` names no file or folder",
                "ARCHITECTURE.md:6: `Missing`: no .rs file declares `Missing`",
                "ARCHITECTURE.md:11: `token.rs` is in none of this part's folders, and several files have that \
                 name (core/src/analysis/token.rs, src/token.rs): write its path",
                "ARCHITECTURE.md: the codemap does not name the test `core/tests/golden.rs`",
            ]
        );
    }

    #[test]
    fn sources_must_open_with_a_module_comment_and_stay_short() {
        let long = format!("//! Long.\n{}", "x\n".repeat(MAX_LINES));
        let rust = [
            ("src/main.rs", "fn main() {}\n"),
            ("core/src/big.rs", long.as_str()),
            ("cli/src/ok.rs", "//! Ok.\n"),
        ];
        let too_long = MAX_LINES + 1;
        assert_eq!(
            source_problems(&repo(&[], &rust)),
            [
                "src/main.rs:1: does not open with a `//!` comment saying what it is".to_string(),
                format!("core/src/big.rs: {too_long} lines, more than {MAX_LINES}: split it into a folder"),
            ]
        );
    }
}
