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
    if let Err(e) = infos.generate_i18n_module(PathBuf::from(out_dir).join("i18n")) {
        panic!("generating the translation module: {e}");
    }
}
