//! Sharing a collection: "Save workspace" (a `.newslens.json` file, see [`crate::workspace`]),
//! "Open workspace" (read by the importer, which merges it), and "Save as a single file" (a
//! copy of this page with the documents embedded), with why these are the way to move a
//! collection between files and machines.

use yew::prelude::*;

use crate::browser;
use crate::hooks::{use_app, use_study};
use crate::workspace;

/// The share buttons and their last message.
#[component]
pub fn Share() -> Html {
    let app = use_app();
    let study = use_study();
    let message = use_state(|| None::<String>);
    let save_workspace = {
        let (app, message) = (app.clone(), message.clone());
        Callback::from(move |_| {
            let json = workspace::write(&app.originals(), &crate::store::edits_of(&app));
            let saved = browser::download("collection.newslens.json", "application/json", json.as_bytes());
            message.set(Some(match saved {
                Ok(()) => format!(
                    "Saved a workspace of {}.",
                    crate::components::importer::plural(app.corpus().len(), "document")
                ),
                Err(e) => format!("The workspace could not be saved: {e}."),
            }));
        })
    };
    let save_page = {
        let (app, message) = (app.clone(), message.clone());
        Callback::from(move |_| {
            let (app, study, message) = (app.clone(), study.clone(), message.clone());
            yew::platform::spawn_local(async move {
                let saved = match workspace::single_file(&app.corpus(), &study).await {
                    Ok(html) => browser::download("newslens-collection.html", "text/html", html.as_bytes()),
                    Err(e) => Err(e),
                };
                message.set(Some(match saved {
                    Ok(()) => {
                        "Saved this page with your documents in it: open it from disk anywhere.".to_string()
                    }
                    Err(e) => format!("The page could not be saved: {e}."),
                }));
            });
        })
    };
    html! {
        <section class="share" aria-label="Share">
            <button type="button" id="save-workspace" onclick={save_workspace}>{ "Save workspace" }</button>
            <label class="button" for="open-workspace">{ "Open workspace…" }</label>
            <button type="button" id="save-page" onclick={save_page}>{ "Save as a single file" }</button>
            <p class="hint">
                { "Browsers keep each page's storage apart (Firefox even keeps every file opened from disk apart): \
                   a workspace file or a single file is how a collection moves to another file, browser or machine." }
            </p>
            if let Some(message) = &*message {
                <p id="share-status" role="status">{ message.clone() }</p>
            }
        </section>
    }
}
