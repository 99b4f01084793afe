//! The user's articles kept in IndexedDB (the one store that works from `file://`), each as a
//! one-document [bundle](newslens_core::bundle), so a reload decodes instead of analysing; and
//! what the user changed of each document (its reference date, title and outlet), by id.
//!
//! Schema, version [`SCHEMA`]: database `newslens`, object stores `articles` (key: the
//! document's id, a hash of its text; value: the bundle's bytes as a `Uint8Array`) and `edits`
//! (key: a document id; value: an object `{"date": "YYYY-MM-DD" | "", "title": "...",
//! "outlet": "..."}`, each field only when the user set it, `""` a date cleared).
//! Schema 1 kept only the date, as the `edits` value itself; opening it upgrades each record
//! to `{"date": ...}` in the upgrade's own transaction, so it is all done or not at all.
//!
//! **Invariants:** each write is its own transaction and counts as done only once the
//! transaction commits, so a failure keeps everything written before it. Nothing is deleted
//! but an article the user removed. A database of a newer schema, or one with a record this
//! build cannot read, is opened read-only ([`Store::read_only`]): what can be read is shown and
//! can be saved as a workspace file, and nothing is written over it.
//!
//! Whether the page's own collection is hidden is kept apart, in `localStorage`
//! ([`collection_hidden`]): it is read before the first render.

use std::collections::BTreeMap;

use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use newslens_core::corpus::parse_iso_date;
use newslens_core::{Date, Document};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbCursorWithValue, IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

use crate::hooks::AppHandle;
use crate::state::MetaEdit;

/// The database's name.
pub const NAME: &str = "newslens";
/// The schema this build reads and writes.
pub const SCHEMA: u32 = 2;
const ARTICLES: &str = "articles";
const EDITS: &str = "edits";

/// What the user changed of one document: what `edits` keeps, and a workspace file carries.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Edit {
    /// The reference date set (`Some(None)`: cleared); `None` keeps the document's own.
    pub date: Option<Option<Date>>,
    /// The title and outlet set.
    pub meta: MetaEdit,
}

impl Edit {
    /// The record: `{"date", "title", "outlet"}`, each only when set.
    pub fn to_js(&self) -> JsValue {
        let record = Object::new();
        let set = |key: &str, value: &str| drop(Reflect::set(&record, &key.into(), &value.into()));
        if let Some(date) = self.date {
            set("date", &date.map(|d| d.to_string()).unwrap_or_default());
        }
        if let Some(title) = &self.meta.title {
            set("title", title);
        }
        if let Some(outlet) = &self.meta.outlet {
            set("outlet", outlet);
        }
        record.into()
    }

    /// A record read back; `None` when it is not one (a field that is not text included).
    pub fn from_js(value: &JsValue) -> Option<Edit> {
        if !value.is_object() || Array::is_array(value) {
            return None;
        }
        let field = |key: &str| match Reflect::get(value, &key.into()).ok()? {
            v if v.is_undefined() => Some(None),
            v => v.as_string().map(Some),
        };
        Some(Edit {
            date: field("date")?.map(|d| parse_iso_date(&d)),
            meta: MetaEdit { title: field("title")?, outlet: field("outlet")? },
        })
    }

    /// Shows the document with this id as the edit says.
    pub fn apply(&self, app: &AppHandle, id: &str) {
        if let Some(date) = self.date {
            app.restore_reference_date(id, date);
        }
        if self.meta != MetaEdit::default() {
            app.set_metadata(id, self.meta.clone());
        }
    }
}

/// Everything the user changed, by document id: the dates and the titles and outlets.
pub fn edits_of(app: &AppHandle) -> BTreeMap<String, Edit> {
    let mut edits: BTreeMap<String, Edit> = BTreeMap::new();
    for (id, date) in app.reference_edits().iter() {
        edits.entry(id.clone()).or_default().date = Some(*date);
    }
    for (id, meta) in app.metadata_edits().iter() {
        edits.entry(id.clone()).or_default().meta = meta.clone();
    }
    edits
}

/// An open database.
#[derive(Clone, Debug)]
pub struct Store {
    db: IdbDatabase,
    /// Why nothing may be written, when something may not be.
    read_only: Option<String>,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        self.db == other.db && self.read_only == other.read_only
    }
}

/// What the store holds, as far as this build can read it.
#[derive(Debug, Default)]
pub struct Contents {
    /// Every article's bundle that is one (its bytes still to be decoded).
    pub articles: Vec<Vec<u8>>,
    /// Every edit that could be read.
    pub edits: Vec<(String, Edit)>,
    /// How many records are not what the schema says.
    pub unreadable: usize,
}

