//! What the interface says, and how it writes numbers, dates and amounts, in English, Russian and
//! Kazakh. The words live in `locales/*.json`; `build.rs` turns them into the typed module
//! `keys`, so a missing key is a compile error. Plain Rust, no browser imports, tested natively.

pub mod collate;
pub mod format;
pub mod labels;
pub mod messages;
pub mod plural_rules;
pub mod sentences;

#[allow(
    clippy::all,
    missing_docs,
    non_snake_case,
    non_camel_case_types,
    unused
)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));
}

pub use generated::i18n::{td, td_string, Locale};
use leptos_i18n::Locale as I18nLocale;

use crate::model::choices::Lang;
use crate::model::snapshot::{Names, Text};

/// Every language of the interface, in the order the switch shows them.
pub const LOCALES: [Locale; 3] = [Locale::kk, Locale::ru, Locale::en];

/// The one language this build of the app carries (the feature `lang-XX` of a pre-rendered
/// page's own app; build.rs), or `None` for all three (the debug build's app, and the native build).
pub const ONLY_LANGUAGE: Option<Locale> = if cfg!(feature = "lang-en") {
    Some(Locale::en)
} else if cfg!(feature = "lang-kk") {
    Some(Locale::kk)
} else if cfg!(feature = "lang-ru") {
    Some(Locale::ru)
} else {
    None
};

/// Whether this build can write the interface in `l`.
pub fn speaks(l: Locale) -> bool {
    ONLY_LANGUAGE.is_none_or(|only| only == l)
}

/// The locale named by `lang=` (`kk`, `ru`, `en`), if it is one.
pub fn locale_named(code: &str) -> Option<Locale> {
    code.parse().ok()
}

/// The interface's locale for a language of the data and the address.
pub fn locale_of(lang: Lang) -> Locale {
    match lang {
        Lang::Kk => Locale::kk,
        Lang::Ru => Locale::ru,
        Lang::En => Locale::en,
    }
}

/// The language a locale speaks, as the data and the address name it.
pub fn lang_of(locale: Locale) -> Lang {
    match locale {
        Locale::kk => Lang::Kk,
        Locale::ru => Lang::Ru,
        Locale::en => Lang::En,
    }
}

/// The code of a locale as `lang=` and `<html lang>` write it.
pub fn code_of(locale: Locale) -> &'static str {
    I18nLocale::as_str(locale)
}

/// A name the snapshot gives in all three languages, in the reader's.
pub fn name_in(names: &Names, l: Locale) -> &str {
    match l {
        Locale::en => &names.en,
        Locale::ru => &names.ru,
        Locale::kk => &names.kk,
    }
}

/// Free text from the snapshot in the reader's language where it has it, else in another
/// (Russian, Kazakh, English, in that order of preference for a Kazakh reader, and so on).
/// The second value names the language the text is in when it is not the reader's.
pub fn text_in(text: &Text, l: Locale) -> Option<(&str, Option<Locale>)> {
    text.for_reader(lang_of(l)).map(|(lang, t)| {
        let other = locale_of(lang);
        (t, (other != l).then_some(other))
    })
}

/// The name of a language in the reader's language: "in English", "на английском".
pub fn language_note(l: Locale, text_lang: Locale) -> &'static str {
    match text_lang {
        Locale::en => td_string!(l, lang.only_in_en),
        Locale::ru => td_string!(l, lang.only_in_ru),
        Locale::kk => td_string!(l, lang.only_in_kk),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_code_names_a_locale() {
        assert_eq!(locale_named("kk"), Some(Locale::kk));
        assert_eq!(locale_named("de"), None);
    }

    #[test]
    fn text_falls_back_to_another_language_and_says_which() {
        let text = Text {
            en: Some("Farm shut".into()),
            ru: Some("Ферма закрыта".into()),
            kk: None,
        };
        assert_eq!(text_in(&text, Locale::en), Some(("Farm shut", None)));
        assert_eq!(text_in(&text, Locale::ru), Some(("Ферма закрыта", None)));
        assert_eq!(
            text_in(&text, Locale::kk),
            Some(("Ферма закрыта", Some(Locale::ru))),
            "a Kazakh reader gets Russian before English"
        );
        let english_only = Text {
            en: Some("Farm shut".into()),
            ..Text::default()
        };
        assert_eq!(
            text_in(&english_only, Locale::ru),
            Some(("Farm shut", Some(Locale::en)))
        );
        assert_eq!(text_in(&Text::default(), Locale::ru), None);
        assert_eq!(
            language_note(Locale::ru, Locale::en),
            "Текст есть только на английском."
        );
    }
}
