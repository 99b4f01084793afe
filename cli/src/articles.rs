//! Articles from files for `newslens build`: plain text, Markdown, HTML and JSON Lines, each
//! to a [`Document`] with its title, outlet and reference date when the file says them.
//!
//! - `.txt` and `.md`: leading `Title:`, `Date: YYYY-MM-DD`, `Outlet:` and `URL:` lines (before
//!   the first blank line) give metadata and are not part of the text; Markdown's markup is
//!   stripped (headings, emphasis, links to their words, images dropped).
//! - `.html`/`.htm`: the text of `<article>`, else `<main>`, else `<body>`, one paragraph per
//!   block element, without scripts, styles, navigation, headers, footers, asides and forms;
//!   the title from `<title>` (or `og:title`), the date from `article:published_time` or the
//!   first `<time datetime>`. Parsed by html5ever: nothing runs, nothing is fetched.
//! - `.jsonl`: one article per line, `{"text": ..., "title"?, "date"?, "outlet"?, "url"?, "id"?}`
//!   (ANNOTATION.md's `doc` and `reference_date` are read as `id` and `date`); a bad line is
//!   named with its line number and the others are kept.
//!
//! A document's id is its file's name, or for a JSON line its `id`; the same text twice is
//! one document.

use std::path::Path;

use newslens_core::{corpus::parse_iso_date, Date, DateConfidence, DocMeta, Document};
use scraper::{ElementRef, Html, Node, Selector};

/// Metadata a file states about an article.
#[derive(Debug, Default, PartialEq)]
struct Stated {
    title: Option<String>,
    date: Option<Date>,
    outlet: Option<String>,
    evidence: Vec<String>,
}

/// The articles of one file; problems are named with the file and, for JSON Lines, the line.
pub fn read(path: &Path, text: &str) -> (Vec<Document>, Vec<String>) {
    let name = path.display().to_string();
    let stem = newslens_core::corpus::id_from_file(&name).to_string();
    let file = path.file_name().map_or(name.clone(), |f| f.to_string_lossy().into_owned());
    let extension = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    match extension.as_str() {
        "txt" | "text" => (vec![document(&stem, &file, header(text))], Vec::new()),
        "md" | "markdown" => {
            let (stated, body) = header(text);
            (vec![document(&stem, &file, (stated, strip_markdown(&body)))], Vec::new())
        }
        "html" | "htm" => (vec![document(&stem, &file, html(text))], Vec::new()),
        "jsonl" | "ndjson" => json_lines(&name, &file, text),
        _ => (
            Vec::new(),
            vec![format!("{name}: not an article format newslens reads (.txt, .md, .html, .jsonl)")],
        ),
    }
}

fn document(id: &str, file: &str, (stated, text): (Stated, String)) -> Document {
    let date_confidence = if stated.date.is_some() { DateConfidence::High } else { DateConfidence::Unknown };
    let meta = DocMeta {
        id: id.to_string(),
        file: file.to_string(),
        title: stated.title,
        kind: stated.outlet.unwrap_or_else(|| "article".to_string()),
        derived_from: String::new(),
        reference_date: stated.date,
        date_confidence,
        date_evidence: stated.evidence.join("; "),
    };
    Document::new(meta, text)
}

/// Leading `Key: value` lines, up to the first blank line, when the first line is one.
fn header(text: &str) -> (Stated, String) {
    let mut stated = Stated::default();
    let mut rest = text;
    while let Some((line, after)) = rest.split_once('\n').or(Some((rest, ""))).filter(|(l, _)| !l.is_empty())
    {
        let Some((key, value)) = line.split_once(':') else { break };
        let value = value.trim();
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => stated.title = Some(value.to_string()),
            "outlet" | "source" => stated.outlet = Some(value.to_string()),
            "url" => {}
            "date" => match parse_iso_date(value) {
                Some(date) => {
                    stated.date = Some(date);
                    stated.evidence.push(format!("the file's Date line: {value}"));
                }
                None => break,
            },
            _ => break,
        }
        rest = after;
    }
    if rest.len() == text.len() {
        return (Stated::default(), text.to_string());
    }
    (stated, rest.trim_start_matches(['\r', '\n']).to_string())
}

