//! The user's articles kept in the browser: loaded from IndexedDB after the first render
//! (decoded, not analysed), written whenever the imported documents or the user's edits
//! (dates, titles, outlets) change (one transaction each, so a failure keeps everything
//! before it), and shown in a panel with their count, the bytes used and allowed, and whether
//! the browser keeps them. The store is kept in step by comparing what is shown with what is
//! stored, so import, removal, undo and editing need no code of their own here. A store that
//! cannot all be read is left as it is (read-only), with an offer to save what could be read.
//! The panel also hides the page's own collection, or shows it again.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use newslens_core::study::Study;
use newslens_core::{bundle, Corpus};
use yew::prelude::*;

use crate::components::importer::plural;
use crate::hooks::{use_app, AppHandle};
use crate::store::{self, Edit, Store, Usage};
use crate::{browser, workspace};

/// What is in the store, as far as this page knows.
#[derive(Default)]
struct Kept {
    articles: BTreeSet<String>,
    edits: BTreeMap<String, Edit>,
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
        let edits = store::edits_of(&app);
        let (app, problems, usage, kept, kept_count) =
            (app.clone(), problems.clone(), usage.clone(), kept.clone(), kept_count.clone());
        use_effect_with(((*store).clone(), shown, edits), move |(store, shown, edits)| {
            if let Some(store) = store.clone().filter(|s| s.read_only().is_none()) {
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
    {
        let (app, problems) = (app.clone(), problems.clone());
        use_effect_with(app.collection_hidden(), move |&hidden| {
            // Only a change the user made: the first render shows what was remembered.
            if hidden != store::collection_hidden(app.collection()) {
                if let Err(e) = store::keep_collection_hidden(app.collection(), hidden) {
                    problems.set(vec![format!(
                        "Whether the collection is shown will be forgotten on reload ({e})."
                    )]);
                }
            }
        });
    }
    let saving = app.imported().len().saturating_sub(*kept_count);
    let read_only = (*store).as_ref().and_then(|s| s.read_only()).map(str::to_string);
    let save_readable = {
        let (app, kept, problems) = (app.clone(), kept.clone(), problems.clone());
        Callback::from(move |_| {
            let kept = kept.borrow();
            let documents: Vec<_> = kept.articles.iter().filter_map(|id| app.original(id)).collect();
            let json = workspace::write(&documents, &kept.edits);
            if let Err(e) =
                browser::download("kept-articles.newslens.json", "application/json", json.as_bytes())
            {
                problems.set(vec![format!("The workspace could not be saved: {e}.")]);
            }
        })
    };
    let collection = app.collection().len();
    let toggle_collection = {
        let app = app.clone();
        Callback::from(move |_| app.hide_collection(!app.collection_hidden()))
    };
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
            if let Some(why) = read_only {
                <p id="storage-read-only" role="alert">
                    { format!("Your kept articles are shown read-only: {why}. Nothing is written over them \
                               and nothing is deleted; what you add now is not kept. ") }
                    <button type="button" id="save-readable" onclick={save_readable}>
                        { format!("Save the {} that could be read as a workspace", plural(*kept_count, "article")) }
                    </button>
                </p>
            }
            if collection > 0 {
                <p class="collection-toggle">
                    <label>
                        <input type="checkbox" id="show-collection" checked={!app.collection_hidden()}
                               onchange={toggle_collection} />
                        { format!(" Show the {} this page comes with", plural(collection, "article")) }
                    </label>
                </p>
            }
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
    let mut opened = Store::open().await?;
    let mut problems = Vec::new();
    let mut documents = Vec::new();
    let corpus = app.corpus();
    let contents = opened.contents().await?;
    let mut unreadable = contents.unreadable;
    for bytes in contents.articles {
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
            Err(e) => {
                unreadable += 1;
                problems.push(format!("A kept article could not be read ({e}); it stays in storage."))
            }
        }
    }
    app.add_documents(documents);
    for (id, edit) in contents.edits {
        edit.apply(app, &id);
        kept.borrow_mut().edits.insert(id, edit);
    }
    if unreadable > 0 {
        let why = format!("{} in storage could not be read", plural(unreadable, "record"));
        opened = opened.into_read_only(why);
    }
    Ok((opened, problems))
}

/// Writes what changed since the store was last in step; the problems met.
async fn sync(
    store: &Store,
    kept: &Rc<RefCell<Kept>>,
    new: Vec<(String, Vec<u8>)>,
    shown: &BTreeSet<String>,
    edits: &BTreeMap<String, Edit>,
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
    let changed: Vec<(String, Option<Edit>)> = {
        let kept = kept.borrow();
        let set = edits
            .iter()
            .filter(|(id, e)| kept.edits.get(*id) != Some(e))
            .map(|(id, e)| (id.clone(), Some(e.clone())));
        let reset = kept.edits.keys().filter(|id| !edits.contains_key(*id)).map(|id| (id.clone(), None));
        set.chain(reset).collect()
    };
    for (id, edit) in changed {
        match store.put_edit(&id, edit.as_ref()).await {
            Ok(()) => {
                let mut kept = kept.borrow_mut();
                match edit {
                    Some(edit) => kept.edits.insert(id, edit),
                    None => kept.edits.remove(&id),
                };
            }
            Err(e) => problems.push(format!("A change you made was not kept ({e}).")),
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
