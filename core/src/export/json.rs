//! JSON written by hand (RFC 8259), so that no serialiser ships in the wasm: a [`Json`] value
//! tree and the one string escaper.
//!
//! The output is byte for byte what `serde_json` writes for the same value (keys in the order
//! given, strings escaped as it escapes them, floats in its shortest form), so the CLI can use
//! this writer and keep its output. Property tests check it against `serde_json`; the one
//! difference is a float of 17 significant digits with two shortest forms, where the last
//! digit may differ (both read back as the same float).

use std::fmt::Write as _;

/// A JSON value. Objects keep their keys in the order given.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A float in its shortest form that reads back the same (`0.9`, `1e+20`, `10000.0`);
    /// `null` when not finite, as JSON has no NaN or infinity.
    Float(f64),
    /// A string, escaped when written.
    Str(String),
    /// An array.
    Array(Vec<Json>),
    /// An object, its members in this order.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// An object from `(key, value)` pairs, in this order.
    pub fn object<'a>(members: impl IntoIterator<Item = (&'a str, Json)>) -> Json {
        Json::Object(members.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
    }

    /// A string value.
    pub fn str(s: &str) -> Json {
        Json::Str(s.to_string())
    }

    /// A string, or `null` for `None`.
    pub fn opt(s: Option<&str>) -> Json {
        s.map_or(Json::Null, Json::str)
    }

    /// A number as NewsLens writes one: a whole number without a fraction (`10000`, not
    /// `10000.0`) when it fits exactly, else the shortest float.
    ///
    /// # Example
    /// ```
    /// use newslens_core::export::json::Json;
    /// assert_eq!(Json::number(10000.0).to_string(), "10000");
    /// assert_eq!(Json::number(0.9).to_string(), "0.9");
    /// ```
    pub fn number(v: f64) -> Json {
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            Json::Int(v as i64)
        } else {
            Json::Float(v)
        }
    }

    /// Appends the value to `out`, compact (no spaces), as `serde_json::to_string` does.
    pub fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Int(n) => {
                let _ = write!(out, "{n}");
            }
            Json::Float(v) => write_float(out, *v),
            Json::Str(s) => write_str(out, s),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(out, key);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

impl std::fmt::Display for Json {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut out = String::new();
        self.write(&mut out);
        f.write_str(&out)
    }
}

/// Appends `s` as a JSON string literal: `"` and `\` escaped, the control characters below
/// U+0020 as `\b \f \n \r \t` or `\u00XX`; everything else, non-ASCII included, as it is
/// (UTF-8).
///
/// # Example
/// ```
/// let mut out = String::new();
/// newslens_core::export::json::write_str(&mut out, "say \"hi\"\n\u{1}é");
/// assert_eq!(out, "\"say \\\"hi\\\"\\n\\u0001é\"");
/// ```
pub fn write_str(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    let mut plain = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        // Every byte matched above is ASCII, so `i` is a character boundary.
        out.push_str(&s[plain..i]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{b:04x}");
        } else {
            out.push_str(escape);
        }
        plain = i + 1;
    }
    out.push_str(&s[plain..]);
    out.push('"');
}

/// Appends a finite float in the shortest form that reads back the same, laid out as
/// `serde_json` lays it out: `1.0`, `0.001`, `123.45`, `1e+20`, `1.5e-7`; `null`
/// when not finite.
fn write_float(out: &mut String, v: f64) {
    if !v.is_finite() {
        out.push_str("null");
        return;
    }
    if v == 0.0 {
        out.push_str(if v.is_sign_negative() { "-0.0" } else { "0.0" });
        return;
    }
    // Rust's `{:e}` gives the same shortest digits: "-1.2345e-7", "1e20".
    let scientific = format!("{v:e}");
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let (negative, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mantissa),
    };
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let length = digits.len() as i32;
    // The value is 0.DIGITS × 10^point.
    let point = exponent + 1;
    if negative {
        out.push('-');
    }
    let zeros = |out: &mut String, n: i32| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    if length <= point && point <= 16 {
        out.push_str(&digits);
        zeros(out, point - length);
        out.push_str(".0");
    } else if 0 < point && point <= 16 {
        out.push_str(&digits[..point as usize]);
        out.push('.');
        out.push_str(&digits[point as usize..]);
    } else if -5 < point && point <= 0 {
        out.push_str("0.");
        zeros(out, -point);
        out.push_str(&digits);
    } else {
        out.push_str(&digits[..1]);
        if length > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{:+}", point - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_written_compactly_in_order() {
        let value = Json::object([
            ("b", Json::Array(vec![Json::Int(-1), Json::Float(0.5), Json::Null, Json::Bool(true)])),
            ("a", Json::opt(Some("x\u{7f}\u{1f}"))),
        ]);
        assert_eq!(value.to_string(), "{\"b\":[-1,0.5,null,true],\"a\":\"x\u{7f}\\u001f\"}");
    }

    #[test]
    fn floats_take_ryu_layout() {
        let table = [
            (1.0, "1.0"),
            (0.9, "0.9"),
            (10000.0, "10000.0"),
            (1e15, "1000000000000000.0"),
            (1e16, "1e+16"),
            (1.5e16, "1.5e+16"),
            (123.456, "123.456"),
            (0.0001, "0.0001"),
            (0.00001, "0.00001"),
            (0.000001, "1e-6"),
            (1.25e-7, "1.25e-7"),
            (-2.5, "-2.5"),
            (f64::NAN, "null"),
            (f64::INFINITY, "null"),
        ];
        for (v, text) in table {
            assert_eq!(Json::Float(v).to_string(), text, "{v:?}");
        }
    }
}
