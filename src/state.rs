//! The app's one state and its reducer, provided to every component by [`StateProvider`].
//!
//! Only what cannot be derived is stored: the documents with their analysis against their own
//! reference dates (the opened [`Collection`]'s, then the user's imports, each analysed once),
//! the route, the reference dates, titles and outlets the user changed, and whether the
//! collection is hidden. The effective analysis (a [`Study`], which owns every document's
//! effective reference date: the documents whose date the user changed analysed again), the
//! documents as shown (titles and outlets edited, the collection left out when hidden), their
//! search index and their timeline are derived with `use_memo` and provided as [`Shared`]
//! values (the index and timeline [`Deferred`]: built when a view first asks, the index also
//! soon after the first render); the selected document, highlights, results, counts and lists
//! are computed where they are shown.

use std::collections::BTreeMap;
use std::rc::Rc;

use newslens_core::analysis::Analysis;
use newslens_core::route::Route;
use newslens_core::search::SearchIndex;
use newslens_core::study::Study;
use newslens_core::timeline::{timeline, Timeline};
use newslens_core::{Corpus, Date, Document};
use yew::prelude::*;

use crate::browser;
use crate::bundled::Collection;

/// Everything the app knows.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The documents shown: the collection's, then the user's imports.
    pub corpus: Rc<Corpus>,
    /// Their analysis, each against its own reference date.
    pub analysed: Rc<Study>,
    /// How many of the documents are the collection's (the rest are imported and removable).
    pub collection_len: usize,
    /// The view, mirrored in the location hash.
    pub route: Route,
    /// The reference dates the user set (or cleared), by document id; every other document
    /// keeps its own. The [`Study`] built with them owns the effective dates.
    pub overrides: Rc<BTreeMap<String, Option<Date>>>,
    /// Imported documents removed since the page loaded, most recent last: what undo restores.
    pub removed: Rc<Vec<(Document, Analysis)>>,
    /// The titles and outlets the user set, by document id; the documents as shown are derived.
    pub metadata: Rc<BTreeMap<String, MetaEdit>>,
    /// Whether the collection's documents are left out of every view (never deleted).
    pub collection_hidden: bool,
}

/// A document's title and outlet as the user set them; `None` keeps the document's own.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MetaEdit {
    /// The title to list and cite it by.
    pub title: Option<String>,
    /// The outlet (what `DocMeta::kind` holds for an import).
    pub outlet: Option<String>,
}

impl MetaEdit {
    /// This edit without what `meta` already says: trimmed, and an empty field is no edit.
    fn against(self, meta: &newslens_core::DocMeta) -> MetaEdit {
        let changed = |value: Option<String>, own: Option<&str>| {
            let value = value.map(|v| v.trim().to_string()).filter(|v| !v.is_empty())?;
            (Some(value.as_str()) != own.map(str::trim)).then_some(value)
        };
        MetaEdit {
            title: changed(self.title, meta.title.as_deref()),
            outlet: changed(self.outlet, Some(&meta.kind)),
        }
    }

    /// `document` as the user named it.
    pub fn apply(&self, document: &Document) -> Document {
        let mut meta = document.meta.clone();
        if let Some(title) = &self.title {
            meta.title = Some(title.clone());
        }
        if let Some(outlet) = &self.outlet {
            meta.kind = outlet.clone();
        }
        Document::new(meta, document.text.clone())
    }
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        // Shared values are never edited in place: identity is equality.
        Rc::ptr_eq(&self.corpus, &other.corpus)
            && Rc::ptr_eq(&self.analysed, &other.analysed)
            && self.route == other.route
            && self.overrides == other.overrides
            && Rc::ptr_eq(&self.removed, &other.removed)
            && self.metadata == other.metadata
            && self.collection_hidden == other.collection_hidden
    }
}

/// What can happen to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Show this route (from a click, or from the location hash changing).
    Navigate(Route),
    /// Resolve a document's relative dates against another reference date (or none).
    SetReference {
        /// The document's id.
        doc: String,
        /// The new date.
        date: Option<Date>,
    },
    /// Add analysed documents; one whose id is already there is the same text, and is skipped.
    Import(Rc<Vec<(Document, Analysis)>>),
    /// Remove an imported document (the collection's cannot be).
    Remove(String),
    /// Bring back the document removed last.
    Undo,
    /// Show a document under another title or outlet (fields equal to its own reset them).
    SetMetadata {
        /// The document's id.
        doc: String,
        /// The title and outlet to show.
        edit: MetaEdit,
    },
    /// Leave the collection's documents out of every view, or show them again.
    HideCollection(bool),
}

impl AppState {
    /// The state of a freshly opened collection at `route`.
    pub fn new(collection: &Collection, route: Route) -> AppState {
        AppState {
            corpus: collection.corpus.clone(),
            analysed: collection.study.clone(),
            collection_len: collection.corpus.len(),
            route,
            overrides: Rc::default(),
            removed: Rc::default(),
            metadata: Rc::default(),
            collection_hidden: false,
        }
    }

