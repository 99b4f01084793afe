//! A file's bytes to the text that is analysed, the same for the CLI and the browser:
//! - a byte-order mark decides the encoding (UTF-8, UTF-16LE, UTF-16BE) and is left out;
//! - without one, valid UTF-8 is taken as it is; UTF-16 is recognised by its zero bytes (ASCII
//!   text has one in every other position); anything else is read as Windows-1252, which maps
//!   every byte and covers Latin-1;
//! - a NUL is never in text: a file with one (after the above) is refused as binary, as is one
//!   that is not UTF-8 and has other control characters (a PNG, an archive), rather than
//!   analysed as Windows-1252 noise.
//!
//! Offsets are then UTF-8 byte offsets into the decoded text without its mark; the note says
//! when that is not the file's own bytes.

/// What a file decodes to.
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text as analysed: UTF-8, without a byte-order mark.
    pub text: String,
    /// How it was read, when that is not plain UTF-8: a clause for a note to the user.
    pub note: Option<String>,
}

/// Decodes a file's bytes as the module documentation says; an error says why they are not
/// text.
///
/// ```
/// use newslens_core::import::decode;
/// assert_eq!(decode(b"Caf\xC3\xA9".to_vec()).unwrap().text, "Café");
/// let latin1 = decode(b"Caf\xE9".to_vec()).unwrap();
/// assert_eq!(latin1.text, "Café");
/// assert!(latin1.note.unwrap().contains("windows-1252"));
/// assert!(decode(b"\x89PNG\r\n\x1a\n".to_vec()).unwrap_err().starts_with("looks binary"));
/// ```
pub fn decode(bytes: Vec<u8>) -> Result<Decoded, String> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let text = String::from_utf8_lossy(rest).into_owned();
        return marked(text, "UTF-8", std::str::from_utf8(rest).is_err(), "its byte-order mark left out");
    }
    for (mark, big_endian, name) in [(b"\xFF\xFE", false, "UTF-16LE"), (b"\xFE\xFF", true, "UTF-16BE")] {
        if let Some(rest) = bytes.strip_prefix(mark) {
            let (text, malformed) = utf16(rest, big_endian);
            return marked(text, name, malformed, "its byte-order mark left out");
        }
    }
    if let Some(big_endian) = unmarked_utf16(&bytes) {
        let (text, malformed) = utf16(&bytes, big_endian);
        let name = if big_endian { "UTF-16BE" } else { "UTF-16LE" };
        return marked(text, name, malformed, "recognised without a byte-order mark");
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
            let note = format!(
                "not UTF-8 (byte {valid_up_to}), read as windows-1252; offsets are into the decoded text"
            );
            Ok(Decoded { text: bytes.iter().map(|&b| windows_1252(b)).collect(), note: Some(note) })
        }
    }
}

fn marked(text: String, name: &str, malformed: bool, how: &str) -> Result<Decoded, String> {
    if let Some(at) = binary_at(text.as_bytes(), false) {
        return Err(format!("looks binary, not text: it has a NUL at byte {at} of its decoded text"));
    }
    let replaced = if malformed { ", malformed sequences replaced by U+FFFD" } else { "" };
    let note = format!("read as {name}, {how}{replaced}; offsets are into the decoded text");
    Ok(Decoded { text, note: Some(note) })
}

fn utf16(bytes: &[u8], big_endian: bool) -> (String, bool) {
    let units = bytes.chunks(2).map(|pair| match pair {
        [a, b] if big_endian => u16::from_be_bytes([*a, *b]),
        [a, b] => u16::from_le_bytes([*a, *b]),
        _ => 0xFFFD, // an odd last byte
    });
    let mut malformed = bytes.len() % 2 == 1;
    let text = char::decode_utf16(units)
        .map(|c| {
            c.unwrap_or_else(|_| {
                malformed = true;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    (text, malformed)
}

/// Whether unmarked bytes are UTF-16, and which way: mostly-Latin text in UTF-16 has a zero in
/// most of one half of its byte positions and almost none in the other.
fn unmarked_utf16(bytes: &[u8]) -> Option<bool> {
    if bytes.len() < 8 || bytes.len() % 2 == 1 {
        return None;
    }
    let pairs = bytes.len() / 2;
    let zeros = |offset: usize| bytes.iter().skip(offset).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (zeros(0), zeros(1));
    let mostly = |n: usize| n * 10 >= pairs * 7;
    let hardly = |n: usize| n * 20 <= pairs;
    if mostly(odd) && hardly(even) {
        Some(false)
    } else if mostly(even) && hardly(odd) {
        Some(true)
    } else {
        None
    }
}

/// The WHATWG Windows-1252 decoder: Latin-1, except 0x80-0x9F.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
        '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

fn refusal(at: usize, byte: u8) -> String {
    format!(
        "looks binary, not text: byte {at} is 0x{byte:02X}; NewsLens reads UTF-8, UTF-16 or \
         Windows-1252 text"
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

    fn utf16_bytes(text: &str, big_endian: bool, mark: bool) -> Vec<u8> {
        let bom: &[u8] = match (mark, big_endian) {
            (false, _) => &[],
            (true, true) => &[0xFE, 0xFF],
            (true, false) => &[0xFF, 0xFE],
        };
        let units =
            text.encode_utf16().flat_map(|u| if big_endian { u.to_be_bytes() } else { u.to_le_bytes() });
        bom.iter().copied().chain(units).collect()
    }

    #[test]
    fn texts_decode_to_utf8_without_their_mark_and_say_how_they_were_read() {
        let cases: [(Vec<u8>, Option<&str>); 7] = [
            (b"Caf\xC3\xA9 in Paris".to_vec(), None),
            (
                b"\xEF\xBB\xBFCaf\xC3\xA9 in Paris".to_vec(),
                Some("read as UTF-8, its byte-order mark left out;"),
            ),
            (
                utf16_bytes("Café in Paris", false, true),
                Some("read as UTF-16LE, its byte-order mark left out;"),
            ),
            (
                utf16_bytes("Café in Paris", true, true),
                Some("read as UTF-16BE, its byte-order mark left out;"),
            ),
            (utf16_bytes("Café in Paris", false, false), Some("read as UTF-16LE, recognised without")),
            (utf16_bytes("Café in Paris", true, false), Some("read as UTF-16BE, recognised without")),
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
        assert_eq!(decode(b"\x93quoted\x94 \x80 5".to_vec()).unwrap().text, "“quoted” € 5");
    }

    #[test]
    fn binary_is_refused_with_where_it_showed() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        let cases: [(Vec<u8>, &str); 4] = [
            (png, "byte 6 is 0x1A"),
            (b"hello\0world".to_vec(), "byte 5 is 0x00"),
            (b"caf\xE9\x01".to_vec(), "byte 4 is 0x01"),
            (utf16_bytes("a\0b", false, true), "a NUL at byte 1 of its decoded text"),
        ];
        for (bytes, why) in cases {
            let refusal = decode(bytes).unwrap_err();
            assert!(refusal.starts_with("looks binary, not text") && refusal.contains(why), "{refusal}");
        }
    }

    #[test]
    fn random_bytes_are_refused_or_read_never_a_panic() {
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let bytes: Vec<u8> = (0..1 << 20)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state as u8
            })
            .collect();
        assert!(decode(bytes).unwrap_err().starts_with("looks binary"));
        assert_eq!(decode(Vec::new()).unwrap().text, "");
        assert!(decode(b"\xFF\xFEa".to_vec()).unwrap().note.unwrap().contains("U+FFFD"));
    }
}