/// Markdown to its words: block markers and inline markup go, link texts stay.
fn strip_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line.trim_start_matches(['#', '>']).trim_start();
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '*' | '_' | '`' => {}
                '!' if line[i + 1..].starts_with('[') => {
                    // An image: its alt text and address are not article text.
                    if let Some(end) = line[i..].find(')') {
                        while chars.peek().is_some_and(|&(j, _)| j <= i + end) {
                            chars.next();
                        }
                    }
                }
                '[' => {}
                ']' if line[i + 1..].starts_with('(') => {
                    if let Some(end) = line[i..].find(')') {
                        while chars.peek().is_some_and(|&(j, _)| j <= i + end) {
                            chars.next();
                        }
                    }
                }
                _ => out.push(c),
            }
        }
        out.push('\n');
    }
    out
}

const SKIPPED: [&str; 12] = [
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "iframe", "svg",
    "button",
];
const BLOCKS: [&str; 14] = [
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "section",
    "article",
    "br",
    "figcaption",
];

fn html(source: &str) -> (Stated, String) {
    let page = Html::parse_document(source);
    let select = |css: &str| Selector::parse(css).expect("a valid selector");
    let first_text = |css: &str, attr: Option<&str>| {
        let element = page.select(&select(css)).next()?;
        let value = match attr {
            Some(attr) => element.value().attr(attr)?.to_string(),
            None => element.text().collect::<String>(),
        };
        Some(value.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|v| !v.is_empty())
    };
    let mut stated = Stated {
        title: first_text("title", None).or_else(|| first_text("meta[property='og:title']", Some("content"))),
        outlet: first_text("meta[property='og:site_name']", Some("content")),
        ..Stated::default()
    };
    for (css, what) in [
        ("meta[property='article:published_time']", "the page's article:published_time"),
        ("time[datetime]", "the page's first <time>"),
    ] {
        let attr = if css.starts_with("meta") { "content" } else { "datetime" };
        if let Some(value) = first_text(css, Some(attr)) {
            if let Some(date) = value.get(..10).and_then(parse_iso_date) {
                stated.date = Some(date);
                stated.evidence.push(format!("{what}: {value}"));
                break;
            }
        }
    }
    let root = ["article", "main", "body"].iter().find_map(|css| page.select(&select(css)).next());
    let mut text = String::new();
    if let Some(root) = root {
        collect_text(root, &mut text);
    }
    let paragraphs: Vec<String> = text
        .split('\n')
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect();
    (stated, paragraphs.join("\n\n"))
}

