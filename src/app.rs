//! The root component: state, layout, and the route switch.

use std::rc::Rc;

use newslens_core::route::Route;
use newslens_core::Corpus;
use yew::prelude::*;

use crate::bundled;
use crate::components::doc_list::DocList;
use crate::components::header::Header;
use crate::hooks::use_app;
use crate::pages::not_found::NotFound;
use crate::pages::reading::Reading;
use crate::pages::search::Search;
use crate::pages::timeline::Timeline;
use crate::state::StateProvider;

/// [`App`]'s properties: the corpus, the bundled one by default.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The documents to explore.
    pub corpus: Rc<Corpus>,
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps { corpus: bundled::corpus() }
    }
}

/// NewsLens.
#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <StateProvider corpus={props.corpus.clone()}>
            <Header />
            <div class="layout">
                <DocList />
                <main class="view">
                    <Switch />
                </main>
            </div>
        </StateProvider>
    }
}

#[component]
fn Switch() -> Html {
    let app = use_app();
    match app.route() {
        Route::Home | Route::Doc { .. } => html! { <Reading /> },
        Route::Search(params) => html! { <Search params={params.clone()} /> },
        Route::Timeline(params) => html! { <Timeline params={params.clone()} /> },
        Route::NotFound { path } => html! { <NotFound path={path.clone()} /> },
    }
}
