//! Articles a user brings: a file's bytes, or an HTML page's parts, or a JSON object's fields,
//! to a [`Document`] with its title, outlet and reference date and the evidence for each. The
//! same rules for `newslens build` and the browser's import; the parts that need a platform
//! (an HTML parser, a JSON parser) are done by the caller, which hands over plain fields.
//!
//! - [`decode`]: bytes to text (UTF-8, UTF-16, Windows-1252; binary refused).
//! - [`text_article`]: plain text and Markdown. Leading `Title:`, `Date: YYYY-MM-DD`,
//!   `Outlet:`, `URL:` lines (before the first blank line) are metadata, not text; else the
//!   first line is the title when it is short and has no closing full stop. Markdown's
//!   markup is stripped (headings, emphasis, links to their words, images dropped).
//! - [`html_article`]: an HTML page's title, meta and paragraphs (see [`Page`]).
//! - [`fields_article`]: a JSON object's fields (`text`, `title`, `date`, `outlet`, `url`, `id`).
//! - [`csv_articles`]: a CSV file with a header row and a `text` column.
//!
//! **Invariant:** an imported document's id is a hash of its text ([`content_id`]), so the
//! same article imported twice is one document, and its address stays the same across loads.

mod csv;
mod decode;

use crate::corpus::{id_from_file, parse_iso_date, DateConfidence, DocMeta, Document};
pub use csv::{csv_articles, parse_csv};
pub use decode::{decode, Decoded};

/// The formats an article can come in, by file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.txt`, `.text`.
    Text,
    /// `.md`, `.markdown`.
    Markdown,
    /// `.html`, `.htm`.
    Html,
    /// `.jsonl`, `.ndjson`: one object a line.
    JsonLines,
    /// `.json`: one object or an array of them.
    Json,
    /// `.csv` with a `text` column.
    Csv,
}

impl Format {
    /// The format a file name says, if NewsLens reads it.
    ///
    /// ```
    /// use newslens_core::import::Format;
    /// assert_eq!(Format::of("Notes/Storm.MD"), Some(Format::Markdown));
    /// assert_eq!(Format::of("photo.png"), None);
    /// ```
    pub fn of(file: &str) -> Option<Format> {
        let extension = file.rsplit_once('.')?.1.to_ascii_lowercase();
        Some(match extension.as_str() {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" => Format::Html,
            "jsonl" | "ndjson" => Format::JsonLines,
            "json" => Format::Json,
            "csv" => Format::Csv,
            _ => return None,
        })
    }
}

/// What a refused file is told: the formats NewsLens reads.
pub const FORMATS: &str = ".txt, .md, .html, .json, .jsonl or .csv";

/// What a source says about an article besides its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stated {
    /// Its headline.
    pub title: Option<String>,
    /// Its publication date, `YYYY-MM-DD` or an ISO timestamp.
    pub date: Option<String>,
    /// Where it was published.
    pub outlet: Option<String>,
    /// Its address.
    pub url: Option<String>,
    /// Where the date came from, for the reader: "the page's article:published_time".
    pub date_evidence: &'static str,
}

/// A stable id from a text: 16 hex digits of its 64-bit FNV-1a hash.
///
/// ```
/// use newslens_core::import::content_id;
/// assert_eq!(content_id("Troops moved."), content_id("Troops moved."));
/// assert_ne!(content_id("Troops moved."), content_id("Troops moved!"));
/// assert_eq!(content_id("").len(), 16);
/// ```
pub fn content_id(text: &str) -> String {
    let hash =
        text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    format!("{hash:016x}")
}

/// The outlet an address names: its host without `www.`.
fn outlet_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host).to_ascii_lowercase();
    (host.contains('.') && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-'))
        .then_some(host)
}

