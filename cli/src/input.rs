//! Reading an input file into the text that is analysed: at most a capped number of bytes,
//! decoded to UTF-8, refused when it is not text.
//!
//! The decisions, which `newslens annotate --help` states too:
//! - A file is read through `Read::take`, so an endless one (`/dev/zero`) stops at the cap
//!   and is refused instead of filling memory.
//! - A byte-order mark decides the encoding (UTF-8, UTF-16LE or UTF-16BE) and is left out of
//!   the text; without one, valid UTF-8 is taken as it is, and anything else is read as
//!   Windows-1252 (which maps every byte, and covers Latin-1). Offsets are then UTF-8 byte
//!   offsets into the decoded text without its mark: the text as analysed, which is what
//!   `text` fields quote. A note on standard error says when that is not the file's bytes.
//! - A NUL is never in text; a file with one is refused as binary, as is a file that is not
//!   UTF-8 and has other control characters (a PNG, an archive), rather than analysed as
//!   Windows-1252 noise.

use std::fs::File;
use std::io::Read as _;
use std::path::Path;

use encoding_rs::{Encoding, WINDOWS_1252};

use crate::output::say;

/// The most bytes read from one text: 64 MiB, hundreds of times a long news article, so that
/// a mistaken disk image or device ends in a message instead of exhausting memory.
pub const MAX_TEXT_BYTES: u64 = 64 << 20;

/// The most bytes read from one annotation file: 1 GiB, as it holds a whole corpus's spans
/// (a million spans take about 60 MB).
pub const MAX_ANNOTATION_BYTES: u64 = 1 << 30;

/// What a file decodes to.
#[derive(Debug, PartialEq)]
pub struct Decoded {
    /// The text as analysed: UTF-8, without a byte-order mark.
    pub text: String,
    /// How it was read, when that is not plain UTF-8: a clause for a note on standard error.
    pub note: Option<String>,
}

/// Reads at most `cap` bytes of `path` and decodes them, with a note on standard error when
/// the text is not the file's bytes; an error names the file and why.
pub fn read_text(path: &Path, cap: u64) -> Result<String, String> {
    let decoded = read_bytes(path, cap)
        .and_then(|bytes| decode(bytes).map_err(|why| format!("{}: {why}", path.display())))?;
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

/// Decodes a file's bytes as the module documentation says; an error says why they are not
/// text.
pub fn decode(bytes: Vec<u8>) -> Result<Decoded, String> {
    if let Some((encoding, mark)) = Encoding::for_bom(&bytes) {
        return decode_marked(encoding, &bytes[mark..]);
    }
    match String::from_utf8(bytes) {
        Ok(text) => match binary_at(text.as_bytes(), false) {
            Some(at) => Err(refusal(at, 0)),
            None => Ok(Decoded { text, note: None }),
        },
        Err(error) => {
            let valid_up_to = error.utf8_error().valid_up_to();
            let bytes = error.into_bytes();
            if let Some(at) = binary_at(&bytes, true) {
                return Err(refusal(at, bytes[at]));
            }
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(&bytes);
            let note = format!(
                "not UTF-8 (byte {valid_up_to}), read as windows-1252; offsets are into the decoded text"
            );
            Ok(Decoded { text: text.into_owned(), note: Some(note) })
        }
    }
}

/// The text after a byte-order mark of `encoding`.
fn decode_marked(encoding: &'static Encoding, bytes: &[u8]) -> Result<Decoded, String> {
    let (text, malformed) = encoding.decode_without_bom_handling(bytes);
    if let Some(at) = binary_at(text.as_bytes(), false) {
        return Err(format!("looks binary, not text: it has a NUL at byte {at} of its decoded text"));
    }
    let replaced = if malformed { ", malformed sequences replaced by U+FFFD" } else { "" };
    let note = format!(
        "read as {}, its byte-order mark left out{replaced}; offsets are into the decoded text",
        encoding.name()
    );
    Ok(Decoded { text: text.into_owned(), note: Some(note) })
}

/// `64 MiB`, or a small size in bytes.
fn size(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

fn refusal(at: usize, byte: u8) -> String {
    format!(
        "looks binary, not text: byte {at} is 0x{byte:02X}; newslens reads UTF-8, UTF-16 with a \
         byte-order mark, or Windows-1252"
    )
}

/// The first byte that text never has: a NUL, or, when `strict`, any control character but
/// tab, line feed, vertical tab, form feed and carriage return.
fn binary_at(bytes: &[u8], strict: bool) -> Option<usize> {
    bytes
        .iter()
        .position(|&b| b == 0 || (strict && b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mark: &[u8] = if big_endian { &[0xFE, 0xFF] } else { &[0xFF, 0xFE] };
        let units =
            text.encode_utf16().flat_map(|u| if big_endian { u.to_be_bytes() } else { u.to_le_bytes() });
        mark.iter().copied().chain(units).collect()
    }

    #[test]
    fn texts_decode_to_utf8_without_their_mark_and_say_how_they_were_read() {
        let cases: [(Vec<u8>, Option<&str>); 5] = [
            (b"Caf\xC3\xA9 in Paris".to_vec(), None),
            (
                b"\xEF\xBB\xBFCaf\xC3\xA9 in Paris".to_vec(),
                Some("read as UTF-8, its byte-order mark left out;"),
            ),
            (utf16("Café in Paris", false), Some("read as UTF-16LE, its byte-order mark left out;")),
            (utf16("Café in Paris", true), Some("read as UTF-16BE, its byte-order mark left out;")),
            (b"Caf\xE9 in Paris".to_vec(), Some("not UTF-8 (byte 3), read as windows-1252;")),
        ];
        for (bytes, note) in cases {
            let decoded = decode(bytes).unwrap();
            assert_eq!(decoded.text, "Café in Paris");
            match note {
                None => assert_eq!(decoded.note, None),
                Some(start) => assert!(decoded.note.as_deref().unwrap().starts_with(start), "{decoded:?}"),
            }
        }
    }

    #[test]
    fn binary_is_refused_with_where_it_showed() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        let cases: [(Vec<u8>, &str); 4] = [
            (png, "byte 6 is 0x1A"),
            (b"hello\0world".to_vec(), "byte 5 is 0x00"),
            (b"caf\xE9\x01".to_vec(), "byte 4 is 0x01"),
            (utf16("a\0b", false), "a NUL at byte 1 of its decoded text"),
        ];
        for (bytes, why) in cases {
            let refusal = decode(bytes).unwrap_err();
            assert!(refusal.starts_with("looks binary, not text") && refusal.contains(why), "{refusal}");
        }
    }

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
