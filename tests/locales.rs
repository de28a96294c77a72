//! Every interface string exists in English, Russian and Kazakh, with the plural forms each
//! language needs, the same placeholders and the same inline elements; and none is left in
//! English by mistake.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

const PLURAL_SUFFIXES: [&str; 6] = ["_zero", "_one", "_two", "_few", "_many", "_other"];

fn load(lang: &str) -> BTreeMap<String, String> {
    let path = format!("{}/locales/{lang}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = BTreeMap::new();
    flatten("", &value, &mut out);
    out
}

fn flatten(prefix: &str, value: &Value, out: &mut BTreeMap<String, String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                flatten(&format!("{prefix}{k}."), v, out);
            }
        }
        Value::String(s) => {
            out.insert(prefix.trim_end_matches('.').to_string(), s.clone());
        }
        other => panic!("{prefix}: not a string: {other}"),
    }
}

/// `summary.report_few` → (`summary.report`, Some("few")).
fn split_plural(key: &str) -> (String, Option<&'static str>) {
    for suffix in PLURAL_SUFFIXES {
        if let Some(base) = key.strip_suffix(suffix) {
            return (base.to_string(), Some(&suffix[1..]));
        }
    }
    (key.to_string(), None)
}

/// Base key → the plural forms it has (empty for a plain string).
fn forms(strings: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<&'static str>> {
    let mut out: BTreeMap<String, BTreeSet<&'static str>> = BTreeMap::new();
    for key in strings.keys() {
        let (base, form) = split_plural(key);
        let entry = out.entry(base).or_default();
        if let Some(form) = form {
            entry.insert(form);
        }
    }
    out
}

/// The `{{ name }}` placeholders and `<tag>` elements of a string.
fn slots(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let Some(end) = rest[start..].find("}}") else {
            break;
        };
        out.insert(rest[start + 2..start + end].trim().to_string());
        rest = &rest[start + end + 2..];
    }
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        out.insert(rest[start..start + end + 1].to_string());
        rest = &rest[start + end + 1..];
    }
    out
}

fn slots_by_base(strings: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (key, text) in strings {
        out.entry(split_plural(key).0)
            .or_default()
            .extend(slots(text));
    }
    out
}

#[test]
fn every_string_exists_in_all_three_languages() {
    let en = forms(&load("en"));
    for lang in ["ru", "kk"] {
        let other = forms(&load(lang));
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang}.json lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang}.json has keys English lacks: {extra:?}"
        );
    }
    assert!(en.len() > 250, "the interface has {} strings", en.len());
}

#[test]
fn plural_strings_have_every_form_their_language_uses() {
    // CLDR: English and Kazakh distinguish one/other; Russian one/few/many/other.
    let needs: [(&str, &[&str]); 3] = [
        ("en", &["one", "other"]),
        ("kk", &["one", "other"]),
        ("ru", &["one", "few", "many", "other"]),
    ];
    let en_plurals: BTreeSet<String> = forms(&load("en"))
        .into_iter()
        .filter(|(_, f)| !f.is_empty())
        .map(|(k, _)| k)
        .collect();
    assert!(en_plurals.contains("summary.headline"));
    for (lang, wanted) in needs {
        for (base, have) in forms(&load(lang)) {
            if have.is_empty() {
                assert!(!en_plurals.contains(&base), "{lang}: {base} is not plural");
                continue;
            }
            let wanted: BTreeSet<&str> = wanted.iter().copied().collect();
            assert_eq!(have, wanted, "{lang}: plural forms of {base}");
        }
    }
}

#[test]
fn translations_keep_every_placeholder_and_element() {
    let en = slots_by_base(&load("en"));
    for lang in ["ru", "kk"] {
        for (base, slots) in slots_by_base(&load(lang)) {
            assert_eq!(Some(&slots), en.get(&base), "{lang}: {base}");
        }
    }
}

#[test]
fn no_string_is_left_untranslated() {
    // Strings that are the same in every language: symbols, patterns and names.
    let same_everywhere = [
        "fmt.day_month_year",
        "fmt.month_year",
        "summary.figure",
        "summary.list_separator",
        "line.between",
        "tile.credit",
        "stats.period",
    ];
    let en = load("en");
    for lang in ["ru", "kk"] {
        for (key, text) in load(lang) {
            assert!(!text.is_empty(), "{lang}: {key} is empty");
            if same_everywhere.contains(&key.as_str()) || key.starts_with("fmt.months") {
                continue;
            }
            let english = en.get(&key).or_else(|| {
                let (base, _) = split_plural(&key);
                en.get(&format!("{base}_other"))
            });
            if english == Some(&text) {
                let allowed = ["operation"].iter().any(|k| key.ends_with(k));
                assert!(allowed, "{lang}: {key} is still in English: {text}");
            }
        }
    }
}