/// The document for `text` from `file`, with what the source states.
pub fn document(file: &str, stated: Stated, text: String) -> Document {
    let date = stated.date.as_deref().and_then(|d| parse_iso_date(d.get(..10).unwrap_or(d)));
    let outlet = stated.outlet.or_else(|| outlet_of(stated.url.as_deref()?));
    let meta = DocMeta {
        id: content_id(&text),
        file: file.to_string(),
        title: stated.title.filter(|t| !t.trim().is_empty()),
        kind: outlet.unwrap_or_else(|| id_from_file(file).to_string()),
        derived_from: String::new(),
        reference_date: date,
        date_confidence: if date.is_some() { DateConfidence::High } else { DateConfidence::Unknown },
        date_evidence: match (date, stated.date) {
            (Some(_), Some(value)) => format!("{}: {value}", stated.date_evidence),
            _ => String::new(),
        },
    };
    Document::new(meta, text)
}

/// A plain-text or Markdown article.
///
/// ```
/// use newslens_core::import::text_article;
/// let doc = text_article("storm.txt", "Title: Storm hits coast\nDate: 2025-03-04\n\nThe storm came on Tuesday.\n", false);
/// assert_eq!(doc.meta.title.as_deref(), Some("Storm hits coast"));
/// assert_eq!(doc.meta.reference_date.unwrap().to_string(), "2025-03-04");
/// assert_eq!(doc.text, "The storm came on Tuesday.\n");
/// ```
pub fn text_article(file: &str, text: &str, markdown: bool) -> Document {
    let (mut stated, body) = header(text);
    let body = if markdown { strip_markdown(&body) } else { body };
    if stated.title.is_none() {
        let first = body.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
        if first.chars().count() <= 120 && !first.ends_with(['.', '!', '?', ':']) && !first.is_empty() {
            stated.title = Some(first.to_string());
        }
    }
    document(file, stated, body)
}

/// Leading `Key: value` lines, up to the first blank line, when the first line is one.
fn header(text: &str) -> (Stated, String) {
    let mut stated = Stated { date_evidence: "the file's Date line", ..Stated::default() };
    let mut rest = text;
    let mut read_any = false;
    while let Some((line, after)) =
        Some(rest.split_once('\n').unwrap_or((rest, ""))).filter(|(l, _)| !l.trim().is_empty())
    {
        let Some((key, value)) = line.split_once(':') else { break };
        let value = value.trim().to_string();
        match key.trim().to_ascii_lowercase().as_str() {
            "title" | "headline" => stated.title = Some(value),
            "outlet" | "source" | "publisher" => stated.outlet = Some(value),
            "url" | "link" => stated.url = Some(value),
            "date" | "published" if parse_iso_date(value.get(..10).unwrap_or(&value)).is_some() => {
                stated.date = Some(value)
            }
            _ => break,
        }
        read_any = true;
        rest = after;
    }
    if !read_any {
        return (Stated::default(), text.to_string());
    }
    (stated, rest.trim_start_matches(['\r', '\n']).to_string())
}

/// Markdown to its words: block markers and inline markup go, link texts stay.
fn strip_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line.trim_start_matches(['#', '>']).trim_start();
        let mut rest = line;
        while let Some(c) = rest.chars().next() {
            let skip_target = |rest: &str| rest.find(')').map_or(rest.len(), |end| end + 1);
            if rest.starts_with("![") {
                // An image: its alt text and address are not article text.
                let close = rest.find("](").map_or(rest.len(), |at| at + skip_target(&rest[at..]));
                rest = &rest[close..];
                continue;
            }
            if rest.starts_with("](") {
                rest = &rest[skip_target(rest)..];
                continue;
            }
            if !matches!(c, '*' | '_' | '`' | '[') {
                out.push(c);
            }
            rest = &rest[c.len_utf8()..];
        }
        out.push('\n');
    }
    out
}

