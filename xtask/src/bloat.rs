//! Where the wasm's bytes go, by crate: function bodies grouped by the crate their (demangled)
//! name starts with, and the data segments, from the wasm before wasm-opt strips the names.

use std::collections::HashMap;

use wasmparser::{KnownCustom, Name, Parser, Payload};

use crate::Result;

/// (owner, bytes), largest first: crates by name, plus "data" for the data segments.
pub fn by_crate(wasm: &[u8]) -> Result<Vec<(String, usize)>> {
    let mut sizes: Vec<usize> = Vec::new();
    let mut names: HashMap<u32, String> = HashMap::new();
    let mut imported = 0u32;
    let mut data = 0usize;
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| e.to_string())? {
            Payload::ImportSection(imports) => {
                for import in imports.into_imports() {
                    if matches!(import.map_err(|e| e.to_string())?.ty, wasmparser::TypeRef::Func(_)) {
                        imported += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => sizes.push(span(body.range())),
            Payload::DataSection(section) => data += span(section.range()),
            Payload::CustomSection(section) => {
                if let KnownCustom::Name(reader) = section.as_known() {
                    for name in reader {
                        if let Name::Function(map) = name.map_err(|e| e.to_string())? {
                            for naming in map {
                                let naming = naming.map_err(|e| e.to_string())?;
                                names.insert(naming.index, naming.name.to_string());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut totals: HashMap<String, usize> = HashMap::new();
    for (i, size) in sizes.iter().enumerate() {
        let name = names
            .get(&(imported + i as u32))
            .map_or("(unnamed)".to_string(), |n| rustc_demangle::demangle(n).to_string());
        *totals.entry(owner(&name)).or_default() += size;
    }
    totals.insert("data (gazetteers, corpus, strings)".to_string(), data);
    let mut out: Vec<(String, usize)> = totals.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(out)
}

fn span<T: TryInto<usize> + std::ops::Sub<Output = T>>(range: std::ops::Range<T>) -> usize {
    (range.end - range.start).try_into().unwrap_or(0)
}

/// The crate a demangled function name belongs to: `<yew::html::X as T>::f` → `yew`,
/// `core[1234]::fmt::f` → `core`, `newslens_core::analysis::analyze` → `newslens_core`.
fn owner(name: &str) -> String {
    let name = name.trim_start_matches('<').trim_start_matches('&').trim_start_matches("mut ");
    let end = name.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(name.len());
    match &name[..end] {
        "" => "(other)".to_string(),
        "alloc" | "core" | "std" | "str" | "dlmalloc" => "std (core, alloc, dlmalloc)".to_string(),
        owner => owner.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owners_are_crates() {
        assert_eq!(owner("<yew::html::Comp<C> as yew::Stateful>::view"), "yew");
        assert_eq!(owner("core[c5930c85a12de822]::fmt::write"), "std (core, alloc, dlmalloc)");
        assert_eq!(owner("newslens_core::analysis::analyze"), "newslens_core");
        assert_eq!(owner("<&mut serde_json::Ser as serde::Serializer>::x"), "serde_json");
    }
}
