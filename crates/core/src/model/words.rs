//! The data's closed sets of words (a confidence, a scope, a metric, …), read from JSON by one
//! shared reader.
//!
//! serde's derive gives each such enum a reader of its own, about a kilobyte of WebAssembly each
//! before wasm-opt; here every enum hands its words to the one [`OneOf`] visitor, which gives back
//! the word's place, and the enum's own code is a lookup. A word that is not one of them gets
//! serde's own message ("unknown variant `x`, expected one of `a`, `b`"), with the line and column
//! the parser adds. Writing stays serde's derive: the tests check both agree on every word.

use serde::de::{Error, Visitor};
use std::fmt;

/// Reads a string that must be one of `words`; gives its place among them.
pub(crate) struct OneOf(pub &'static [&'static str]);

impl Visitor<'_> for OneOf {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("one of ")?;
        for (i, word) in self.0.iter().enumerate() {
            let sep = if i == 0 { "" } else { ", " };
            write!(f, "{sep}`{word}`")?;
        }
        Ok(())
    }

    fn visit_str<E: Error>(self, word: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|w| *w == word)
            .ok_or_else(|| E::unknown_variant(word, self.0))
    }
}

/// The one of `all` whose word (at the same place in `words`) `d` gives.
pub(crate) fn read_one_of<'de, D, T>(
    d: D,
    all: &[T],
    words: &'static [&'static str],
) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Copy,
{
    let at = d.deserialize_str(OneOf(words))?;
    all.get(at)
        .copied()
        .ok_or_else(|| D::Error::custom("a word with no variant"))
}

/// Gives each enum `$ty` a `Deserialize` that reads `$word` as `$variant` (and nothing else) through
/// [`OneOf`], and `WORDS`, its variants with their words, for the tests.
macro_rules! read_as_words {
    ($($ty:ty { $($variant:expr => $word:literal),+ $(,)? })+) => {$(
        impl $ty {
            /// Each variant the data may give, with the word it is written as.
            #[allow(dead_code)]
            pub(crate) const WORDS: &'static [($ty, &'static str)] = &[$(($variant, $word)),+];
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $crate::model::words::read_one_of(d, &[$($variant),+], &[$($word),+])
            }
        }
    )+};
}

pub(crate) use read_as_words;

#[cfg(test)]
mod tests {
    use crate::model::changes::Change;
    use crate::model::dates::DatePrecision;
    use crate::model::metric::{Metric, Qualifier};
    use crate::model::snapshot::{Confidence, RegionKind, Scope};
    use serde::de::DeserializeOwned;
    use serde::Serialize;
    use std::fmt::Debug;

    /// Every word reads as its variant and is what serde's derive writes for it; anything else is
    /// refused with the words that would be right.
    fn agrees<T>(words: &[(T, &str)])
    where
        T: DeserializeOwned + Serialize + PartialEq + Debug + Copy,
    {
        for (variant, word) in words {
            let json = format!("\"{word}\"");
            assert_eq!(serde_json::from_str::<T>(&json).ok(), Some(*variant));
            assert_eq!(serde_json::to_string(variant).ok(), Some(json));
        }
        let Some((_, first)) = words.first() else {
            panic!("no words")
        };
        let upper = format!("\"{}\"", first.to_uppercase());
        let refused = serde_json::from_str::<T>(&upper)
            .err()
            .map(|e| e.to_string());
        let message = refused.unwrap_or_default();
        assert!(message.contains("unknown variant"), "{message}");
        for (_, word) in words {
            assert!(message.contains(&format!("`{word}`")), "{message}");
        }
        let not_text = serde_json::from_str::<T>("3").err().map(|e| e.to_string());
        assert!(not_text.unwrap_or_default().contains("expected one of"));
    }

    #[test]
    fn every_word_of_the_data_reads_as_serde_writes_it() {
        agrees(Change::WORDS);
        agrees(DatePrecision::WORDS);
        agrees(&Metric::ALL.map(|m| (m, m.as_str())));
        agrees(Qualifier::WORDS);
        agrees(Confidence::WORDS);
        agrees(RegionKind::WORDS);
        agrees(Scope::WORDS);
    }
}