    /// Whether the document with this id was imported by the user.
    pub fn is_imported(&self, id: &str) -> bool {
        self.corpus.documents().iter().position(|d| d.id() == id).is_some_and(|i| i >= self.collection_len)
    }

    /// The same state with these documents and analyses.
    fn with_documents(&self, pairs: Vec<(Document, Analysis)>) -> AppState {
        let references = pairs.iter().map(|(d, _)| d.meta.reference_date).collect();
        let (documents, analyses): (Vec<Document>, Vec<Analysis>) = pairs.into_iter().unzip();
        let corpus = Corpus::new(documents).0.with_themes(self.corpus.themes().clone());
        let analysed = Study::from_analyses(&corpus, analyses, references);
        AppState { corpus: Rc::new(corpus), analysed: Rc::new(analysed), ..self.clone() }
    }

    fn pairs(&self) -> impl Iterator<Item = (Document, Analysis)> + '_ {
        self.corpus.documents().iter().cloned().zip(self.analysed.analyses.iter().cloned())
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            // Returning the same Rc skips the re-render.
            Action::Navigate(route) if route == self.route => self,
            Action::Navigate(route) => Rc::new(AppState { route, ..(*self).clone() }),
            Action::SetReference { doc, date } => {
                let Some(document) = self.corpus.get(&doc) else { return self };
                let mut overrides = (*self.overrides).clone();
                // Setting the document's own date again is a reset, not an override.
                if document.meta.reference_date == date {
                    overrides.remove(&doc);
                } else {
                    overrides.insert(doc, date);
                }
                if overrides == *self.overrides {
                    return self;
                }
                Rc::new(AppState { overrides: Rc::new(overrides), ..(*self).clone() })
            }
            Action::Import(new) => {
                let fresh: Vec<(Document, Analysis)> =
                    new.iter().filter(|(d, _)| self.corpus.get(d.id()).is_none()).cloned().collect();
                if fresh.is_empty() {
                    return self;
                }
                let mut pairs: Vec<(Document, Analysis)> = self.pairs().collect();
                pairs.extend(fresh);
                Rc::new(self.with_documents(pairs))
            }
            Action::Remove(id) if self.is_imported(&id) => {
                let (kept, gone): (Vec<_>, Vec<_>) = self.pairs().partition(|(d, _)| d.id() != id);
                let mut removed = (*self.removed).clone();
                removed.extend(gone);
                let mut overrides = (*self.overrides).clone();
                overrides.remove(&id);
                let mut metadata = (*self.metadata).clone();
                metadata.remove(&id);
                let state = self.with_documents(kept);
                Rc::new(AppState {
                    removed: Rc::new(removed),
                    overrides: Rc::new(overrides),
                    metadata: Rc::new(metadata),
                    ..state
                })
            }
            Action::Remove(_) => self,
            Action::Undo => {
                let mut removed = (*self.removed).clone();
                let Some(back) = removed.pop() else { return self };
                let mut pairs: Vec<(Document, Analysis)> = self.pairs().collect();
                pairs.push(back);
                Rc::new(AppState { removed: Rc::new(removed), ..self.with_documents(pairs) })
            }
            Action::SetMetadata { doc, edit } => {
                let Some(document) = self.corpus.get(&doc) else { return self };
                let edit = edit.against(&document.meta);
                let mut metadata = (*self.metadata).clone();
                if edit == MetaEdit::default() {
                    metadata.remove(&doc);
                } else {
                    metadata.insert(doc, edit);
                }
                if metadata == *self.metadata {
                    return self;
                }
                Rc::new(AppState { metadata: Rc::new(metadata), ..(*self).clone() })
            }
            Action::HideCollection(hidden) if hidden == self.collection_hidden => self,
            Action::HideCollection(collection_hidden) => {
                Rc::new(AppState { collection_hidden, ..(*self).clone() })
            }
        }
    }
}

/// The handle components get from context.
pub type StateContext = UseReducerHandle<AppState>;

/// A derived value shared by context: equal when it is the same value, so that a memo or a
/// component that depends on it re-runs only when it was derived again.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// A derived value computed the first time it is asked for, then kept.
pub struct Deferred<T> {
    value: std::cell::OnceCell<Rc<T>>,
    make: std::cell::Cell<Option<Box<dyn FnOnce() -> T>>>,
}

impl<T> Deferred<T> {
    /// A value `make` will compute when first asked for.
    pub fn new(make: impl FnOnce() -> T + 'static) -> Deferred<T> {
        Deferred { value: std::cell::OnceCell::new(), make: std::cell::Cell::new(Some(Box::new(make))) }
    }

    /// The value, computed now if it was not yet.
    pub fn get(&self) -> Shared<T> {
        let value = self.value.get_or_init(|| {
            let make = self.make.take().expect("computed once: the cell is filled before it is asked again");
            Rc::new(make())
        });
        Shared(value.clone())
    }
}

impl<T> std::fmt::Debug for Deferred<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.value.get().is_some() { "Deferred(computed)" } else { "Deferred(not yet)" })
    }
}

