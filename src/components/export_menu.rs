//! The export menu: the files a view offers ("what you found"), each built by the core's
//! writers ([`newslens_core::export`]) when chosen, and downloaded through a Blob's object URL
//! on a temporary link ([`browser::download`]): nothing leaves the page.
//!
//! The lists ([`reader_exports`], [`search_exports`], [`timeline_exports`],
//! [`compare_exports`], [`compare_figure_exports`], [`compare_quote_exports`]) are public so the
//! browser tests can read exactly the content a button downloads.

use std::rc::Rc;

use newslens_core::compare::figures::{figure_table_csv, FigureTable};
use newslens_core::compare::quotes::{quote_ledger_csv, QuoteLedger};
use newslens_core::compare::Pairs;
use newslens_core::export::{self, file_name};
use newslens_core::search::SearchIndex;
use newslens_core::study::Study;
use newslens_core::timeline::{self, Timeline};
use newslens_core::Corpus;
use yew::prelude::*;

use crate::browser;

/// One file a menu offers.
#[derive(Clone)]
pub struct Export {
    /// What the menu item says.
    pub label: &'static str,
    /// The file name it downloads as, safe on every system (see [`file_name`]).
    pub file: String,
    /// Its media type.
    pub mime: &'static str,
    build: Rc<dyn Fn() -> String>,
}

impl Export {
    fn new(
        label: &'static str,
        file: String,
        mime: &'static str,
        build: impl Fn() -> String + 'static,
    ) -> Export {
        Export { label, file, mime, build: Rc::new(build) }
    }

    /// The file's content, built now from the state the list was made with.
    pub fn content(&self) -> String {
        (self.build)()
    }
}

impl PartialEq for Export {
    fn eq(&self, other: &Self) -> bool {
        self.label == other.label && self.file == other.file && Rc::ptr_eq(&self.build, &other.build)
    }
}

const CSV: &str = "text/csv;charset=utf-8";

/// What the reader offers for document `doc`: its annotations (JSON Lines, ANNOTATION.md),
/// entities, quotations and figures (CSV).
pub fn reader_exports(corpus: &Rc<Corpus>, study: &Rc<Study>, doc: usize) -> Vec<Export> {
    let id = corpus.documents().get(doc).map_or("document", |d| d.id());
    type Build = fn(&Corpus, &Study, &[usize]) -> String;
    let item = |label, kind, ext, mime, build: Build| {
        let (corpus, study) = (corpus.clone(), study.clone());
        Export::new(label, file_name(&[kind, id], ext), mime, move || build(&corpus, &study, &[doc]))
    };
    vec![
        item(
            "Annotations (JSON Lines)",
            "annotations",
            "jsonl",
            "application/jsonl;charset=utf-8",
            export::annotations_jsonl,
        ),
        item("Entities (CSV)", "entities", "csv", CSV, export::entities_csv),
        item("Quotations (CSV)", "quotations", "csv", CSV, export::quotations_csv),
        item("Figures (CSV)", "figures", "csv", CSV, export::figures_csv),
    ]
}

/// What the search view offers: its result sentences `results` for `query`, as CSV and as
/// Markdown, each line with its source.
pub fn search_exports(
    corpus: &Rc<Corpus>,
    study: &Rc<Study>,
    index: &Rc<SearchIndex>,
    query: &str,
    results: Rc<Vec<u32>>,
) -> Vec<Export> {
    let (c, s, i, r) = (corpus.clone(), study.clone(), index.clone(), results.clone());
    let csv = move || export::results_csv(&c, &s, &i, &r);
    let (c, s, i, q) = (corpus.clone(), study.clone(), index.clone(), query.to_string());
    let markdown = move || export::results_markdown(&c, &s, &i, &q, &results);
    vec![
        Export::new("Results (CSV)", file_name(&["search", query], "csv"), CSV, csv),
        Export::new(
            "Results (Markdown)",
            file_name(&["search", query], "md"),
            "text/markdown;charset=utf-8",
            markdown,
        ),
    ]
}

/// What the timeline offers: its events as CSV and, with the unplaced TIMEs, as JSON.
pub fn timeline_exports(corpus: &Rc<Corpus>, study: &Rc<Study>, line: &Rc<Timeline>) -> Vec<Export> {
    let (c, s, l) = (corpus.clone(), study.clone(), line.clone());
    let csv = move || timeline::to_csv(&c, &s, &l);
    let (c, s, l) = (corpus.clone(), study.clone(), line.clone());
    let json = move || timeline::to_json(&c, &s, &l);
    vec![
        Export::new("Events (CSV)", file_name(&["events"], "csv"), CSV, csv),
        Export::new(
            "Events and unplaced (JSON)",
            file_name(&["events"], "json"),
            "application/json;charset=utf-8",
            json,
        ),
    ]
}

/// What the Compare view offers: every pair of documents with its relation (CSV).
pub fn compare_exports(corpus: &Rc<Corpus>, pairs: &Rc<Pairs>) -> Vec<Export> {
    let (corpus, pairs) = (corpus.clone(), pairs.clone());
    vec![Export::new("Pairs (CSV)", file_name(&["pairs"], "csv"), CSV, move || pairs.to_csv(&corpus))]
}

/// The Compare view's figures table as CSV, one record per figure.
pub fn compare_figure_exports(
    corpus: &Rc<Corpus>,
    study: &Rc<Study>,
    table: &Rc<FigureTable>,
) -> Vec<Export> {
    let (c, s, t) = (corpus.clone(), study.clone(), table.clone());
    vec![Export::new("Figures compared (CSV)", file_name(&["figures", "compared"], "csv"), CSV, move || {
        figure_table_csv(&c, &s, &t)
    })]
}

/// The Compare view's quotation ledger as CSV, one record per document carrying a quotation.
pub fn compare_quote_exports(
    corpus: &Rc<Corpus>,
    study: &Rc<Study>,
    ledger: &Rc<QuoteLedger>,
) -> Vec<Export> {
    let (c, s, l) = (corpus.clone(), study.clone(), ledger.clone());
    vec![Export::new("Quotation ledger (CSV)", file_name(&["quotations", "ledger"], "csv"), CSV, move || {
        quote_ledger_csv(&c, &s, &l)
    })]
}

/// [`ExportMenu`]'s properties.
#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    /// The files offered, in this order.
    pub exports: Vec<Export>,
}

/// A disclosure "Export" (`.export-menu`) listing one button per file (`data-export`, its
/// file name), and what became of the last download.
#[component]
pub fn ExportMenu(props: &ExportMenuProps) -> Html {
    let message = use_state(|| None::<String>);
    let items = props.exports.iter().map(|item| {
        let (item, message) = (item.clone(), message.clone());
        let (file, label) = (item.file.clone(), item.label);
        let onclick = Callback::from(move |_: MouseEvent| {
            let done = browser::download(&item.file, item.mime, item.content().as_bytes());
            message.set(Some(match done {
                Ok(()) => format!("Downloaded {}.", item.file),
                Err(e) => format!("{} could not be downloaded: {e}.", item.file),
            }));
        });
        html! { <li><button type="button" class="export" data-export={file} {onclick}>{ label }</button></li> }
    });
    html! {
        <details class="export-menu">
            <summary class="export">{ "Export" }</summary>
            <ul class="export-items">{ for items }</ul>
            if let Some(message) = &*message {
                <p class="export-status" role="status">{ message.clone() }</p>
            }
        </details>
    }
}
