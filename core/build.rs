//! Trims the gazetteers for embedding: comment lines go, and the files whose extra columns the
//! engine does not read (country codes, populations, subdivision types) keep only the name. The
//! committed files keep everything, for provenance and review; the wasm carries what is used.

use std::path::Path;

/// (file, columns kept; `None` keeps every column).
const FILES: &[(&str, Option<usize>)] = &[
    ("countries.tsv", None),
    ("cities.tsv", Some(1)),
    ("places_extra.tsv", Some(1)),
    ("subdivisions.tsv", Some(1)),
    ("regions.tsv", None),
    ("groups.tsv", None),
    ("orgs.tsv", Some(2)),
    ("companies.tsv", Some(2)),
    ("clubs.tsv", Some(3)),
    ("given_names.txt", None),
    ("given_names_extra.txt", None),
    ("surnames_east_asian.txt", None),
    ("titles.txt", None),
];

fn main() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/gazetteer");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("gazetteer");
    std::fs::create_dir_all(&out).expect("OUT_DIR is writable");
    for (file, columns) in FILES {
        let path = source.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut trimmed = String::with_capacity(text.len());
        for line in text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let kept: Vec<&str> = match columns {
                Some(n) => line.split('\t').take(*n).collect(),
                None => vec![line],
            };
            trimmed.push_str(&kept.join("\t"));
            trimmed.push('\n');
        }
        std::fs::write(out.join(file), trimmed).expect("OUT_DIR is writable");
    }
}
