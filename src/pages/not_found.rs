//! What the app shows for a hash it does not understand.

use yew::prelude::*;

/// [`NotFound`]'s properties.
#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// The hash as given.
    pub path: AttrValue,
}

/// Says which address was not understood and how to go on.
#[component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    html! {
        <section class="message" role="status">
            <h1>{ "Nothing at this address" }</h1>
            <p>{ "NewsLens has no view at “#" }{ &props.path }{ "”. " }
               <a href="#/">{ "Go to the first document" }</a>{ " or choose one from the list." }</p>
        </section>
    }
}
