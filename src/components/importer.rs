//! Adding one's own articles: the file picker `#import-files`, a drop anywhere on the page, or a
//! paste outside a text field. Files are read by [`crate::import`], analysed one at a time
//! with the page answering in between (a progress line with a count and a cancel), and added
//! as they are done, so the first is readable before the rest; the first new article opens in
//! the reader. Problems are listed, each naming its file.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use gloo_events::{EventListener, EventListenerOptions};
use newslens_core::route::Route;
use newslens_core::study::analyze_document;
use newslens_core::Corpus;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::hooks::use_app;
use crate::import::{read_file, read_paste, Read};

/// Where an import stands.
#[derive(Debug, Clone, PartialEq, Default)]
struct Progress {
    /// Files (or pastes) read so far, and how many there are.
    done: usize,
    total: usize,
    /// Articles added.
    added: usize,
    /// Set by the cancel button; the loop stops at the next file.
    cancelled: Rc<Cell<bool>>,
    running: bool,
}

/// Something to import.
enum Source {
    Files(Vec<web_sys::File>),
    Paste(Read),
}

/// The import controls, the progress line and the problems of the last import.
#[component]
pub fn Importer() -> Html {
    let app = use_app();
    let progress = use_state(Progress::default);
    let problems = use_state(Vec::<String>::new);
    let start = {
        let (app, progress, problems) = (app.clone(), progress.clone(), problems.clone());
        Rc::new(move |source: Source| {
            if progress.running {
                return;
            }
            let (app, progress, problems) = (app.clone(), progress.clone(), problems.clone());
            yew::platform::spawn_local(run(app, source, progress, problems));
        })
    };
    {
        // Drops and pastes anywhere on the page.
        let start = start.clone();
        use_effect_with((), move |_| {
            let document = crate::browser::document();
            let options = EventListenerOptions::enable_prevent_default();
            let over = EventListener::new_with_options(&document, "dragover", options, |event| {
                event.prevent_default()
            });
            let on_drop = {
                let start = start.clone();
                EventListener::new_with_options(&document, "drop", options, move |event| {
                    let Some(files) =
                        event.dyn_ref::<web_sys::DragEvent>().and_then(|e| e.data_transfer()?.files())
                    else {
                        return;
                    };
                    event.prevent_default();
                    start(Source::Files(file_list(&files)));
                })
            };
            let on_paste = EventListener::new(&document, "paste", move |event| {
                let typing = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
                let Some(data) = event.dyn_ref::<web_sys::ClipboardEvent>().and_then(|e| e.clipboard_data())
                else {
                    return;
                };
                if !typing {
                    start(Source::Paste(read_paste(
                        data.get_data("text/html").ok(),
                        data.get_data("text/plain").ok(),
                    )));
                }
            });
            move || drop((over, on_drop, on_paste))
        });
    }
    let on_files = {
        let start = start.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            if let Some(files) = input.files() {
                start(Source::Files(file_list(&files)));
            }
            // The same file chosen again is a new change.
            input.set_value("");
        })
    };
    let cancel = {
        let progress = progress.clone();
        Callback::from(move |_| progress.cancelled.set(true))
    };
    html! {
        <section class="importer" aria-label="Your articles">
            <label class="button" for="import-files">{ "Add articles…" }</label>
            <input type="file" id="import-files" multiple=true class="visually-hidden"
                   accept=".txt,.text,.md,.markdown,.html,.htm,.json,.jsonl,.ndjson,.csv"
                   onchange={on_files.clone()} />
            <input type="file" id="open-workspace" class="visually-hidden" accept=".json"
                   aria-label="Open workspace" onchange={on_files.clone()} />
            <p class="hint">{ "or drop files on the page, or paste an article" }</p>
            if progress.running {
                <p id="import-progress" role="status">
                    <progress max={progress.total.to_string()} value={progress.done.to_string()} />
                    { format!(" analysing {} of {}", progress.done + 1, progress.total) }
                    <button type="button" onclick={cancel}>{ "Cancel" }</button>
                </p>
            } else if progress.total > 0 {
                <p id="import-progress" role="status">
                    { format!("Added {} of {} read.", plural(progress.added, "article"), plural(progress.done, "file")) }
                </p>
            }
            if !problems.is_empty() {
                <ul id="import-problems" role="alert">
                    for problem in problems.iter() {
                        <li>{ problem.clone() }</li>
                    }
                </ul>
            }
        </section>
    }
}

