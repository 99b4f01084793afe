//! WCAG contrast of the stylesheet's colours: text on every highlight background, and muted
//! text on the page, in the light and the dark theme. Run by `cargo test -p xtask`.

/// The custom properties of the first `:root { ... }` block after `from`.
fn variables(css: &str, from: usize) -> Vec<(String, String)> {
    let start = css[from..].find(":root {").map(|i| from + i).expect("a :root block");
    let end = css[start..].find('}').map(|i| start + i).expect("a closed :root block");
    css[start + ":root {".len()..end]
        .split(';')
        .filter_map(|decl| {
            let decl =
                decl.lines().filter(|l| !l.trim_start().starts_with("/*")).collect::<Vec<_>>().join(" ");
            let (name, value) = decl.split_once(':')?;
            let value = value.split("/*").next()?.trim();
            (name.trim().starts_with("--") && value.starts_with('#'))
                .then(|| (name.trim().to_string(), value.to_string()))
        })
        .collect()
}

fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).expect("a hex colour")) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/// The WCAG 2 contrast ratio of two `#rrggbb` colours.
pub fn ratio(a: &str, b: &str) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_meets_wcag_aa_in_both_themes() {
        let css = std::fs::read_to_string(crate::root().join("www/style.css")).unwrap();
        let dark_at = css.find("@media (prefers-color-scheme: dark)").unwrap();
        let highlights_at = css.find("/* Reading view").unwrap();
        let dark_highlights_at =
            css[highlights_at..].find("@media (prefers-color-scheme: dark)").unwrap() + highlights_at;
        let themes = [
            ("light", [variables(&css, 0), variables(&css, highlights_at)].concat()),
            ("dark", [variables(&css, dark_at), variables(&css, dark_highlights_at)].concat()),
        ];
        for (theme, vars) in themes {
            let get = |name: &str| vars.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap();
            let mut checked = 0;
            for (name, background) in
                vars.iter().filter(|(n, _)| n.starts_with("--hl-") && !n.starts_with("--hl-line"))
            {
                let r = ratio(&get("--fg"), background);
                assert!(r >= 4.5, "{theme}: text on {name} is {r:.2}:1");
                checked += 1;
            }
            for muted in ["--fg-muted", "--fg-faint", "--accent"] {
                let r = ratio(&get(muted), &get("--bg"));
                assert!(r >= 4.5, "{theme}: {muted} on the page is {r:.2}:1");
            }
            assert_eq!(checked, 8, "{theme}: every highlight background is checked");
        }
    }

    #[test]
    fn ratio_matches_the_wcag_examples() {
        assert!((ratio("#000000", "#ffffff") - 21.0).abs() < 1e-9);
        assert!((ratio("#777777", "#ffffff") - 4.48).abs() < 0.01);
    }
}
