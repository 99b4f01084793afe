//! The app's one state and its reducer, provided to every component by [`StateProvider`].
//!
//! Only what cannot be derived is stored: the corpus, the route and the reference dates the
//! user changed. The analysis of the corpus (a [`Study`], which owns every document's
//! effective reference date: the opened [`Collection`]'s, with the changed documents analysed
//! again), its search index and its timeline are derived with `use_memo` and provided beside
//! it as [`Shared`] values (the index and timeline [`Deferred`]: built when a view first asks); the selected document, highlights, results,
//! counts and lists are computed where they are shown.

use std::collections::BTreeMap;
use std::rc::Rc;

use newslens_core::route::Route;
use newslens_core::search::SearchIndex;
use newslens_core::study::Study;
use newslens_core::timeline::{timeline, Timeline};
use newslens_core::{Corpus, Date};
use yew::prelude::*;

use crate::browser;
use crate::bundled::Collection;

/// Everything the app knows.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The documents shown.
    pub corpus: Rc<Corpus>,
    /// The view, mirrored in the location hash.
    pub route: Route,
    /// The reference dates the user set (or cleared), by document index; every other
    /// document keeps its manifest's. The [`Study`] built with them owns the effective dates.
    pub overrides: Rc<BTreeMap<usize, Option<Date>>>,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        // The corpus is shared, never edited in place: identity is equality.
        Rc::ptr_eq(&self.corpus, &other.corpus)
            && self.route == other.route
            && self.overrides == other.overrides
    }
}

/// What can happen to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Show this route (from a click, or from the location hash changing).
    Navigate(Route),
    /// Resolve a document's relative dates against another reference date (or none).
    SetReference {
        /// The document's index.
        doc: usize,
        /// The new date.
        date: Option<Date>,
    },
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            // Returning the same Rc skips the re-render.
            Action::Navigate(route) if route == self.route => self,
            Action::Navigate(route) => Rc::new(AppState { route, ..(*self).clone() }),
            Action::SetReference { doc, date } => {
                let Some(document) = self.corpus.documents().get(doc) else { return self };
                let mut overrides = (*self.overrides).clone();
                // Setting the manifest's own date again is a reset, not an override.
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
    let corpus = props.collection.corpus.clone();
    let state = use_reducer(move || AppState {
        corpus,
        route: Route::parse(&browser::location_hash()),
        overrides: Rc::default(),
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
    let study = use_memo((props.collection.clone(), state.overrides.clone()), |(collection, overrides)| {
        if overrides.is_empty() {
            return Shared(collection.study.clone());
        }
        let changes = overrides.iter().map(|(&doc, &date)| (doc, date));
        Shared(Rc::new(collection.study.with_references(&collection.corpus, changes)))
    });
    // Built when a view first asks, so the first document is on screen before either exists.
    let search = use_memo((props.collection.corpus.clone(), (*study).clone()), |(corpus, study)| {
        let (corpus, study) = (corpus.clone(), study.clone());
        Shared(Rc::new(Deferred::new(move || {
            let index = SearchIndex::new(&corpus, &study);
            browser::performance_mark("newslens:indexed");
            index
        })))
    });
    let line = use_memo((props.collection.corpus.clone(), (*study).clone()), |(corpus, study)| {
        let (corpus, study) = (corpus.clone(), study.clone());
        Shared(Rc::new(Deferred::new(move || timeline(&corpus, &study))))
    });
    html! {
        <ContextProvider<StateContext> context={state}>
            <ContextProvider<Shared<Study>> context={(*study).clone()}>
                <ContextProvider<Shared<Deferred<SearchIndex>>> context={(*search).clone()}>
                    <ContextProvider<Shared<Deferred<Timeline>>> context={(*line).clone()}>
                        { props.children.clone() }
                    </ContextProvider<Shared<Deferred<Timeline>>>>
                </ContextProvider<Shared<Deferred<SearchIndex>>>>
            </ContextProvider<Shared<Study>>>
        </ContextProvider<StateContext>>
    }
}
