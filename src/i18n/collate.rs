//! Alphabetical order as each language's reader expects it: Kazakh letters in the Kazakh
//! alphabet's places (ә after а, ғ after г, қ after к, і after ы…), the same letters in a Russian
//! list next to the Russian letter they look like, Latin A–Z for English. The generic word for a
//! region ("область" before a name, as in "область Абай") is not sorted on.

use super::Locale;

const KAZAKH: &str = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
const RUSSIAN: &str = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

/// Where a Kazakh letter goes in a Russian list: beside the letter it is written like.
fn russian_base(c: char) -> (char, u32) {
    match c {
        'ә' => ('а', 1),
        'ғ' => ('г', 1),
        'қ' => ('к', 1),
        'ң' => ('н', 1),
        'ө' => ('о', 1),
        'ұ' => ('у', 1),
        'ү' => ('у', 2),
        'һ' => ('х', 1),
        'і' => ('и', 1),
        other => (other, 0),
    }
}

/// The key a name is sorted by in language `l`.
pub fn sort_key(l: Locale, name: &str) -> Vec<(u32, u32)> {
    let lower = name.trim().to_lowercase();
    let name = lower.strip_prefix("область ").unwrap_or(&lower);
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| {
            let (base, second) = match l {
                Locale::ru => russian_base(c),
                _ => (c, 0),
            };
            let alphabet = match l {
                Locale::kk => KAZAKH,
                Locale::ru => RUSSIAN,
                Locale::en => "",
            };
            let place = alphabet
                .chars()
                .position(|a| a == base)
                .map(|p| p as u32 + 1);
            match place {
                Some(p) => (10_000 + p, second),
                // Latin, digits and anything else by code point; Latin before Cyrillic
                None => (u32::from(base), second),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(l: Locale, names: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        v.sort_by_key(|n| sort_key(l, n));
        v
    }

    #[test]
    fn english_sorts_a_to_z_whatever_the_case() {
        assert_eq!(
            sorted(
                Locale::en,
                &[
                    "West Kazakhstan Region",
                    "Atyrau Region",
                    "abai Region",
                    "Zhambyl Region"
                ]
            ),
            [
                "abai Region",
                "Atyrau Region",
                "West Kazakhstan Region",
                "Zhambyl Region"
            ]
        );
    }

    #[test]
    fn kazakh_letters_take_their_places_in_the_kazakh_alphabet() {
        assert_eq!(
            sorted(
                Locale::kk,
                &[
                    "Ұлытау облысы",
                    "Түркістан облысы",
                    "Ақмола облысы",
                    "Абай облысы",
                    "Үржар",
                    "Іле"
                ]
            ),
            [
                "Абай облысы",
                "Ақмола облысы",
                "Түркістан облысы",
                "Ұлытау облысы",
                "Үржар",
                "Іле"
            ]
        );
    }

    #[test]
    fn russian_sorts_on_the_name_not_the_word_for_region() {
        assert_eq!(
            sorted(
                Locale::ru,
                &[
                    "область Ұлытау",
                    "Туркестанская область",
                    "область Абай",
                    "Акмолинская область",
                    "Ёлкино",
                    "Жамбылская область"
                ]
            ),
            [
                "область Абай",
                "Акмолинская область",
                "Ёлкино",
                "Жамбылская область",
                "Туркестанская область",
                "область Ұлытау"
            ]
        );
    }
}