/// Why a store operation failed, in words a user can act on.
fn describe(error: JsValue) -> String {
    let name = Reflect::get(&error, &"name".into()).ok().and_then(|n| n.as_string());
    let message = Reflect::get(&error, &"message".into()).ok().and_then(|m| m.as_string());
    match name.as_deref() {
        Some("QuotaExceededError") => {
            "the browser's storage for this page is full: remove articles you no longer need, or save a workspace".to_string()
        }
        _ => message.or(name).unwrap_or_else(|| "the browser's storage is not available".to_string()),
    }
}

fn is_version_error(error: &JsValue) -> bool {
    Reflect::get(error, &"name".into()).ok().and_then(|n| n.as_string()).as_deref() == Some("VersionError")
}

/// Waits for a request's success (its result) or error (the browser's error value).
async fn settled(request: &IdbRequest) -> Result<JsValue, JsValue> {
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
    JsFuture::from(promise).await
}

async fn done(request: &IdbRequest) -> Result<JsValue, String> {
    settled(request).await.map_err(describe)
}

/// Waits for a transaction to commit; its error (a full quota arrives here) if it aborts.
async fn committed(transaction: &IdbTransaction) -> Result<(), String> {
    let promise = Promise::new(&mut |resolve, reject| {
        let failed = transaction.clone();
        let on_complete = Closure::once_into_js(move || drop(resolve.call0(&JsValue::NULL)));
        let on_abort = Closure::once_into_js(move || {
            let error = failed.error().map_or(JsValue::UNDEFINED, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        transaction.set_oncomplete(Some(on_complete.unchecked_ref()));
        transaction.set_onabort(Some(on_abort.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(drop).map_err(|e| match e.is_undefined() {
        true => "the browser cancelled the write".to_string(),
        false => describe(e),
    })
}

/// Schema 1's `edits` values (the date alone) as schema 2's records, in the upgrade's
/// transaction. The closure moves the cursor on; it must live until the open completes.
fn upgrade_edits(transaction: &IdbTransaction) -> Option<Closure<dyn FnMut(web_sys::Event)>> {
    let request = transaction.object_store(EDITS).ok()?.open_cursor().ok()?;
    let step = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let Some(request) = event.target().and_then(|t| t.dyn_into::<IdbRequest>().ok()) else { return };
        let Some(cursor) = request.result().ok().and_then(|c| c.dyn_into::<IdbCursorWithValue>().ok()) else {
            return;
        };
        if let Some(date) = cursor.value().ok().and_then(|v| v.as_string()) {
            let record = Edit { date: Some(parse_iso_date(&date)), ..Edit::default() };
            let _ = cursor.update(&record.to_js());
        }
        let _ = cursor.continue_();
    });
    request.set_onsuccess(Some(step.as_ref().unchecked_ref()));
    Some(step)
}

impl Store {
    /// Opens (or creates, or upgrades) the database; read-only when it is of a newer schema.
    pub async fn open() -> Result<Store, String> {
        let factory = web_sys::window()
            .and_then(|w| w.indexed_db().ok().flatten())
            .ok_or("this browser keeps no local storage for the page (IndexedDB is off)")?;
        let request = factory.open_with_u32(NAME, SCHEMA).map_err(describe)?;
        let upgrading = request.clone();
        let migration = std::rc::Rc::new(std::cell::RefCell::new(None));
        let keep_migration = migration.clone();
        let on_upgrade = Closure::<dyn FnMut(web_sys::IdbVersionChangeEvent)>::new(
            move |event: web_sys::IdbVersionChangeEvent| {
                let Ok(result) = upgrading.result() else { return };
                let db: IdbDatabase = result.unchecked_into();
                let names = db.object_store_names();
                for store in [ARTICLES, EDITS] {
                    if !names.contains(store) {
                        let _ = db.create_object_store(store);
                    }
                }
                if event.old_version() == 1.0 {
                    if let Some(transaction) = upgrading.transaction() {
                        *keep_migration.borrow_mut() = upgrade_edits(&transaction);
                    }
                }
            },
        );
        request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
        let (db, read_only) = match settled(&request).await {
            Ok(db) => (db.unchecked_into::<IdbDatabase>(), None),
            Err(error) if is_version_error(&error) => {
                // Opened at whatever version it is, to read what can be read.
                let request: IdbRequest = factory.open(NAME).map_err(describe)?.into();
                let db = done(&request).await?.unchecked_into::<IdbDatabase>();
                let why = format!(
                    "they were kept by a newer NewsLens (storage schema {}; this one reads {SCHEMA})",
                    db.version()
                );
                (db, Some(why))
            }
            Err(error) => return Err(describe(error)),
        };
        drop((on_upgrade, migration));
        // Another page upgrading or deleting the database must not wait for this one.
        let closing = db.clone();
        let on_version_change = Closure::<dyn FnMut()>::new(move || closing.close());
        db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
        on_version_change.forget();
        Ok(Store { db, read_only })
    }

    /// Why nothing may be written, when something may not be.
    pub fn read_only(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    /// The same store, never written again, for this reason.
    pub fn into_read_only(self, why: String) -> Store {
        Store { read_only: Some(self.read_only.unwrap_or(why)), ..self }
    }

    fn all(&self, name: &str) -> Result<(IdbRequest, IdbRequest), String> {
        let transaction = self.db.transaction_with_str(name).map_err(describe)?;
        let store = transaction.object_store(name).map_err(describe)?;
        Ok((store.get_all_keys().map_err(describe)?, store.get_all().map_err(describe)?))
    }

    /// Everything stored, and how many records could not be read.
    pub async fn contents(&self) -> Result<Contents, String> {
        let mut contents = Contents::default();
        let (_, articles) = self.all(ARTICLES)?;
        for value in Array::from(&done(&articles).await?).iter() {
            match value.dyn_into::<Uint8Array>() {
                Ok(bytes) => contents.articles.push(bytes.to_vec()),
                Err(_) => contents.unreadable += 1,
            }
        }
        let (keys, values) = self.all(EDITS)?;
        let (keys, values) = (Array::from(&done(&keys).await?), Array::from(&done(&values).await?));
        for (key, value) in keys.iter().zip(values.iter()) {
            match (key.as_string(), Edit::from_js(&value)) {
                (Some(id), Some(edit)) => contents.edits.push((id, edit)),
                _ => contents.unreadable += 1,
            }
        }
        Ok(contents)
    }

    /// One write, done when its transaction commits.
    async fn write(
        &self,
        name: &str,
        request: impl FnOnce(&web_sys::IdbObjectStore) -> Result<IdbRequest, JsValue>,
    ) -> Result<(), String> {
        if let Some(why) = &self.read_only {
            return Err(format!("storage is read-only: {why}"));
        }
        let transaction =
            self.db.transaction_with_str_and_mode(name, IdbTransactionMode::Readwrite).map_err(describe)?;
        let store = transaction.object_store(name).map_err(describe)?;
        if let Err(error) = request(&store) {
            let _ = transaction.abort();
            return Err(describe(error));
        }
        committed(&transaction).await
    }

    /// Keeps an article's bundle under its id.
    pub async fn put_article(&self, id: &str, bundle: &[u8]) -> Result<(), String> {
        self.write(ARTICLES, |store| store.put_with_key(&Uint8Array::from(bundle), &id.into())).await
    }

    /// Forgets an article.
    pub async fn delete_article(&self, id: &str) -> Result<(), String> {
        self.write(ARTICLES, |store| store.delete(&id.into())).await
    }

    /// Keeps what the user changed of a document (`None`: nothing any more).
    pub async fn put_edit(&self, id: &str, edit: Option<&Edit>) -> Result<(), String> {
        self.write(EDITS, |store| match edit {
            None => store.delete(&id.into()),
            Some(edit) => store.put_with_key(&edit.to_js(), &id.into()),
        })
        .await
    }
}

const HIDDEN_KEY: &str = "newslens.hidden-collection";

/// The collection as `localStorage` names it: a page's own collection hidden is not another's.
fn fingerprint(collection: &[Document]) -> String {
    format!("{} {}", collection.len(), collection.first().map_or("", |d| d.id()))
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether the user hid this collection (on this page, or on an earlier visit).
pub fn collection_hidden(collection: &[Document]) -> bool {
    let stored = local_storage().and_then(|s| s.get_item(HIDDEN_KEY).ok().flatten());
    stored.is_some_and(|s| s == fingerprint(collection))
}

/// Remembers whether this collection is hidden.
pub fn keep_collection_hidden(collection: &[Document], hidden: bool) -> Result<(), String> {
    let storage = local_storage().ok_or("this browser keeps no local storage for the page")?;
    let kept = match hidden {
        true => storage.set_item(HIDDEN_KEY, &fingerprint(collection)),
        false => storage.remove_item(HIDDEN_KEY),
    };
    kept.map_err(describe)
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
    Reflect::get(&navigator, &"storage".into()).ok()?.dyn_into().ok()
}

/// The page's storage use, as far as the browser tells.
pub async fn usage() -> Usage {
    let Some(manager) = storage_manager() else { return Usage::default() };
    let number = |v: &JsValue, key: &str| Reflect::get(v, &key.into()).ok()?.as_f64();
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
