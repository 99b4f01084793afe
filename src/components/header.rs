//! The page header.

use yew::prelude::*;

use crate::hooks::use_app;

/// The product name and what is loaded.
#[component]
pub fn Header() -> Html {
    let app = use_app();
    let count = app.corpus().len();
    html! {
        <header class="top">
            <a class="brand" href="#/">{ "NewsLens" }</a>
            <span class="tagline">
                { format!("{count} documents · who says what, and when · works offline") }
            </span>
        </header>
    }
}
