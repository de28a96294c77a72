//! Generates the typed translation module from `locales/{en,ru,kk}.json`: a missing key or a
//! wrong interpolation name is a compile error.

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
    let infos = match config.and_then(TranslationsInfos::parse) {
        Ok(infos) => infos,
        Err(e) => panic!("locales/*.json: {e}"),
    };
    infos.rerun_if_locales_changed();
    infos.emit_diagnostics();
    let dir = PathBuf::from(out_dir).join("i18n");
    if let Err(e) = infos.generate_i18n_module(dir.clone()) {
        panic!("generating the translation module: {e}");
    }
    locales_as_constants(&dir.join("mod.rs"));
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
