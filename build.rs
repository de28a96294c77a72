//! Generates the typed translation module from `locales/{en,ru,kk}.json`: a missing key or a
//! wrong interpolation name is a compile error.
//!
//! With one of the features `lang-en`, `lang-kk`, `lang-ru` (the app a pre-rendered page of that
//! language loads, scripts/language-apps.mjs) the module carries that language's words only: the
//! other two locales are given the same file, so their strings are the same bytes and are merged
//! in the build. That app never shows another language: it does not take over a page of another
//! (`i18n::speaks`).

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        panic!("cargo sets OUT_DIR for build scripts");
    };
    let config = Config::new("en")
        .and_then(|c| c.add_locale("ru"))
        .and_then(|c| c.add_locale("kk"))
        .map(|c| c.parse_options(ParseOptions::new().interpolate_display(true)));
    let out_dir = PathBuf::from(out_dir);
    let only = only_language();
    let parsed = match only {
        Some(code) => {
            println!("cargo::rerun-if-changed=locales/{code}.json");
            let root = one_language_locales(&out_dir, code);
            config.and_then(|c| TranslationsInfos::parse_at_dir(root, c))
        }
        None => config.and_then(TranslationsInfos::parse),
    };
    let infos = match parsed {
        Ok(infos) => infos,
        Err(e) => panic!("locales/*.json: {e}"),
    };
    // A one-language build's copies are its own output (their language's file is watched above),
    // and its notes (Russian plural forms in the "English" copy) are about the copies: the
    // three-language build watches the files and reports the real notes.
    if only.is_none() {
        infos.rerun_if_locales_changed();
        infos.emit_diagnostics();
    }
    let dir = out_dir.join("i18n");
    if let Err(e) = infos.generate_i18n_module(dir.clone()) {
        panic!("generating the translation module: {e}");
    }
    locales_as_constants(&dir.join("mod.rs"));
}

/// The language of the feature `lang-XX`, if one is on (more than one is a mistake in the build).
fn only_language() -> Option<&'static str> {
    let on: Vec<&str> = ["en", "ru", "kk"]
        .into_iter()
        .filter(|code| {
            std::env::var_os(format!("CARGO_FEATURE_LANG_{}", code.to_uppercase())).is_some()
        })
        .collect();
    match on.as_slice() {
        [] => None,
        [code] => Some(code),
        _ => panic!(
            "features lang-{}: an app carries one language or all three",
            on.join(", lang-")
        ),
    }
}

/// A folder `ROOT/locales/` where `en.json`, `ru.json` and `kk.json` are all `locales/CODE.json`.
fn one_language_locales(out_dir: &std::path::Path, code: &str) -> PathBuf {
    let root = out_dir.join("one-language");
    let locales = root.join("locales");
    if let Err(e) = std::fs::create_dir_all(&locales) {
        panic!("creating {}: {e}", locales.display());
    }
    let source = PathBuf::from("locales").join(format!("{code}.json"));
    let words = match std::fs::read(&source) {
        Ok(words) => words,
        Err(e) => panic!("reading {}: {e}", source.display()),
    };
    for name in ["en", "ru", "kk"] {
        let copy = locales.join(format!("{name}.json"));
        // written only when they differ: a copy with a new time would build the app again
        if std::fs::read(&copy).is_ok_and(|old| old == words) {
            continue;
        }
        if let Err(e) = std::fs::write(&copy, &words) {
            panic!("writing {}: {e}", copy.display());
        }
    }
    root
}

/// leptos_i18n's module parses each locale's code ("kk") at run time, the first time it is used,
/// which puts ICU's whole locale parser into the app (about 11 KB of its WebAssembly). The same
/// locales are built at compile time with ICU's `locale!`; the codes are fixed, so nothing is lost.
fn locales_as_constants(module: &std::path::Path) {
    let mut patched = match std::fs::read_to_string(module) {
        Ok(text) => text,
        Err(e) => panic!("reading {}: {e}", module.display()),
    };
    for code in ["en", "ru", "kk"] {
        let parsed = format!("\"{code}\" . parse () . expect (\"Valid locale\")");
        let constant =
            format!("l_i18n_crate :: reexports :: icu :: locid :: locale ! (\"{code}\")");
        if !patched.contains(&parsed) {
            panic!(
                "{}: leptos_i18n no longer writes `{parsed}`; update build.rs's locales_as_constants",
                module.display()
            );
        }
        patched = patched.replace(&parsed, &constant);
    }
    if let Err(e) = std::fs::write(module, patched) {
        panic!("writing {}: {e}", module.display());
    }
}