fn collect_text(element: ElementRef, out: &mut String) {
    for child in element.children() {
        match child.value() {
            Node::Text(text) => out.push_str(text),
            Node::Element(e) if SKIPPED.contains(&e.name()) => {}
            Node::Element(e) => {
                let block = BLOCKS.contains(&e.name());
                if block {
                    out.push('\n');
                }
                if let Some(child) = ElementRef::wrap(child) {
                    collect_text(child, out);
                }
                if block {
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
}

fn json_lines(name: &str, file: &str, text: &str) -> (Vec<Document>, Vec<String>) {
    let (mut documents, mut problems) = (Vec::new(), Vec::new());
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let at = format!("{name}:{}", n + 1);
        let value: serde_json::Value = match serde_json::from_str(line) {
            Ok(value) => value,
            Err(e) => {
                problems.push(format!("{at}: not JSON ({e}); the line was skipped"));
                continue;
            }
        };
        let field = |keys: &[&str]| keys.iter().find_map(|k| value.get(*k)?.as_str().map(str::to_string));
        let Some(body) = field(&["text", "body"]) else {
            problems.push(format!("{at}: no \"text\"; the line was skipped"));
            continue;
        };
        let date = field(&["date", "reference_date", "published"]);
        let parsed = date.as_deref().and_then(|d| d.get(..10)).and_then(parse_iso_date);
        if let (Some(date), None) = (&date, parsed) {
            problems.push(format!("{at}: the date {date:?} is not YYYY-MM-DD; the article has no date"));
        }
        let stated = Stated {
            title: field(&["title", "headline"]),
            date: parsed,
            outlet: field(&["outlet", "source", "publisher"]),
            evidence: parsed
                .map(|_| format!("the line's date: {}", date.unwrap_or_default()))
                .into_iter()
                .collect(),
        };
        let id = field(&["id", "doc"])
            .unwrap_or_else(|| format!("{}-{}", newslens_core::corpus::id_from_file(file), n + 1));
        documents.push(document(&id, file, (stated, body)));
    }
    (documents, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(name: &str, text: &str) -> Document {
        let (mut docs, problems) = read(Path::new(name), text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(docs.len(), 1);
        docs.remove(0)
    }

    #[test]
    fn a_text_header_gives_title_and_date_and_leaves_the_text() {
        let doc = one(
            "a/storm.txt",
            "Title: Storm hits coast\nDate: 2025-03-04\n\nThe storm arrived on Tuesday.\n",
        );
        assert_eq!(doc.meta.title.as_deref(), Some("Storm hits coast"));
        assert_eq!(doc.meta.reference_date, parse_iso_date("2025-03-04"));
        assert_eq!(doc.meta.date_confidence, DateConfidence::High);
        assert_eq!(doc.text, "The storm arrived on Tuesday.\n");
        assert_eq!(doc.id(), "storm");
        let plain = one("b.txt", "Date of the vote: unknown.\nMore.");
        assert_eq!(
            (plain.meta.reference_date, plain.text.as_str()),
            (None, "Date of the vote: unknown.\nMore.")
        );
    }

    #[test]
    fn markdown_keeps_words_not_markup() {
        let doc = one(
            "m.md",
            "# Rates rise\n\nThe **bank** raised [its rate](http://x.test) today. ![chart](c.png)\n",
        );
        assert_eq!(doc.text, "Rates rise\n\nThe bank raised its rate today. \n");
    }

    #[test]
    fn html_keeps_the_article_text_and_drops_code_and_chrome() {
        let page = r#"<html><head><title>Court rules</title><script>alert(1)</script>
            <meta property="article:published_time" content="2025-02-01T10:00:00Z"></head>
            <body><nav>Home | World</nav><article><h1>Court rules</h1><p>The court ruled <b>on Monday</b>.</p>
            <img src="http://example.invalid/x.png" onerror="alert(2)"><p>Lawyers said &ldquo;we will appeal.&rdquo;</p>
            <footer>Share this</footer></article></body></html>"#;
        let doc = one("c.html", page);
        assert_eq!(doc.text, "Court rules\n\nThe court ruled on Monday.\n\nLawyers said “we will appeal.”");
        assert_eq!(doc.meta.title.as_deref(), Some("Court rules"));
        assert_eq!(doc.meta.reference_date, parse_iso_date("2025-02-01"));
    }

    #[test]
    fn a_bad_json_line_is_named_and_the_others_kept() {
        let src = "{\"id\": \"a\", \"text\": \"One.\", \"date\": \"2025-01-02\"}\n{oops\n{\"title\": \"T\"}\n{\"text\": \"Two.\"}\n";
        let (docs, problems) = read(Path::new("x/set.jsonl"), src);
        let ids: Vec<&str> = docs.iter().map(|d| d.id()).collect();
        assert_eq!(ids, ["a", "set-4"]);
        assert_eq!(docs[0].meta.reference_date, parse_iso_date("2025-01-02"));
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].starts_with("x/set.jsonl:2: not JSON"), "{}", problems[0]);
        assert!(problems[1].starts_with("x/set.jsonl:3: no \"text\""), "{}", problems[1]);
    }

    #[test]
    fn other_formats_are_refused_by_name() {
        let (docs, problems) = read(Path::new("photo.png"), "");
        assert!(docs.is_empty());
        assert!(problems[0].starts_with("photo.png: not an article format"), "{problems:?}");
    }
}
