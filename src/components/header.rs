//! The page header: the product name and the search box, with the query language's help.

use newslens_core::route::{Route, SearchParams};
use yew::prelude::*;

use crate::browser;
use crate::hooks::use_app;

/// The product name, the search box (`/` focuses it, Esc clears it) and its "?" help.
#[component]
pub fn Header() -> Html {
    let app = use_app();
    let help = use_state(|| false);
    let params = app.search_params();
    use_effect_with((), |_| {
        let listener = browser::on_key(|key| {
            let slash = key == "/";
            if slash {
                browser::focus_id("q");
            }
            slash
        });
        move || drop(listener)
    });
    let oninput = {
        let app = app.clone();
        let params = params.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            app.replace(Route::Search(SearchParams {
                query: input.value(),
                filters: params.filters.clone(),
            }));
        })
    };
    let onkeydown = {
        let app = app.clone();
        let params = params.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                app.replace(Route::Search(SearchParams {
                    query: String::new(),
                    filters: params.filters.clone(),
                }));
            }
        })
    };
    let onsubmit = Callback::from(|event: SubmitEvent| event.prevent_default());
    let toggle_help = {
        let help = help.clone();
        Callback::from(move |_| help.set(!*help))
    };
    let count = app.corpus().len();
    // The view on screen is marked for screen readers (aria-current) and by its underline.
    let on_screen = View::of(app.route());
    let current = |view: View| (on_screen == Some(view)).then_some("page");
    html! {
        <header class="top">
            <a class="brand" href="#/">{ "NewsLens" }</a>
            <nav class="views" aria-label="Views">
                <a href="#/" aria-current={current(View::Read)}>{ "Read" }</a>
                <a href="#/search" aria-current={current(View::Search)}>{ "Search" }</a>
                <a href="#/timeline" id="nav-timeline" aria-current={current(View::Timeline)}>{ "Timeline" }</a>
                <a href="#/compare" id="nav-compare" aria-current={current(View::Compare)}>{ "Compare" }</a>
            </nav>
            <form class="search-box" role="search" {onsubmit}>
                <label for="q" class="visually-hidden">{ "Search the articles" }</label>
                <input id="q" type="search" placeholder="Search: words, \"phrases\", person:Kim, date:2024-10..2024-12 (press /)"
                       autocomplete="off" spellcheck="false" value={params.query.clone()} {oninput} {onkeydown} />
                <button type="button" class="help-button" aria-expanded={help.to_string()} aria-controls="query-help"
                        title="Query language" onclick={toggle_help}>{ "?" }</button>
            </form>
            <span class="tagline">{ format!("{count} documents · works offline") }</span>
            if *help {
                <section id="query-help" class="query-help" aria-label="Query language">
                    <h2>{ "Query language" }</h2>
                    <dl>
                        <dt><code>{ "troops Kursk" }</code></dt><dd>{ "sentences with both words (plurals and case ignored)" }</dd>
                        <dt><code>{ "\"North Korea\"" }</code></dt><dd>{ "the exact phrase" }</dd>
                        <dt><code>{ "a OR b, a AND b, NOT a, -a" }</code></dt><dd>{ "either, both, without; ( ) group" }</dd>
                        <dt><code>{ "troop*" }</code></dt><dd>{ "words starting with troop" }</dd>
                        <dt><code>{ "gabuyev~" }</code></dt><dd>{ "words spelled nearly so (Gabuev)" }</dd>
                        <dt><code>{ "person:Kim  org:NATO  place:Kursk  group:Korean" }</code></dt><dd>{ "mentions of an entity under any of its names" }</dd>
                        <dt><code>{ "label:quote  label:number" }</code></dt><dd>{ "sentences with a quotation, a number, …" }</dd>
                        <dt><code>{ "doc:001  theme:money" }</code></dt><dd>{ "one document; one theme" }</dd>
                        <dt><code>{ "date:2024-10..2024-12  date:2024" }</code></dt><dd>{ "sentences whose dates fall in the range" }</dd>
                    </dl>
                </section>
            }
        </header>
    }
}

/// The views the navigation links to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Read,
    Search,
    Timeline,
    Compare,
}

impl View {
    fn of(route: &Route) -> Option<View> {
        match route {
            Route::Home | Route::Doc { .. } => Some(View::Read),
            Route::Search(_) => Some(View::Search),
            Route::Timeline(_) => Some(View::Timeline),
            Route::Compare { .. } => Some(View::Compare),
            Route::NotFound { .. } => None,
        }
    }
}
