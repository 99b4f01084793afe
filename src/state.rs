//! The app's one state and its reducer, provided to every component by [`StateProvider`].
//!
//! Only what cannot be derived is stored: the corpus, the route and the reference dates the
//! reader may change. The analysis of the corpus
//! ([`StudyHandle`]) and its search index ([`SearchHandle`]) are derived with `use_memo` and
//! provided beside it; the selected document, highlights, results, counts and lists are
//! computed where they are shown.

use std::rc::Rc;

use newslens_core::route::Route;
use newslens_core::search::SearchIndex;
use newslens_core::study::Study;
use newslens_core::{Corpus, Date};
use yew::prelude::*;

use crate::browser;

/// Everything the app knows.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The documents shown.
    pub corpus: Rc<Corpus>,
    /// The view, mirrored in the location hash.
    pub route: Route,
    /// Each document's reference date: the manifest's until the reader changes it.
    pub references: Rc<Vec<Option<Date>>>,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        // The corpus is shared, never edited in place: identity is equality.
        Rc::ptr_eq(&self.corpus, &other.corpus)
            && self.route == other.route
            && self.references == other.references
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
            Action::SetReference { doc, date } if self.references.get(doc) == Some(&date) => self,
            Action::SetReference { doc, date } => {
                let mut references = (*self.references).clone();
                if let Some(slot) = references.get_mut(doc) {
                    *slot = date;
                }
                Rc::new(AppState { references: Rc::new(references), ..(*self).clone() })
            }
        }
    }
}

/// The handle components get from context.
pub type StateContext = UseReducerHandle<AppState>;

/// The corpus's analysis, shared; equal when it is the same analysis.
#[derive(Debug, Clone)]
pub struct StudyHandle(pub Rc<Study>);

impl PartialEq for StudyHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The corpus's search index, shared; equal when it is the same index.
#[derive(Debug, Clone)]
pub struct SearchHandle(pub Rc<SearchIndex>);

impl PartialEq for SearchHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// [`StateProvider`]'s properties.
#[derive(Properties, PartialEq)]
pub struct StateProviderProps {
    /// The corpus to show.
    pub corpus: Rc<Corpus>,
    /// The components that use the state.
    pub children: Children,
}

/// Owns the reducer, keeps the route in step with the location hash, and provides the state
/// and the corpus's analysis.
#[component]
pub fn StateProvider(props: &StateProviderProps) -> Html {
    let corpus = props.corpus.clone();
    let state = use_reducer(move || {
        let references = Rc::new(corpus.documents().iter().map(|d| d.meta.reference_date).collect());
        AppState { corpus, route: Route::parse(&browser::location_hash()), references }
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
    let study = use_memo((props.corpus.clone(), state.references.clone()), |(corpus, references)| {
        let study = Study::new(corpus, |i| references.get(i).copied().flatten());
        browser::performance_mark("newslens:analysed");
        StudyHandle(Rc::new(study))
    });
    let search = use_memo((props.corpus.clone(), (*study).clone()), |(corpus, study)| {
        let index = SearchIndex::new(corpus, &study.0);
        browser::performance_mark("newslens:indexed");
        SearchHandle(Rc::new(index))
    });
    html! {
        <ContextProvider<StateContext> context={state}>
            <ContextProvider<StudyHandle> context={(*study).clone()}>
                <ContextProvider<SearchHandle> context={(*search).clone()}>
                    { props.children.clone() }
                </ContextProvider<SearchHandle>>
            </ContextProvider<StudyHandle>>
        </ContextProvider<StateContext>>
    }
}
