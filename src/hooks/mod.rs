//! Typed hooks over the app state: components call intent methods, never build actions.

use std::rc::Rc;

use newslens_core::route::Route;
use newslens_core::{Corpus, Document};
use yew::prelude::*;

use crate::browser;
use crate::state::{Action, StateContext};

/// The app state with intent methods.
#[derive(Clone, PartialEq)]
pub struct AppHandle {
    state: StateContext,
}

impl AppHandle {
    /// The documents.
    pub fn corpus(&self) -> Rc<Corpus> {
        self.state.corpus.clone()
    }

    /// The current route.
    pub fn route(&self) -> &Route {
        &self.state.route
    }

    /// The document the route shows: the named one, or the first on the home route.
    pub fn current_document(&self) -> Option<&Document> {
        match &self.state.route {
            Route::Doc { id } => self.state.corpus.get(id),
            Route::Home => self.state.corpus.documents().first(),
            Route::NotFound { .. } => None,
        }
    }

    /// Goes to `route`: updates the view now and the location hash for history.
    pub fn navigate(&self, route: Route) {
        browser::set_location_hash(&route.to_hash());
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
///     let onclick = Callback::from(move |_| app.navigate(Route::Doc { id: first.clone() }));
///     html! { <button {onclick}>{ "Open the first document" }</button> }
/// }
/// ```
///
/// # Panics
/// Outside a `StateProvider`, which is a programming error.
#[hook]
pub fn use_app() -> AppHandle {
    let state = use_context::<StateContext>().expect("use_app needs a StateProvider above it");
    AppHandle { state }
}