fn file_list(files: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..files.length()).filter_map(|k| files.get(k)).collect()
}

/// `1 article`, `3 articles`.
pub fn plural(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// How long the import works before it lets the page paint and answer input: under a frame
/// at 60 Hz, so scrolling and typing stay smooth.
const SLICE_MS: f64 = 12.0;
/// How often the analysed articles are added: each addition derives the study (and later
/// the index) of the whole collection again, so adding them one by one is quadratic.
const ADD_EVERY_MS: f64 = 400.0;

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

async fn run(
    app: crate::hooks::AppHandle,
    source: Source,
    progress: UseStateHandle<Progress>,
    problems: UseStateHandle<Vec<String>>,
) {
    let cancelled = Rc::new(Cell::new(false));
    let total = match &source {
        Source::Files(files) => files.len(),
        Source::Paste(_) => 1,
    };
    let mut state = Progress { total, cancelled: cancelled.clone(), running: true, ..Progress::default() };
    progress.set(state.clone());
    let mut found = Vec::new();
    let mut edits = Vec::new();
    let mut first_new: Option<String> = None;
    let reads: Vec<Option<web_sys::File>> = match &source {
        Source::Files(files) => files.iter().cloned().map(Some).collect(),
        Source::Paste(_) => vec![None],
    };
    let mut paste = match source {
        Source::Paste(read) => Some(read),
        Source::Files(_) => None,
    };
    // The articles of this import by id: the same text twice is one article.
    let mut seen = std::collections::HashSet::new();
    let corpus: Rc<Corpus> = app.corpus();
    let mut pending = Vec::new();
    let (mut slice_start, mut last_added) = (now(), f64::NEG_INFINITY);
    for file in reads {
        if cancelled.get() {
            found.push(format!("cancelled: {} not read", plural(state.total - state.done, "file")));
            break;
        }
        let name = file.as_ref().map(|f| f.name());
        let read = match file {
            Some(file) => read_file(&file).await,
            None => paste.take().unwrap_or_default(),
        };
        found.extend(read.problems);
        edits.extend(read.edits);
        for doc in read.documents {
            let from = name.as_deref().unwrap_or("pasted");
            if seen.contains(doc.id()) {
                found.push(format!("{from}: the same text as an article above; imported once"));
                continue;
            }
            if let Some(open) = app.original(doc.id()) {
                found.push(format!("{from}: already open as “{}”; not imported again", open.label));
                continue;
            }
            seen.insert(doc.id().to_string());
            let analysis = analyze_document(&corpus, &doc, doc.meta.reference_date);
            first_new.get_or_insert_with(|| doc.id().to_string());
            state.added += 1;
            pending.push((doc, analysis));
        }
        state.done += 1;
        // The first article is added at once, so it is readable before the rest are done.
        if !pending.is_empty() && (last_added == f64::NEG_INFINITY || now() - last_added > ADD_EVERY_MS) {
            app.add_documents(std::mem::take(&mut pending));
            last_added = now();
        }
        if now() - slice_start > SLICE_MS {
            progress.set(state.clone());
            // Let the page paint and answer input before the next file.
            yew::platform::time::sleep(Duration::ZERO).await;
            slice_start = now();
        }
    }
    app.add_documents(pending);
    for (id, edit) in edits {
        edit.apply(&app, &id);
    }
    state.running = false;
    progress.set(state);
    problems.set(found);
    if let Some(id) = first_new {
        app.navigate(Route::doc(id));
    }
}
