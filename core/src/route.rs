//! The app's URL state: a location hash such as `#/doc/001_fd0447f87cd5aaab`, parsed into a
//! [`Route`] and written back, so that every view can be linked, shared and reached with
//! back and forward.

/// A view of the app, as named by the location hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `#/` or no hash: the first document.
    Home,
    /// `#/doc/<id>`: one document in the reader. The id may name no document; the view says so.
    Doc {
        /// The document id, percent-decoded.
        id: String,
    },
    /// Any other hash, kept so the page can say what it did not understand.
    NotFound {
        /// The hash as given, without `#`.
        path: String,
    },
}

impl Route {
    /// Parses a location hash, with or without its leading `#`. Never fails: what it does not
    /// understand becomes [`Route::NotFound`].
    ///
    /// # Example
    /// ```
    /// use newslens_core::route::Route;
    /// assert_eq!(Route::parse("#/doc/001_abc"), Route::Doc { id: "001_abc".into() });
    /// assert_eq!(Route::parse(""), Route::Home);
    /// ```
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let trimmed = path.trim_start_matches('/');
        let (path_part, _query) = trimmed.split_once('?').unwrap_or((trimmed, ""));
        let segments: Vec<&str> = path_part.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["doc", id] => Route::Doc { id: percent_decode(id) },
            _ => Route::NotFound { path: path.to_string() },
        }
    }

    /// The hash that names this route, with its leading `#`.
    ///
    /// # Example
    /// ```
    /// use newslens_core::route::Route;
    /// let route = Route::Doc { id: "a b".into() };
    /// assert_eq!(route.to_hash(), "#/doc/a%20b");
    /// assert_eq!(Route::parse(&route.to_hash()), route);
    /// ```
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Doc { id } => format!("#/doc/{}", percent_encode(id)),
            Route::NotFound { path } => format!("#{path}"),
        }
    }
}

/// Escapes everything but unreserved URL characters.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for byte in s.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Undoes `%XX` escapes; a malformed escape or invalid UTF-8 is kept as it stands.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| s.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn route_table() {
        let table: &[(&str, Route)] = &[
            ("", Route::Home),
            ("#", Route::Home),
            ("#/", Route::Home),
            ("#/doc/x", Route::Doc { id: "x".into() }),
            ("#doc/x/", Route::Doc { id: "x".into() }),
            ("#/doc/%3Cb%3E", Route::Doc { id: "<b>".into() }),
            ("#/doc/%zz", Route::Doc { id: "%zz".into() }),
            ("#/doc/%FF", Route::Doc { id: "%FF".into() }),
            ("#/doc", Route::NotFound { path: "/doc".into() }),
            ("#/elsewhere", Route::NotFound { path: "/elsewhere".into() }),
        ];
        for (hash, expected) in table {
            assert_eq!(&Route::parse(hash), expected, "hash: {hash:?}");
        }
    }

    #[test]
    fn hashes_round_trip() {
        for id in ["001_fd0447f87cd5aaab", "with space", "ünïcode/slash", "%41"] {
            let route = Route::Doc { id: id.to_string() };
            assert_eq!(Route::parse(&route.to_hash()), route);
        }
    }
}
