//! Text folded for search: lower case, Kazakh and Russian letters to their plain Cyrillic
//! neighbours (қ → к, ә → а, ё → е), Latin letters without accents, everything else a space. A
//! query word matches where its stem (the word without a case or plural ending) appears, so that
//! "Караганда" finds "Карагандинская область" and "Қарағанды облысы".

/// The folded form of a text: words of folded letters and digits, one space apart.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.chars().flat_map(char::to_lowercase) {
        match plain(c) {
            Some(p) => {
                out.push(p);
                space = false;
            }
            None if !space => {
                out.push(' ');
                space = true;
            }
            None => {}
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A lower-case letter or digit as search compares it; `None` for anything that separates words.
fn plain(c: char) -> Option<char> {
    let p = match c {
        'ә' => 'а',
        'ғ' => 'г',
        'қ' => 'к',
        'ң' => 'н',
        'ө' => 'о',
        'ұ' | 'ү' => 'у',
        'һ' => 'х',
        'і' => 'и',
        'ё' => 'е',
        'й' => 'и',
        'ъ' => 'ь',
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' => 'e',
        'ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => 'i',
        'ñ' | 'ń' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ō' => 'o',
        'ş' | 'š' => 's',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'ý' | 'ÿ' => 'y',
        'ž' => 'z',
        c if c.is_alphanumeric() => c,
        _ => return None,
    };
    Some(p)
}

/// Endings a query word loses before it is looked for (folded): Russian and Kazakh case and
/// number endings, and the English plural. Longest first.
const ENDINGS: [&str; 40] = [
    "ского",
    "ская",
    "ский",
    "ское",
    "ские",
    "ами",
    "ями",
    "ого",
    "его",
    "ому",
    "ему",
    "ыми",
    "ими",
    "ая",
    "яя",
    "ое",
    "ее",
    "ые",
    "ие",
    "ои",
    "еи",
    "ии",
    "ыи",
    "ом",
    "ем",
    "ах",
    "ях",
    "ов",
    "ев",
    "а",
    "я",
    "ы",
    "и",
    "е",
    "о",
    "у",
    "ю",
    "ь",
    "es",
    "s",
];

/// A word's stem: without the longest ending that leaves at least four letters.
fn stem(word: &str) -> &str {
    for ending in ENDINGS {
        if let Some(rest) = word.strip_suffix(ending) {
            if rest.chars().count() >= 4 {
                return rest;
            }
        }
    }
    word
}

/// A search query: its folded words' stems. Empty when the query has no letter or digit.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    stems: Vec<String>,
}

impl Query {
    pub fn new(text: &str) -> Self {
        Query {
            stems: fold(text)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(|w| stem(w).to_string())
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.stems.is_empty()
    }

    /// Whether every word of the query appears in a folded text.
    pub fn matches(&self, folded: &str) -> bool {
        self.stems.iter().all(|s| folded.contains(s.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_joins_kazakh_russian_and_latin_spellings() {
        assert_eq!(fold("Қарағанды облысы"), "караганды облысы");
        assert_eq!(fold("ЁЛКА, Ёж!"), "елка еж");
        assert_eq!(fold("  AFM / КНБ — Şymkent  "), "afm кнб symkent");
        assert_eq!(fold("Өскемен"), "оскемен");
    }

    #[test]
    fn a_region_named_in_one_form_finds_the_others() {
        let q = Query::new("Караганда");
        assert!(q.matches(&fold("Карагандинская область")));
        assert!(q.matches(&fold("в Карагандинской области")));
        assert!(q.matches(&fold("Қарағанды облысы")));
        assert!(!q.matches(&fold("Павлодарская область")));
    }

    #[test]
    fn every_word_of_the_query_must_appear() {
        let q = Query::new("ферма Павлодар");
        assert!(q.matches(&fold("Ферму закрыли в Павлодарской области")));
        assert!(!q.matches(&fold("Ферму закрыли в Карагандинской области")));
        assert!(Query::new("farms").matches(&fold("a farm was shut")));
        assert!(Query::new(" ,.; ").is_empty());
        assert!(Query::new("").matches("anything"));
    }

    #[test]
    fn short_words_keep_their_endings() {
        assert_eq!(stem("афм"), "афм");
        assert_eq!(stem("дома"), "дома");
        assert_eq!(stem("карагандинская"), "карагандин");
    }
}