/// How long after a study is shown its search index is built, if no view asked for it first.
const INDEX_DELAY_MS: u64 = 50;

/// [`StateProvider`]'s properties.
#[derive(Properties, PartialEq)]
pub struct StateProviderProps {
    /// The documents to show, with their analysis against their own reference dates.
    pub collection: Collection,
    /// The components that use the state.
    pub children: Children,
}

/// Owns the reducer, keeps the route in step with the location hash, and provides the state
/// and the corpus's analysis.
#[component]
pub fn StateProvider(props: &StateProviderProps) -> Html {
    let collection = props.collection.clone();
    let state = use_reducer(move || AppState {
        collection_hidden: crate::store::collection_hidden(collection.corpus.documents()),
        ..AppState::new(&collection, Route::parse(&browser::location_hash()))
    });
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = browser::on_hash_change(move |hash| {
                dispatcher.dispatch(Action::Navigate(Route::parse(&hash)))
            });
            move || drop(listener)
        });
    }
    // Decoded, not analysed: only the documents whose date the user changed are analysed again.
    // Deps compared by identity: `Rc<Study>` would compare every analysis on every render.
    let study = use_memo(
        (Shared(state.corpus.clone()), Shared(state.analysed.clone()), state.overrides.clone()),
        |(corpus, analysed, overrides)| {
            if overrides.is_empty() {
                return analysed.clone();
            }
            let index = |id: &String| corpus.documents().iter().position(|d| d.id() == id);
            let changes = overrides.iter().filter_map(|(id, &date)| Some((index(id)?, date)));
            Shared(Rc::new(analysed.with_references(corpus, changes)))
        },
    );
    // What every view shows: the study's documents named as the user named them, without the
    // collection's when it is hidden. The same values when nothing is edited or hidden.
    let shown = use_memo(
        (
            Shared(state.corpus.clone()),
            (*study).clone(),
            state.metadata.clone(),
            state.collection_hidden,
            state.collection_len,
        ),
        |(corpus, study, metadata, hidden, len)| shown(corpus, study, metadata, *hidden, *len),
    );
    let (shown_corpus, study) = (*shown).clone();
    // Built when a view first asks, or soon after the first document is on screen, whichever
    // comes first: neither blocks the first render, and the first query need not wait for it.
    let search = use_memo((shown_corpus.clone(), study.clone()), |(corpus, study)| {
        let (corpus, study) = (corpus.0.clone(), study.clone());
        Shared(Rc::new(Deferred::new(move || {
            let index = SearchIndex::new(&corpus, &study);
            browser::performance_mark("newslens:indexed");
            index
        })))
    });
    use_effect_with((*search).clone(), |search| {
        let search = search.clone();
        yew::platform::spawn_local(async move {
            // Past the first paint: the reader marks `newslens:ready` in its first effects.
            yew::platform::time::sleep(std::time::Duration::from_millis(INDEX_DELAY_MS)).await;
            search.get();
        });
    });
    let line = use_memo((shown_corpus.clone(), study.clone()), |(corpus, study)| {
        let (corpus, study) = (corpus.0.clone(), study.clone());
        Shared(Rc::new(Deferred::new(move || timeline(&corpus, &study))))
    });
    html! {
        <ContextProvider<StateContext> context={state}>
            <ContextProvider<Shared<Corpus>> context={shown_corpus}>
                <ContextProvider<Shared<Study>> context={study}>
                    <ContextProvider<Shared<Deferred<SearchIndex>>> context={(*search).clone()}>
                        <ContextProvider<Shared<Deferred<Timeline>>> context={(*line).clone()}>
                            { props.children.clone() }
                        </ContextProvider<Shared<Deferred<Timeline>>>>
                    </ContextProvider<Shared<Deferred<SearchIndex>>>>
                </ContextProvider<Shared<Study>>>
            </ContextProvider<Shared<Corpus>>>
        </ContextProvider<StateContext>>
    }
}

/// The documents every view shows and their study: `corpus` with the user's titles and
/// outlets, without its first `collection_len` documents when the collection is hidden.
fn shown(
    corpus: &Shared<Corpus>,
    study: &Shared<Study>,
    metadata: &BTreeMap<String, MetaEdit>,
    hidden: bool,
    collection_len: usize,
) -> (Shared<Corpus>, Shared<Study>) {
    if metadata.is_empty() && !hidden {
        return (corpus.clone(), study.clone());
    }
    let skip = if hidden { collection_len } else { 0 };
    let documents = corpus.documents().iter().skip(skip).map(|doc| match metadata.get(doc.id()) {
        Some(edit) => edit.apply(doc),
        None => doc.clone(),
    });
    let shown = Corpus::new(documents).0.with_themes(corpus.themes().clone());
    // Titles and outlets are not analysed: the study changes only when documents are left out.
    let study = match skip {
        0 => study.clone(),
        _ => Shared(Rc::new(Study::from_analyses(
            &shown,
            study.analyses[skip..].to_vec(),
            study.references[skip..].to_vec(),
        ))),
    };
    (Shared(Rc::new(shown)), study)
}
