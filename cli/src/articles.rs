//! Articles from files for `newslens build`, by the core's import rules
//! ([`newslens_core::import`]): this module only parses what needs a parser the core does not
//! carry. HTML is parsed by html5ever (through `scraper`): nothing in it runs or is fetched,
//! and the text is read as [`Page::SKIPPED`] and [`Page::BLOCKS`] say. JSON by serde_json.

use std::path::Path;

use newslens_core::import::{
    self, csv_articles, fields_article, html_article, text_article, Fields, Format, Page,
};
use newslens_core::Document;
use scraper::{ElementRef, Html, Node, Selector};
use serde_json::Value;

/// The articles of one file; problems are named with the file and, for JSON Lines and CSV,
/// the line or row.
pub fn read(path: &Path, text: &str) -> (Vec<Document>, Vec<String>) {
    let name = path.display().to_string();
    let file = path.file_name().map_or(name.clone(), |f| f.to_string_lossy().into_owned());
    match Format::of(&file) {
        Some(Format::Text) => (vec![text_article(&file, text, false)], Vec::new()),
        Some(Format::Markdown) => (vec![text_article(&file, text, true)], Vec::new()),
        Some(Format::Html) => (vec![html_article(&file, page(text))], Vec::new()),
        Some(Format::Csv) => csv_articles(&name, text),
        Some(Format::JsonLines) => {
            let lines = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty());
            let values = lines.map(|(n, line)| (format!("{name}:{}", n + 1), serde_json::from_str(line)));
            json_articles(&file, values)
        }
        Some(Format::Json) => match serde_json::from_str::<Value>(text) {
            Ok(Value::Array(items)) => {
                let values =
                    items.into_iter().enumerate().map(|(n, v)| (format!("{name}: item {}", n + 1), Ok(v)));
                json_articles(&file, values)
            }
            parsed => json_articles(&file, [(name.clone(), parsed)].into_iter()),
        },
        None => {
            (Vec::new(), vec![format!("{name}: not an article format NewsLens reads ({})", import::FORMATS)])
        }
    }
}

fn json_articles(
    file: &str,
    values: impl Iterator<Item = (String, serde_json::Result<Value>)>,
) -> (Vec<Document>, Vec<String>) {
    let (mut documents, mut problems) = (Vec::new(), Vec::new());
    for (at, value) in values {
        let value = match value {
            Ok(value) => value,
            Err(e) => {
                problems.push(format!("{at}: not JSON ({e}); skipped"));
                continue;
            }
        };
        let mut fields = Fields::default();
        for (field, names) in Fields::NAMES {
            if let Some(v) = names.iter().find_map(|n| value.get(*n)?.as_str()) {
                fields.set(field, v.to_string());
            }
        }
        match fields_article(file, &at, fields) {
            Ok((doc, note)) => {
                documents.push(doc);
                problems.extend(note);
            }
            Err(problem) => problems.push(problem),
        }
    }
    (documents, problems)
}

/// An HTML page's parts.
fn page(source: &str) -> Page {
    let html = Html::parse_document(source);
    let select = |css: &str| Selector::parse(css).expect("a valid selector");
    let first = |css: &str, attr: Option<&str>| {
        let element = html.select(&select(css)).next()?;
        let value = match attr {
            Some(attr) => element.value().attr(attr)?.to_string(),
            None => element.text().collect(),
        };
        Some(value).filter(|v| !v.trim().is_empty())
    };
    let mut paragraphs = vec![String::new()];
    if let Some(root) = Page::ROOTS.iter().find_map(|css| html.select(&select(css)).next()) {
        collect_text(root, &mut paragraphs);
    }
    Page::read(first, paragraphs)
}

fn collect_text(element: ElementRef, paragraphs: &mut Vec<String>) {
    for child in element.children() {
        match child.value() {
            Node::Text(text) => paragraphs.last_mut().expect("never empty").push_str(text),
            Node::Element(e) if Page::SKIPPED.contains(&e.name()) => {}
            Node::Element(e) => {
                let block = Page::BLOCKS.contains(&e.name());
                if block {
                    paragraphs.push(String::new());
                }
                if let Some(child) = ElementRef::wrap(child) {
                    collect_text(child, paragraphs);
                }
                if block {
                    paragraphs.push(String::new());
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_keeps_the_article_text_and_drops_code_and_chrome() {
        let source = r#"<html><head><title>Court rules</title><script>alert(1)</script>
            <meta property="article:published_time" content="2025-02-01T10:00:00Z"></head>
            <body><nav>Home | World</nav><article><h1>Court rules</h1><p>The court ruled <b>on Monday</b>.</p>
            <img src="http://example.invalid/x.png" onerror="alert(2)"><p>Lawyers said &ldquo;we will appeal.&rdquo;</p>
            <footer>Share this</footer></article></body></html>"#;
        let (docs, problems) = read(Path::new("c.html"), source);
        assert!(problems.is_empty());
        assert_eq!(
            docs[0].text,
            "Court rules\n\nThe court ruled on Monday.\n\nLawyers said “we will appeal.”\n"
        );
        assert_eq!(docs[0].meta.title.as_deref(), Some("Court rules"));
        assert_eq!(docs[0].meta.reference_date.unwrap().to_string(), "2025-02-01");
    }

    #[test]
    fn a_bad_json_line_is_named_and_the_others_kept() {
        let src = "{\"text\": \"One.\", \"date\": \"2025-01-02\"}\n{oops\n{\"title\": \"T\"}\n{\"text\": \"Two.\"}\n";
        let (docs, problems) = read(Path::new("x/set.jsonl"), src);
        let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["One.", "Two."]);
        assert_eq!(docs[0].meta.reference_date.unwrap().to_string(), "2025-01-02");
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].starts_with("x/set.jsonl:2: not JSON"), "{}", problems[0]);
        assert!(problems[1].starts_with("x/set.jsonl:3: no \"text\""), "{}", problems[1]);
        let (docs, _) = read(Path::new("all.json"), "[{\"text\": \"A.\"}, {\"body\": \"B.\"}]");
        assert_eq!(docs.len(), 2);
    }

    #[test]
    fn other_formats_are_refused_by_name() {
        let (docs, problems) = read(Path::new("photo.png"), "");
        assert!(docs.is_empty());
        assert!(problems[0].starts_with("photo.png: not an article format"), "{problems:?}");
    }
}
