//! The collection the page opens: the one a page made by `newslens build` carries (decoded by
//! the boot script into `window.newslensBundle`), else the bundled corpus, analysed at build
//! time (see `build.rs`; its texts are byte-identical to `corpus/*.txt`). Either way the app
//! decodes a [bundle](newslens_core::bundle) and analyses nothing at start-up.

use std::rc::Rc;

use newslens_core::bundle;
use newslens_core::study::Study;
use newslens_core::Corpus;

use crate::browser;

/// The bundled corpus and its analysis, made by `build.rs`.
const BUILT_IN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.nlb"));

/// What the page opened: documents, their analysis, and what the user should know about it.
#[derive(Debug, Clone)]
pub struct Collection {
    /// The documents.
    pub corpus: Rc<Corpus>,
    /// Their analysis against each document's own reference date.
    pub study: Rc<Study>,
    /// Problems met while opening, in sentences a reader can act on.
    pub notices: Vec<String>,
}

impl PartialEq for Collection {
    fn eq(&self, other: &Self) -> bool {
        // Opened once and never edited in place: identity is equality.
        Rc::ptr_eq(&self.corpus, &other.corpus) && Rc::ptr_eq(&self.study, &other.study)
    }
}

impl Collection {
    fn from(opened: bundle::Opened, mut notices: Vec<String>) -> Collection {
        notices.extend(opened.diagnostics.iter().map(|d| d.message.clone()));
        Collection { corpus: Rc::new(opened.corpus), study: Rc::new(opened.study), notices }
    }
}

/// The page's own collection if it carries one that can be read, else the bundled corpus.
pub fn open() -> Collection {
    let Some(bytes) = browser::page_bundle() else { return built_in(Vec::new()) };
    match bundle::open(&bytes) {
        Ok(opened) => Collection::from(opened, Vec::new()),
        Err(e) => built_in(vec![format!(
            "The collection embedded in this page could not be opened ({e}); showing the bundled corpus instead."
        )]),
    }
}

/// The bundled corpus. Its bundle is made and checked by the build, so it opens.
fn built_in(notices: Vec<String>) -> Collection {
    let opened = bundle::open(BUILT_IN).expect("the build script writes a readable bundle");
    Collection::from(opened, notices)
}