/// What an HTML page gives, read by the caller's parser (the browser's `DOMParser`, or
/// html5ever natively) as [`Page::SKIPPED`] and [`Page::BLOCKS`] say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// `<title>`, else `og:title`.
    pub title: Option<String>,
    /// `article:published_time`, else the first `<time datetime>`.
    pub published: Option<String>,
    /// `og:site_name`.
    pub site: Option<String>,
    /// `og:url` or `<link rel=canonical>`.
    pub url: Option<String>,
    /// The text of `<article>`, else `<main>`, else `<body>`: one entry per block element.
    pub paragraphs: Vec<String>,
}

impl Page {
    /// The elements whose text is the article, in order of preference.
    pub const ROOTS: [&'static str; 3] = ["article", "main", "body"];

    /// A page from its `paragraphs` and `first(selector, attribute)`: the first element a CSS
    /// selector matches, its attribute's value (or, without one, its text) when not blank. One
    /// list of where each field comes from, whichever parser answers.
    pub fn read(first: impl Fn(&str, Option<&str>) -> Option<String>, paragraphs: Vec<String>) -> Page {
        let any = |sources: &[(&str, Option<&str>)]| sources.iter().find_map(|(css, attr)| first(css, *attr));
        Page {
            title: any(&[("title", None), ("meta[property='og:title']", Some("content"))]),
            published: any(&[
                ("meta[property='article:published_time']", Some("content")),
                ("time[datetime]", Some("datetime")),
            ]),
            site: any(&[("meta[property='og:site_name']", Some("content"))]),
            url: any(&[
                ("meta[property='og:url']", Some("content")),
                ("link[rel='canonical']", Some("href")),
            ]),
            paragraphs,
        }
    }

    /// Elements whose content is not article text: never read.
    pub const SKIPPED: [&'static str; 13] = [
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "iframe",
        "svg", "button", "object",
    ];
    /// Elements that end a paragraph.
    pub const BLOCKS: [&'static str; 16] = [
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
        "tr",
        "pre",
    ];
}

/// An HTML article from its page's parts.
///
/// ```
/// use newslens_core::import::{html_article, Page};
/// let page = Page {
///     title: Some("Court rules".into()),
///     published: Some("2025-02-01T10:00:00Z".into()),
///     url: Some("https://www.example.com/a/1".into()),
///     paragraphs: vec!["  The court   ruled. ".into(), "".into(), "Lawyers said “we will appeal.”".into()],
///     ..Page::default()
/// };
/// let doc = html_article("c.html", page);
/// assert_eq!(doc.text, "The court ruled.\n\nLawyers said “we will appeal.”\n");
/// assert_eq!((doc.meta.kind.as_str(), doc.meta.reference_date.unwrap().to_string().as_str()), ("example.com", "2025-02-01"));
/// ```
pub fn html_article(file: &str, page: Page) -> Document {
    let mut text = String::new();
    for paragraph in &page.paragraphs {
        let words: Vec<&str> = paragraph.split_whitespace().collect();
        if !words.is_empty() {
            text.push_str(&words.join(" "));
            text.push_str("\n\n");
        }
    }
    text.truncate(text.trim_end().len());
    text.push('\n');
    let squash = |s: Option<String>| {
        s.map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|s| !s.is_empty())
    };
    let stated = Stated {
        title: squash(page.title),
        date: squash(page.published),
        outlet: squash(page.site),
        url: page.url,
        date_evidence: "the page's published time",
    };
    document(file, stated, text)
}

/// A JSON object's fields, read by the caller's JSON parser. ANNOTATION.md's `doc` and
/// `reference_date` count as `id` and `date`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields {
    /// `text` or `body`.
    pub text: Option<String>,
    /// `title` or `headline`.
    pub title: Option<String>,
    /// `date`, `reference_date` or `published`.
    pub date: Option<String>,
    /// `outlet`, `source` or `publisher`.
    pub outlet: Option<String>,
    /// `url`.
    pub url: Option<String>,
}

