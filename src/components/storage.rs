//! The user's articles kept in the browser: loaded from IndexedDB after the first render
//! (decoded, not analysed), written whenever the imported documents or the date edits change
//! (one transaction each, so a failure keeps everything before it), and shown in a panel
//! with their count, the bytes used and allowed, and whether the browser keeps them. The
//! store is kept in step by comparing what is shown with what is stored, so import, removal
//! and undo need no code of their own here.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use newslens_core::study::Study;
use newslens_core::{bundle, Corpus, Date};
use yew::prelude::*;

use crate::components::importer::plural;
use crate::hooks::{use_app, AppHandle};
use crate::store::{self, Store, Usage};

/// What is in the store, as far as this page knows.
#[derive(Default)]
struct Kept {
    articles: BTreeSet<String>,
    edits: BTreeMap<String, Option<Date>>,
    asked_to_persist: bool,
}

/// The storage panel, and the keeper of the store.
#[component]
pub fn Storage() -> Html {
    let app = use_app();
    let store = use_state(|| None::<Store>);
    let problems = use_state(Vec::<String>::new);
    let usage = use_state(Usage::default);
    let kept = use_mut_ref(Kept::default);
    // What the panel says is what is written, not what is shown.
    let kept_count = use_state(|| 0usize);
    {
        let (app, store, problems, usage, kept, kept_count) =
            (app.clone(), store.clone(), problems.clone(), usage.clone(), kept.clone(), kept_count.clone());
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                match load(&app, &kept).await {
                    Ok((opened, found)) => {
                        problems.set(found);
                        kept_count.set(kept.borrow().articles.len());
                        store.set(Some(opened));
                        usage.set(store::usage().await);
                    }
                    Err(e) => {
                        problems.set(vec![format!("Your articles cannot be kept in this browser: {e}.")])
                    }
                }
            });
        });
    }
    {
        let shown: BTreeSet<String> = app.imported().iter().map(|(d, _)| d.id().to_string()).collect();
        let edits = app.reference_edits();
        let (app, problems, usage, kept, kept_count) =
            (app.clone(), problems.clone(), usage.clone(), kept.clone(), kept_count.clone());
        use_effect_with(((*store).clone(), shown, edits), move |(store, shown, edits)| {
            if let Some(store) = store.clone() {
                // Encoded when what is shown changed, not on every render.
                let imported: Vec<(String, Vec<u8>)> = app
                    .imported()
                    .into_iter()
                    .filter(|(d, _)| !kept.borrow().articles.contains(d.id()))
                    .map(|(doc, analysis)| (doc.id().to_string(), one_document_bundle(&app, doc, analysis)))
                    .collect();
                let (shown, edits) = (shown.clone(), edits.clone());
                yew::platform::spawn_local(async move {
                    let found = sync(&store, &kept, imported, &shown, &edits).await;
                    if !found.is_empty() {
                        problems.set(found);
                    }
                    kept_count.set(kept.borrow().articles.len());
                    usage.set(store::usage().await);
                });
            }
        });
    }
    let saving = app.imported().len().saturating_sub(*kept_count);
    let undo = {
        let app = app.clone();
        Callback::from(move |_| app.undo_remove())
    };
    let mb = |bytes: f64| format!("{:.1} MB", bytes / 1e6);
    html! {
        <section id="storage" class="storage" aria-label="Storage">
            <p id="storage-summary">
                { format!("{} kept in this browser", plural(*kept_count, "article") + " of yours") }
                if saving > 0 && store.is_some() {
                    { format!(" ({saving} being saved)") }
                }
                if let (Some(used), Some(quota)) = (usage.used, usage.quota) {
                    { format!(" · {} used of {}", mb(used), mb(quota)) }
                }
                { match usage.persistent {
                    Some(true) => " · kept even when space runs low",
                    Some(false) => " · the browser may clear it when space runs low: save a workspace to be safe",
                    None => "",
                } }
            </p>
            if let Some(label) = app.last_removed() {
                <p id="removed" role="status">
                    { format!("Removed “{}”. ", crate::truncate(&label, 60)) }
                    <button type="button" id="undo-remove" onclick={undo}>{ "Undo" }</button>
                </p>
            }
            if !problems.is_empty() {
                <ul id="storage-problems" role="alert">
                    for problem in problems.iter() {
                        <li>{ problem.clone() }</li>
                    }
                </ul>
            }
        </section>
    }
}

