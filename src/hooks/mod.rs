//! Typed hooks over the app state: components call intent methods, never build actions.

use std::rc::Rc;

use newslens_core::analysis::Analysis;
use newslens_core::route::{ReaderParams, Route, SearchParams, TimelineParams};
use newslens_core::search::SearchIndex;
use newslens_core::study::Study;
use newslens_core::timeline::Timeline;
use newslens_core::{Corpus, Date, Document};
use yew::prelude::*;

use crate::browser;
use crate::state::{Action, Deferred, MetaEdit, Shared, StateContext};

/// The app state with intent methods.
#[derive(Clone, PartialEq)]
pub struct AppHandle {
    state: StateContext,
    /// The documents as every view shows them (see [`crate::state::StateProvider`]).
    shown: Shared<Corpus>,
}

impl AppHandle {
    /// The documents as shown: named as the user named them, the collection's left out when
    /// hidden. Indices into it are indices into [`use_study`]'s study.
    pub fn corpus(&self) -> Rc<Corpus> {
        self.shown.0.clone()
    }

    /// The current route.
    pub fn route(&self) -> &Route {
        &self.state.route
    }

    /// The document the route shows, with its index: the named one, or the first on the home
    /// route.
    pub fn current_document(&self) -> Option<(usize, &Document)> {
        let documents = self.shown.documents();
        match &self.state.route {
            Route::Doc { id, .. } => documents.iter().enumerate().find(|(_, d)| d.id() == id),
            Route::Home => documents.first().map(|d| (0, d)),
            Route::Search(_) | Route::Timeline(_) | Route::Compare { .. } | Route::NotFound { .. } => None,
        }
    }

    /// What the search view shows (empty outside it).
    pub fn search_params(&self) -> SearchParams {
        match &self.state.route {
            Route::Search(params) => params.clone(),
            _ => SearchParams::default(),
        }
    }

    /// What the timeline shows (the default outside it).
    pub fn timeline_params(&self) -> TimelineParams {
        match &self.state.route {
            Route::Timeline(params) => params.clone(),
            _ => TimelineParams::default(),
        }
    }

    /// Resolves document `doc` against another date (its manifest's date resets it): every
    /// view re-resolves at once, reading the date from the [`Study`].
    pub fn set_reference_date(&self, doc: usize, date: Option<Date>) {
        let Some(document) = self.shown.documents().get(doc) else { return };
        self.state.dispatch(Action::SetReference { doc: document.id().to_string(), date });
    }

    /// Resolves the document with this id against another date, as the user set it before.
    pub fn restore_reference_date(&self, id: &str, date: Option<Date>) {
        self.state.dispatch(Action::SetReference { doc: id.to_string(), date });
    }

    /// The reference dates the user set, by document id.
    pub fn reference_edits(&self) -> Rc<std::collections::BTreeMap<String, Option<Date>>> {
        self.state.overrides.clone()
    }

    /// Shows the document with this id under another title or outlet; a field left empty or
    /// equal to the document's own resets it. Every view shows it at once.
    pub fn set_metadata(&self, id: &str, edit: MetaEdit) {
        self.state.dispatch(Action::SetMetadata { doc: id.to_string(), edit });
    }

    /// The titles and outlets the user set, by document id.
    pub fn metadata_edits(&self) -> Rc<std::collections::BTreeMap<String, MetaEdit>> {
        self.state.metadata.clone()
    }

    /// The document with this id as it was read, before the user's edits.
    pub fn original(&self, id: &str) -> Option<&Document> {
        self.state.corpus.get(id)
    }

    /// The documents of the collection the page opened, as read.
    pub fn collection(&self) -> &[Document] {
        &self.state.corpus.documents()[..self.state.collection_len]
    }

    /// Whether the collection's documents are left out of every view.
    pub fn collection_hidden(&self) -> bool {
        self.state.collection_hidden
    }

    /// Leaves the collection's documents out of every view, or shows them again.
    pub fn hide_collection(&self, hidden: bool) {
        if hidden && self.current_document().is_some_and(|(_, d)| !self.is_imported(d.id())) {
            self.navigate(Route::Home);
        }
        self.state.dispatch(Action::HideCollection(hidden));
    }

    /// The documents as they were read, without the collection's when it is hidden: what a
    /// workspace file keeps (the user's edits travel beside them).
    pub fn originals(&self) -> Vec<&Document> {
        let skip = if self.state.collection_hidden { self.state.collection_len } else { 0 };
        self.state.corpus.documents().iter().skip(skip).collect()
    }

