//! `sitemap.xml` (every page in every language, with its alternates) and `robots.txt`, for a
//! site whose origin is known: a sitemap names absolute addresses only.

/// A sitemap of `pages`: for each route, its address in every language (English first).
pub fn sitemap(origin: &str, pages: &[Vec<String>]) -> String {
    let origin = origin.trim_end_matches('/');
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for languages in pages {
        for address in languages {
            xml.push_str(&format!(
                "  <url>\n    <loc>{}</loc>\n",
                super::page::attr(&format!("{origin}{address}"))
            ));
            for (lang, other) in ["en", "ru", "kk"].iter().zip(languages) {
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{}\"/>\n",
                    super::page::attr(&format!("{origin}{other}"))
                ));
            }
            if let Some(english) = languages.first() {
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n",
                    super::page::attr(&format!("{origin}{english}"))
                ));
            }
            xml.push_str("  </url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

/// Every page may be crawled; the sitemap is named.
pub fn robots(origin: &str, base: &str) -> String {
    format!(
        "User-agent: *\nAllow: /\nSitemap: {}{}/sitemap.xml\n",
        origin.trim_end_matches('/'),
        base.trim_end_matches('/')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_names_the_others_and_english_is_the_default() {
        let pages = vec![vec![
            "/m/events".to_string(),
            "/m/ru/events".to_string(),
            "/m/kk/events".to_string(),
        ]];
        let xml = sitemap("https://example.org/", &pages);
        assert_eq!(xml.matches("<url>").count(), 3);
        assert!(xml.contains("<loc>https://example.org/m/kk/events</loc>"));
        assert_eq!(
            xml.matches("hreflang=\"x-default\" href=\"https://example.org/m/events\"")
                .count(),
            3
        );
        assert_eq!(
            robots("https://example.org", "/m/"),
            "User-agent: *\nAllow: /\nSitemap: https://example.org/m/sitemap.xml\n"
        );
    }
}
