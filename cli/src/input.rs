//! Reading an input file into the text that is analysed: at most a capped number of bytes,
//! decoded to UTF-8, refused when it is not text.
//!
//! A file is read through `Read::take`, so an endless one (`/dev/zero`) stops at the cap and
//! is refused instead of filling memory; it is decoded by the core's rules
//! ([`newslens_core::import::decode`], the same as the browser's import: UTF-8, UTF-16 with or
//! without a byte-order mark, else Windows-1252; binary refused), which `newslens annotate
//! --help` states too. A note on standard error says when the text is not the file's bytes.

use std::fs::File;
use std::io::Read as _;
use std::path::Path;

use crate::output::say;

/// The most bytes read from one text: 64 MiB, hundreds of times a long news article, so that
/// a mistaken disk image or device ends in a message instead of exhausting memory.
pub const MAX_TEXT_BYTES: u64 = 64 << 20;

/// The most bytes read from one annotation file: 1 GiB, as it holds a whole corpus's spans
/// (a million spans take about 60 MB).
pub const MAX_ANNOTATION_BYTES: u64 = 1 << 30;

/// Reads at most `cap` bytes of `path` and decodes them, with a note on standard error when
/// the text is not the file's bytes; an error names the file and why.
pub fn read_text(path: &Path, cap: u64) -> Result<String, String> {
    let decoded = read_bytes(path, cap).and_then(|bytes| {
        newslens_core::import::decode(bytes).map_err(|why| format!("{}: {why}", path.display()))
    })?;
    if let Some(note) = &decoded.note {
        say(format_args!("{}: {note}", path.display()));
    }
    Ok(decoded.text)
}

/// At most `cap` bytes of `path`; more is an error.
fn read_bytes(path: &Path, cap: u64) -> Result<Vec<u8>, String> {
    let name = path.display();
    let file = File::open(path).map_err(|e| format!("{name}: {e}"))?;
    let mut bytes = Vec::new();
    file.take(cap + 1).read_to_end(&mut bytes).map_err(|e| format!("{name}: {e}"))?;
    if bytes.len() as u64 > cap {
        return Err(format!("{name}: larger than {}, the most newslens reads from one file", size(cap)));
    }
    Ok(bytes)
}

/// `64 MiB`, or a small size in bytes.
fn size(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endless_file_stops_at_the_cap() {
        let dir = std::env::temp_dir().join(format!("newslens-input-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("eleven.txt");
        std::fs::write(&path, "eleven byte").unwrap();
        assert_eq!(read_text(&path, 11).unwrap(), "eleven byte");
        let refusal = read_text(&path, 10).unwrap_err();
        assert!(refusal.ends_with("eleven.txt: larger than 10 bytes, the most newslens reads from one file"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