    /// Adds analysed documents (the same text twice is one document).
    pub fn add_documents(&self, documents: Vec<(Document, Analysis)>) {
        if !documents.is_empty() {
            self.state.dispatch(Action::Import(Rc::new(documents)));
        }
    }

    /// The user's own documents with their analyses against their own dates.
    pub fn imported(&self) -> Vec<(&Document, &Analysis)> {
        let state = &self.state;
        let pairs = state.corpus.documents().iter().zip(&state.analysed.analyses);
        pairs.skip(state.collection_len).collect()
    }

    /// Whether the document with this id is one the user imported (and can remove).
    pub fn is_imported(&self, id: &str) -> bool {
        self.state.is_imported(id)
    }

    /// Removes an imported document; [`AppHandle::undo_remove`] brings it back until reload.
    pub fn remove_document(&self, id: &str) {
        if self.current_document().is_some_and(|(_, d)| d.id() == id) {
            self.navigate(Route::Home);
        }
        self.state.dispatch(Action::Remove(id.to_string()));
    }

    /// The label of the document removed last, if undo can bring one back.
    pub fn last_removed(&self) -> Option<String> {
        self.state.removed.last().map(|(d, _)| d.label.clone())
    }

    /// Brings back the document removed last.
    pub fn undo_remove(&self) {
        self.state.dispatch(Action::Undo);
    }

    /// How the reader shows the current document.
    pub fn reader_params(&self) -> ReaderParams {
        match &self.state.route {
            Route::Doc { params, .. } => params.clone(),
            _ => ReaderParams::default(),
        }
    }

    /// Shows the current document with other reader parameters.
    pub fn set_reader_params(&self, params: ReaderParams) {
        if let Some((_, doc)) = self.current_document() {
            self.navigate(Route::Doc { id: doc.id().to_string(), params });
        }
    }

    /// Goes to `route`: updates the view now and the location hash for history.
    pub fn navigate(&self, route: Route) {
        browser::set_location_hash(&route.to_hash());
        self.state.dispatch(Action::Navigate(route));
    }

    /// Goes to `route` replacing the current history entry (for typing in the search box).
    pub fn replace(&self, route: Route) {
        browser::replace_location_hash(&route.to_hash());
        self.state.dispatch(Action::Navigate(route));
    }
}

/// The app state, from [`crate::state::StateProvider`].
///
/// # Example
/// ```no_run
/// use newslens::hooks::use_app;
/// use newslens_core::route::Route;
/// use yew::prelude::*;
///
/// #[component]
/// fn OpenFirst() -> Html {
///     let app = use_app();
///     let first = app.corpus().documents()[0].id().to_string();
///     let onclick = Callback::from(move |_| app.navigate(Route::doc(first.clone())));
///     html! { <button {onclick}>{ "Open the first document" }</button> }
/// }
/// ```
///
/// # Panics
/// Outside a `StateProvider`, which is a programming error.
#[hook]
pub fn use_app() -> AppHandle {
    let state = use_context::<StateContext>().expect("use_app needs a StateProvider above it");
    let shown = use_context::<Shared<Corpus>>().expect("use_app needs a StateProvider above it");
    AppHandle { state, shown }
}

/// The analysis of the corpus, from [`crate::state::StateProvider`].
///
/// # Panics
/// Outside a `StateProvider`, which is a programming error.
#[hook]
pub fn use_study() -> Shared<Study> {
    use_context::<Shared<Study>>().expect("use_study needs a StateProvider above it")
}

/// The corpus's search index, from [`crate::state::StateProvider`], built on first use.
///
/// # Panics
/// Outside a `StateProvider`, which is a programming error.
#[hook]
pub fn use_search_index() -> Shared<SearchIndex> {
    use_deferred_search_index().get()
}

/// The search index not yet built: for a view that needs it only sometimes (the reader, only
/// for a query), so that it is built only then.
///
/// # Panics
/// Outside a `StateProvider`, which is a programming error.
#[hook]
pub fn use_deferred_search_index() -> Shared<Deferred<SearchIndex>> {
    use_context::<Shared<Deferred<SearchIndex>>>().expect("use_search_index needs a StateProvider above it")
}

/// The corpus's timeline, from [`crate::state::StateProvider`], built on first use.
///
/// # Panics
/// Outside a `StateProvider`, which is a programming error.
#[hook]
pub fn use_timeline() -> Shared<Timeline> {
    use_context::<Shared<Deferred<Timeline>>>().expect("use_timeline needs a StateProvider above it").get()
}
