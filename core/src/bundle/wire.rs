//! The bundle's primitives: LEB128 integers, length-prefixed strings, and a reader that
//! checks every read against the end of its input, so a truncated or hostile bundle is an
//! error, never a panic or an allocation larger than the input.

use std::fmt;
use std::ops::Range;

use crate::corpus::Date;

/// Why a bundle could not be read: a sentence a user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleError(pub String);

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BundleError {}

pub(super) type Result<T> = std::result::Result<T, BundleError>;

pub(super) fn error<T>(message: impl Into<String>) -> Result<T> {
    Err(BundleError(message.into()))
}

/// Appends values to a byte buffer.
#[derive(Default)]
pub(super) struct Writer {
    pub(super) bytes: Vec<u8>,
}

impl Writer {
    pub(super) fn u8(&mut self, v: u8) {
        self.bytes.push(v);
    }

    pub(super) fn uint(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.bytes.push(byte);
                return;
            }
            self.bytes.push(byte | 0x80);
        }
    }

    pub(super) fn usize(&mut self, v: usize) {
        self.uint(v as u64);
    }

    pub(super) fn f64(&mut self, v: f64) {
        self.bytes.extend_from_slice(&v.to_bits().to_le_bytes());
    }

    pub(super) fn str(&mut self, s: &str) {
        self.usize(s.len());
        self.bytes.extend_from_slice(s.as_bytes());
    }

    pub(super) fn opt_str(&mut self, s: Option<&str>) {
        self.option(s, Writer::str);
    }

    /// A range as its start and length.
    pub(super) fn range(&mut self, r: &Range<usize>) {
        self.usize(r.start);
        self.usize(r.end.saturating_sub(r.start));
    }

    pub(super) fn date(&mut self, d: Date) {
        // Years are -9999..=9999: offset to stay positive.
        self.uint((i64::from(d.year()) + 10_000) as u64);
        self.u8(d.month() as u8);
        self.u8(d.day() as u8);
    }

    pub(super) fn option<T>(&mut self, v: Option<T>, write: impl FnOnce(&mut Writer, T)) {
        match v {
            None => self.u8(0),
            Some(v) => {
                self.u8(1);
                write(self, v);
            }
        }
    }
}

/// Reads values back, failing cleanly at the end of the input or on a value out of range.
pub(super) struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    pub(super) fn new(bytes: &'b [u8]) -> Reader<'b> {
        Reader { bytes, at: 0 }
    }

    pub(super) fn is_done(&self) -> bool {
        self.at == self.bytes.len()
    }

    pub(super) fn take(&mut self, n: usize) -> Result<&'b [u8]> {
        let Some(bytes) = self.at.checked_add(n).and_then(|end| self.bytes.get(self.at..end)) else {
            return error("the bundle ends in the middle of a value");
        };
        self.at += n;
        Ok(bytes)
    }

    pub(super) fn u8(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }

    pub(super) fn u32_le(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("four bytes")))
    }

    pub(super) fn uint(&mut self) -> Result<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.u8()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        error("a number in the bundle is too long")
    }

    pub(super) fn usize(&mut self) -> Result<usize> {
        usize::try_from(self.uint()?).or_else(|_| error("a number in the bundle is too large"))
    }

    /// A count of items each at least `min_bytes` long: never more than the input could hold,
    /// so a hostile count cannot make a reader reserve memory the bundle does not back.
    pub(super) fn count(&mut self, min_bytes: usize) -> Result<usize> {
        let n = self.usize()?;
        if n.saturating_mul(min_bytes.max(1)) > self.bytes.len() - self.at {
            return error("a list in the bundle is longer than the bundle");
        }
        Ok(n)
    }

    pub(super) fn f64(&mut self) -> Result<f64> {
        Ok(f64::from_bits(u64::from_le_bytes(self.take(8)?.try_into().expect("eight bytes"))))
    }

    pub(super) fn str(&mut self) -> Result<&'b str> {
        let len = self.usize()?;
        std::str::from_utf8(self.take(len)?).or_else(|_| error("a text in the bundle is not UTF-8"))
    }

    pub(super) fn string(&mut self) -> Result<String> {
        self.str().map(str::to_string)
    }

    pub(super) fn opt_string(&mut self) -> Result<Option<String>> {
        self.option(Reader::string)
    }

    /// A range that must lie on character boundaries of `text`, so slicing with it is safe.
    pub(super) fn range_in(&mut self, text: &str) -> Result<Range<usize>> {
        let start = self.usize()?;
        let end = start.checked_add(self.usize()?);
        match end {
            Some(end) if end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end) => {
                Ok(start..end)
            }
            _ => error("a range in the bundle lies outside its document"),
        }
    }

    pub(super) fn date(&mut self) -> Result<Date> {
        let year = i64::try_from(self.uint()?).unwrap_or(i64::MAX) - 10_000;
        let (month, day) = (self.u8()?, self.u8()?);
        let date = i16::try_from(year)
            .ok()
            .and_then(|y| Date::new(y, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok());
        date.map_or_else(|| error("a date in the bundle is not a calendar date"), Ok)
    }

    pub(super) fn option<T>(&mut self, read: impl FnOnce(&mut Reader<'b>) -> Result<T>) -> Result<Option<T>> {
        match self.u8()? {
            0 => Ok(None),
            1 => read(self).map(Some),
            _ => error("a value in the bundle is neither absent nor present"),
        }
    }

    /// One of `choices`, by its index.
    pub(super) fn choice<T: Copy>(&mut self, choices: &[T], what: &str) -> Result<T> {
        let k = self.u8()? as usize;
        choices.get(k).copied().map_or_else(|| error(format!("the bundle has an unknown {what}")), Ok)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_strings_and_dates_round_trip() {
        let mut w = Writer::default();
        for v in [0u64, 1, 127, 128, 300, u64::MAX] {
            w.uint(v);
        }
        w.str("Kim Jong Un — 김정은");
        w.date("2024-10-28".parse().unwrap());
        w.date(Date::constant(-44, 3, 15));
        w.f64(-0.25);
        let mut r = Reader::new(&w.bytes);
        for v in [0u64, 1, 127, 128, 300, u64::MAX] {
            assert_eq!(r.uint().unwrap(), v);
        }
        assert_eq!(r.str().unwrap(), "Kim Jong Un — 김정은");
        assert_eq!(r.date().unwrap().to_string(), "2024-10-28");
        assert_eq!(r.date().unwrap().to_string(), "-000044-03-15");
        assert_eq!(r.f64().unwrap(), -0.25);
        assert!(r.is_done());
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        assert!(Reader::new(&[0x80; 20]).uint().is_err(), "an endless integer");
        assert!(Reader::new(&[5, b'a']).str().is_err(), "a string longer than the input");
        assert!(Reader::new(&[2, 0xff, 0xfe]).str().is_err(), "not UTF-8");
        assert!(Reader::new(&[0xff, 0xff, 0xff, 0xff, 0x0f]).count(1).is_err(), "a huge count");
        let text = "é";
        assert!(Reader::new(&[1, 0]).range_in(text).is_err(), "inside a character");
        assert!(Reader::new(&[0, 9]).range_in(text).is_err(), "past the end");
        assert_eq!(Reader::new(&[0, 2]).range_in(text).unwrap(), 0..2);
        assert!(Reader::new(&[0x90, 0x4e, 2, 30]).date().is_err(), "February 30th");
        assert!(Reader::new(&[2]).option(Reader::u8).is_err());
        assert!(Reader::new(&[7]).choice(&['a', 'b'], "letter").is_err());
    }
}
