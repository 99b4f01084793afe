//! The user's articles kept in IndexedDB (the one store that works from `file://`), each as a
//! one-document [bundle](newslens_core::bundle), so a reload decodes instead of analysing; and
//! the reference dates the user set, by document id.
//!
//! Schema, version [`SCHEMA`]: database `newslens`, object stores `articles` (key: the
//! document's id, a hash of its text; value: the bundle's bytes as a `Uint8Array`) and `edits`
//! (key: a document id; value: the reference date the user set, `YYYY-MM-DD`, or `""` for
//! none). Each write is its own transaction: a failure keeps everything written before it.
//! A database of a newer schema is not opened (the error says so), so nothing is lost.

use js_sys::{Array, Promise, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

/// The database's name.
pub const NAME: &str = "newslens";
/// The schema this build reads and writes.
pub const SCHEMA: u32 = 1;
const ARTICLES: &str = "articles";
const EDITS: &str = "edits";

/// An open database.
#[derive(Clone, Debug)]
pub struct Store {
    db: IdbDatabase,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        self.db == other.db
    }
}

/// Why a store operation failed, in words a user can act on.
fn describe(error: JsValue) -> String {
    let name = js_sys::Reflect::get(&error, &"name".into()).ok().and_then(|n| n.as_string());
    let message = js_sys::Reflect::get(&error, &"message".into()).ok().and_then(|m| m.as_string());
    match name.as_deref() {
        Some("QuotaExceededError") => {
            "the browser's storage for this page is full: remove articles you no longer need, or save a workspace".to_string()
        }
        Some("VersionError") => format!(
            "the stored articles were written by a newer NewsLens (schema above {SCHEMA}); open them with that version and save a workspace"
        ),
        _ => message.or(name).unwrap_or_else(|| "the browser's storage is not available".to_string()),
    }
}

/// Waits for a request's success (its result) or error.
async fn done(request: &IdbRequest) -> Result<JsValue, String> {
    let promise = Promise::new(&mut |resolve, reject| {
        let (ok, fail) = (request.clone(), request.clone());
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        let on_error = Closure::once_into_js(move || {
            let error = fail.error().ok().flatten().map_or(JsValue::UNDEFINED, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(describe)
}

impl Store {
    /// Opens (or creates) the database.
    pub async fn open() -> Result<Store, String> {
        let factory = web_sys::window()
            .and_then(|w| w.indexed_db().ok().flatten())
            .ok_or("this browser keeps no local storage for the page (IndexedDB is off)")?;
        let request = factory.open_with_u32(NAME, SCHEMA).map_err(describe)?;
        let upgrading = request.clone();
        let on_upgrade = Closure::<dyn FnMut()>::new(move || {
            let Ok(result) = upgrading.result() else { return };
            let db: IdbDatabase = result.unchecked_into();
            let names = db.object_store_names();
            for store in [ARTICLES, EDITS] {
                if !names.contains(store) {
                    let _ = db.create_object_store(store);
                }
            }
        });
        request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
        let db: IdbDatabase = done(&request).await?.unchecked_into();
        drop(on_upgrade);
        // Another page upgrading or deleting the database must not wait for this one.
        let closing = db.clone();
        let on_version_change = Closure::<dyn FnMut()>::new(move || closing.close());
        db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
        on_version_change.forget();
        Ok(Store { db })
    }

    fn store(&self, name: &str, mode: IdbTransactionMode) -> Result<web_sys::IdbObjectStore, String> {
        self.db.transaction_with_str_and_mode(name, mode).and_then(|t| t.object_store(name)).map_err(describe)
    }

    /// Every stored article's bundle.
    pub async fn articles(&self) -> Result<Vec<Vec<u8>>, String> {
        let all =
            done(&self.store(ARTICLES, IdbTransactionMode::Readonly)?.get_all().map_err(describe)?).await?;
        Ok(Array::from(&all)
            .iter()
            .filter_map(|v| v.dyn_into::<Uint8Array>().ok())
            .map(|a| a.to_vec())
            .collect())
    }

    /// Keeps an article's bundle under its id.
    pub async fn put_article(&self, id: &str, bundle: &[u8]) -> Result<(), String> {
        let store = self.store(ARTICLES, IdbTransactionMode::Readwrite)?;
        done(&store.put_with_key(&Uint8Array::from(bundle), &id.into()).map_err(describe)?).await.map(drop)
    }

    /// Forgets an article.
    pub async fn delete_article(&self, id: &str) -> Result<(), String> {
        let store = self.store(ARTICLES, IdbTransactionMode::Readwrite)?;
        done(&store.delete(&id.into()).map_err(describe)?).await.map(drop)
    }

    /// Every reference date the user set: (document id, date or "" for none).
    pub async fn edits(&self) -> Result<Vec<(String, String)>, String> {
        let store = self.store(EDITS, IdbTransactionMode::Readonly)?;
        let keys = done(&store.get_all_keys().map_err(describe)?).await?;
        let values =
            done(&self.store(EDITS, IdbTransactionMode::Readonly)?.get_all().map_err(describe)?).await?;
        let (keys, values) = (Array::from(&keys), Array::from(&values));
        let keys = keys.iter().filter_map(|k| k.as_string());
        Ok(keys.zip(values.iter().map(|v| v.as_string().unwrap_or_default())).collect())
    }

    /// Keeps the reference date the user set for a document (`None`: the document's own).
    pub async fn put_edit(&self, id: &str, date: Option<Option<&str>>) -> Result<(), String> {
        let store = self.store(EDITS, IdbTransactionMode::Readwrite)?;
        let request = match date {
            None => store.delete(&id.into()),
            Some(date) => store.put_with_key(&date.unwrap_or("").into(), &id.into()),
        };
        done(&request.map_err(describe)?).await.map(drop)
    }
}

/// What the storage panel shows: bytes used and available, and whether the browser keeps them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Usage {
    /// Bytes this page's storage uses, when the browser says.
    pub used: Option<f64>,
    /// Bytes it may use, when the browser says.
    pub quota: Option<f64>,
    /// Whether the browser keeps the storage under pressure (`navigator.storage.persisted()`).
    pub persistent: Option<bool>,
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &"storage".into()).ok()?.dyn_into().ok()
}

/// The page's storage use, as far as the browser tells.
pub async fn usage() -> Usage {
    let Some(manager) = storage_manager() else { return Usage::default() };
    let number = |v: &JsValue, key: &str| js_sys::Reflect::get(v, &key.into()).ok()?.as_f64();
    let estimate = match manager.estimate() {
        Ok(promise) => JsFuture::from(promise).await.ok(),
        Err(_) => None,
    };
    let persistent = match manager.persisted() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()),
        Err(_) => None,
    };
    Usage {
        used: estimate.as_ref().and_then(|e| number(e, "usage")),
        quota: estimate.as_ref().and_then(|e| number(e, "quota")),
        persistent,
    }
}

/// Asks the browser to keep the page's storage under pressure; whether it agreed.
pub async fn ask_to_persist() -> Option<bool> {
    let promise = storage_manager()?.persist().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}