/// Opens the store and adds what it keeps; the problems met.
async fn load(app: &AppHandle, kept: &Rc<RefCell<Kept>>) -> Result<(Store, Vec<String>), String> {
    let opened = Store::open().await?;
    let mut problems = Vec::new();
    let mut documents = Vec::new();
    let corpus = app.corpus();
    for bytes in opened.articles().await? {
        match bundle::open(&bytes) {
            Ok(bundle) => {
                for (doc, mut analysis) in
                    bundle.corpus.documents().iter().cloned().zip(bundle.study.analyses)
                {
                    // Themes belong to the page's corpus, which may not be the one it was kept with.
                    analysis.sentence_themes = corpus.themes().tag(&doc.text, &analysis);
                    kept.borrow_mut().articles.insert(doc.id().to_string());
                    documents.push((doc, analysis));
                }
                problems
                    .extend(bundle.diagnostics.into_iter().map(|d| format!("A kept article: {}", d.message)));
            }
            Err(e) => problems.push(format!("A kept article could not be read ({e}); it stays in storage.")),
        }
    }
    app.add_documents(documents);
    for (id, date) in opened.edits().await? {
        let date = newslens_core::corpus::parse_iso_date(&date);
        kept.borrow_mut().edits.insert(id.clone(), date);
        app.restore_reference_date(&id, date);
    }
    Ok((opened, problems))
}

/// Writes what changed since the store was last in step; the problems met.
async fn sync(
    store: &Store,
    kept: &Rc<RefCell<Kept>>,
    new: Vec<(String, Vec<u8>)>,
    shown: &BTreeSet<String>,
    edits: &BTreeMap<String, Option<Date>>,
) -> Vec<String> {
    let mut problems = Vec::new();
    let first = kept.borrow().articles.is_empty() && !new.is_empty() && !kept.borrow().asked_to_persist;
    if first {
        kept.borrow_mut().asked_to_persist = true;
        store::ask_to_persist().await;
    }
    for (id, bytes) in new {
        if kept.borrow().articles.contains(&id) {
            continue;
        }
        match store.put_article(&id, &bytes).await {
            Ok(()) => drop(kept.borrow_mut().articles.insert(id)),
            Err(e) => {
                problems.push(format!("An article was not kept ({e}); it stays open until you reload."))
            }
        }
    }
    let gone: Vec<String> =
        kept.borrow().articles.iter().filter(|id| !shown.contains(*id)).cloned().collect();
    for id in gone {
        match store.delete_article(&id).await {
            Ok(()) => drop(kept.borrow_mut().articles.remove(&id)),
            Err(e) => problems.push(format!("A removed article is still stored ({e}).")),
        }
    }
    let changed: Vec<(String, Option<Option<Date>>)> = {
        let kept = kept.borrow();
        let set = edits
            .iter()
            .filter(|(id, d)| kept.edits.get(*id) != Some(d))
            .map(|(id, d)| (id.clone(), Some(*d)));
        let reset = kept.edits.keys().filter(|id| !edits.contains_key(*id)).map(|id| (id.clone(), None));
        set.chain(reset).collect()
    };
    for (id, date) in changed {
        let text = date.map(|d| d.map(|d| d.to_string()));
        match store.put_edit(&id, text.as_ref().map(|d| d.as_deref())).await {
            Ok(()) => {
                let mut kept = kept.borrow_mut();
                match date {
                    Some(date) => kept.edits.insert(id, date),
                    None => kept.edits.remove(&id),
                };
            }
            Err(e) => problems.push(format!("A date you set was not kept ({e}).")),
        }
    }
    problems
}

/// The bundle that keeps one imported document and its analysis.
fn one_document_bundle(
    app: &AppHandle,
    doc: &newslens_core::Document,
    analysis: &newslens_core::analysis::Analysis,
) -> Vec<u8> {
    let corpus = Corpus::new([doc.clone()]).0.with_themes(app.corpus().themes().clone());
    let study = Study::from_analyses(&corpus, vec![analysis.clone()], vec![doc.meta.reference_date]);
    bundle::encode(&corpus, &study)
}
