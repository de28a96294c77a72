//! The reader's language in the address: English at the site's root, Kazakh under `/kk/` and
//! Russian under `/ru/` (`/minewatch/kk/events/ID`). Each language's page is a file of its own,
//! so a link opens, previews and is indexed in its own language. Old links that say `lang=`
//! (`/events?lang=kk`) are moved to the path that language has.

use crate::model::choices::Lang;

/// What goes between the site's base and the route: `""` for English, `/kk`, `/ru`.
pub fn prefix(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "",
        Lang::Kk => "/kk",
        Lang::Ru => "/ru",
    }
}

/// A path inside the site (`/kk/events/x`, without the site's base) split into its language and
/// the route (`/events/x`, always starting with `/`). A path without a language is English.
pub fn split(path: &str) -> (Lang, &str) {
    for lang in [Lang::Kk, Lang::Ru] {
        let p = prefix(lang);
        if let Some(rest) = path.strip_prefix(p) {
            if rest.is_empty() {
                return (lang, "/");
            }
            if rest.starts_with('/') {
                return (lang, rest);
            }
        }
    }
    (Lang::En, if path.is_empty() { "/" } else { path })
}

/// The address of `route` (`/events`, a path inside the site) in `lang` under the site's `base`
/// (`""` or `/minewatch`), with `query` (without `?`) when it is not empty.
pub fn address(base: &str, lang: Lang, route: &str, query: &str) -> String {
    let base = base.trim_end_matches('/');
    let route = if route.is_empty() { "/" } else { route };
    // the English dashboard is the site's root: `/minewatch/`; another language's is `/minewatch/kk/`
    let path = match (lang, route) {
        (Lang::En, r) => format!("{base}{r}"),
        (l, "/") => format!("{base}{}/", prefix(l)),
        (l, r) => format!("{base}{}{r}", prefix(l)),
    };
    if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    }
}

/// Where an old link (`lang=` in its query) belongs: the same route and query, without `lang=`,
/// in that language's path. `None` when the query names no language this site speaks.
pub fn moved(base: &str, path_in_site: &str, query: &[(String, String)]) -> Option<String> {
    let lang: Lang = query
        .iter()
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| v.parse().ok())?;
    let (_, route) = split(path_in_site);
    let rest: Vec<String> = query
        .iter()
        .filter(|(k, _)| k != "lang")
        .map(|(k, v)| {
            format!(
                "{}={}",
                crate::url_state::encode(k),
                crate::url_state::encode(v)
            )
        })
        .collect();
    Some(address(base, lang, route, &rest.join("&")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_names_its_language_and_english_has_none() {
        assert_eq!(split("/kk/events/x"), (Lang::Kk, "/events/x"));
        assert_eq!(split("/ru"), (Lang::Ru, "/"));
        assert_eq!(split("/ru/"), (Lang::Ru, "/"));
        assert_eq!(split("/events"), (Lang::En, "/events"));
        assert_eq!(split(""), (Lang::En, "/"));
        assert_eq!(
            split("/kkx/events"),
            (Lang::En, "/kkx/events"),
            "not a language"
        );
        assert_eq!(split("/regions/KZ-ru"), (Lang::En, "/regions/KZ-ru"));
    }

    #[test]
    fn addresses_under_the_base_in_each_language() {
        assert_eq!(address("/minewatch", Lang::En, "/", ""), "/minewatch/");
        assert_eq!(address("/minewatch/", Lang::Kk, "/", ""), "/minewatch/kk/");
        assert_eq!(
            address("", Lang::Ru, "/events", "region=KZ-35"),
            "/ru/events?region=KZ-35"
        );
        assert_eq!(address("", Lang::En, "/", "from=2022"), "/?from=2022");
        for lang in Lang::ALL {
            let a = address("/m", lang, "/events/x", "");
            let (found, route) = split(a.strip_prefix("/m").unwrap_or(&a));
            assert_eq!((found, route), (lang, "/events/x"), "{a} round-trips");
        }
    }

    #[test]
    fn an_old_lang_link_moves_to_its_language_path_and_keeps_the_rest() {
        let q = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        assert_eq!(
            moved(
                "/minewatch",
                "/events",
                &q(&[("region", "KZ-35"), ("lang", "kk"), ("q", "ферма х")])
            ),
            Some(
                "/minewatch/kk/events?region=KZ-35&q=%D1%84%D0%B5%D1%80%D0%BC%D0%B0%20%D1%85"
                    .into()
            )
        );
        assert_eq!(
            moved("", "/ru/about", &q(&[("lang", "en")])),
            Some("/about".into()),
            "from one language's path to another's"
        );
        assert_eq!(moved("", "/", &q(&[("lang", "ru")])), Some("/ru/".into()));
        assert_eq!(moved("", "/", &q(&[("lang", "de")])), None);
        assert_eq!(moved("", "/", &q(&[("from", "2022")])), None);
    }
}
