//! The reader's choices that the address carries as words (`lang=`, `currency=`, `theme=`), as
//! types: a view never re-checks a string.

use std::fmt;
use std::str::FromStr;

/// A language of the interface and of the editors' titles and summaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Kk,
    Ru,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The ISO 639-1 code, as `lang=` and `<html lang>` write it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }
}

/// A currency a converted total can be shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Currency {
    Kzt,
    Usd,
}

impl Currency {
    /// The ISO 4217 code, as the data and `currency=` write it.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Kzt => "KZT",
            Currency::Usd => "USD",
        }
    }
}

/// An embed's colours: the host page's (`auto`), or fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Theme {
    Light,
    Dark,
    Auto,
}

impl Theme {
    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

macro_rules! words {
    ($($ty:ty => [$($variant:expr),+]),+ $(,)?) => {$(
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.code())
            }
        }

        impl FromStr for $ty {
            type Err = ();
            /// Reads the code in any letter case (`KZT`, `kzt`; `en`, `EN`).
            fn from_str(text: &str) -> Result<Self, ()> {
                [$($variant),+]
                    .into_iter()
                    .find(|v: &$ty| v.code().eq_ignore_ascii_case(text.trim()))
                    .ok_or(())
            }
        }
    )+};
}

words! {
    Lang => [Lang::Kk, Lang::Ru, Lang::En],
    Currency => [Currency::Kzt, Currency::Usd],
    Theme => [Theme::Light, Theme::Dark, Theme::Auto],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_nothing_else_reads() {
        for lang in Lang::ALL {
            assert_eq!(lang.to_string().parse::<Lang>(), Ok(lang));
        }
        assert_eq!("kzt".parse::<Currency>(), Ok(Currency::Kzt));
        assert_eq!("USD".parse::<Currency>(), Ok(Currency::Usd));
        assert_eq!("dark".parse::<Theme>(), Ok(Theme::Dark));
        assert!("de".parse::<Lang>().is_err());
        assert!("EUR".parse::<Currency>().is_err());
        assert!("".parse::<Theme>().is_err());
    }
}
