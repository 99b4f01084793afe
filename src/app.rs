//! The root component: state, layout, and the route switch.

use newslens_core::route::Route;
use yew::prelude::*;

use crate::bundled::{self, Collection};
use crate::components::doc_list::DocList;
use crate::components::header::Header;
use crate::hooks::use_app;
use crate::pages::compare::Compare;
use crate::pages::not_found::NotFound;
use crate::pages::reading::Reading;
use crate::pages::search::Search;
use crate::pages::timeline::Timeline;
use crate::state::StateProvider;

/// [`App`]'s properties: the collection, the page's by default.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The documents to explore, analysed.
    pub collection: Collection,
}

impl Default for AppProps {
    fn default() -> Self {
        let collection = bundled::open();
        crate::browser::performance_mark("newslens:opened");
        AppProps { collection }
    }
}

/// NewsLens.
#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <StateProvider collection={props.collection.clone()}>
            <Header />
            if !props.collection.notices.is_empty() {
                <div id="notices" role="status">
                    for notice in &props.collection.notices {
                        <p>{ notice.clone() }</p>
                    }
                </div>
            }
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
        Route::Compare { pair } => html! { <Compare pair={pair.clone()} /> },
        Route::NotFound { path } => html! { <NotFound path={path.clone()} /> },
    }
}
