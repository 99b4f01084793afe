//! NewsLens in the browser: Yew components over `newslens-core`.
//!
//! This crate only renders and dispatches. Logic lives in `newslens-core`; browser access
//! (location, history, performance marks, the fatal-error banner) lives in [`browser`].

pub mod app;
pub mod browser;
pub mod bundled;
pub mod components;
pub mod hooks;
pub mod import;
pub mod pages;
pub mod state;
pub mod store;
pub mod workspace;

pub use app::App;

/// Starts the app in `#app` (or the body), with a panic hook that shows a readable error.
pub fn start() {
    browser::performance_mark("newslens:wasm-started");
    yew::set_custom_panic_hook(Box::new(|info| browser::show_fatal(&info.to_string())));
    let root = browser::document().get_element_by_id("app");
    let renderer = match root {
        Some(root) => {
            root.set_text_content(None);
            yew::Renderer::<App>::with_root(root)
        }
        None => yew::Renderer::<App>::new(),
    };
    renderer.render();
}

/// `s` cut to `max` characters, with "…" when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max - 1).collect::<String>())
    }
}