impl Fields {
    /// The names each field is read from, in order of preference.
    pub const NAMES: [(&'static str, &'static [&'static str]); 5] = [
        ("text", &["text", "body"]),
        ("title", &["title", "headline"]),
        ("date", &["date", "reference_date", "published"]),
        ("outlet", &["outlet", "source", "publisher"]),
        ("url", &["url", "link"]),
    ];

    /// Sets the field `name` (one of [`Fields::NAMES`]'s first column).
    pub fn set(&mut self, name: &str, value: String) {
        let slot = match name {
            "text" => &mut self.text,
            "title" => &mut self.title,
            "date" => &mut self.date,
            "outlet" => &mut self.outlet,
            _ => &mut self.url,
        };
        *slot = Some(value);
    }
}

/// An article from a JSON object's (or a CSV row's) fields; `at` names it in messages
/// ("set.jsonl:3"). No text is an error; a date that is not a date is a note.
pub fn fields_article(file: &str, at: &str, fields: Fields) -> Result<(Document, Option<String>), String> {
    let Some(text) = fields.text.filter(|t| !t.trim().is_empty()) else {
        return Err(format!("{at}: no \"text\"; skipped"));
    };
    let note = fields
        .date
        .as_deref()
        .filter(|d| parse_iso_date(d.get(..10).unwrap_or(d)).is_none())
        .map(|d| format!("{at}: the date {d:?} is not YYYY-MM-DD; the article has no date"));
    let stated = Stated {
        title: fields.title,
        date: fields.date,
        outlet: fields.outlet,
        url: fields.url,
        date_evidence: "the file's date field",
    };
    Ok((document(file, stated, text), note))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_is_metadata_only_when_the_file_starts_with_one() {
        let doc = text_article("b.txt", "Date of the vote: unknown.\nMore.", false);
        assert_eq!((doc.meta.reference_date, doc.text.as_str()), (None, "Date of the vote: unknown.\nMore."));
        let doc = text_article(
            "c.txt",
            "URL: https://www.city.example/news/1\r\nDate: 2025-01-02\r\n\r\nBody.",
            false,
        );
        assert_eq!(doc.meta.kind, "city.example");
        assert_eq!(doc.text, "Body.");
        assert_eq!(doc.meta.date_evidence, "the file's Date line: 2025-01-02");
    }

    #[test]
    fn the_first_short_line_is_the_title_when_none_is_given() {
        assert_eq!(
            text_article("a.txt", "Rates rise again\n\nThe bank raised.", false).meta.title.as_deref(),
            Some("Rates rise again")
        );
        assert_eq!(text_article("a.txt", "The bank raised rates.\nMore.", false).meta.title, None);
    }

    #[test]
    fn markdown_keeps_words_not_markup() {
        let doc = text_article(
            "m.md",
            "# Rates rise\n\nThe **bank** raised [its rate](http://x.test) today. ![chart](c.png)\n",
            true,
        );
        assert_eq!(doc.text, "Rates rise\n\nThe bank raised its rate today. \n");
        assert_eq!(doc.meta.title.as_deref(), Some("Rates rise"));
    }

    #[test]
    fn fields_need_a_text_and_a_bad_date_is_a_note() {
        let mut fields = Fields::default();
        assert_eq!(
            fields_article("s.jsonl", "s.jsonl:2", fields.clone()).unwrap_err(),
            "s.jsonl:2: no \"text\"; skipped"
        );
        fields.set("text", "One.".into());
        fields.set("date", "yesterday".into());
        let (doc, note) = fields_article("s.jsonl", "s.jsonl:3", fields).unwrap();
        assert_eq!(doc.meta.reference_date, None);
        assert!(note.unwrap().starts_with("s.jsonl:3: the date \"yesterday\""));
    }

    #[test]
    fn outlets_come_from_hosts_only() {
        assert_eq!(outlet_of("https://www.example.com/a?b#c").as_deref(), Some("example.com"));
        assert_eq!(outlet_of("http://user@news.example.org:8080/x").as_deref(), Some("news.example.org"));
        assert_eq!(outlet_of("javascript:alert(1)"), None);
        assert_eq!(outlet_of("not a url"), None);
    }
}
