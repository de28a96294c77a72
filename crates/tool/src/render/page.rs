//! A pre-rendered page: the app's page as Trunk built it, holding one language's copy of a route
//! in `<body>`, and in `<head>` its language, title, description, canonical address, the other
//! languages' addresses (`hreflang`) and its link-preview tags.

use minewatch::i18n::Locale;

/// What the renderer made of one route in one language.
pub struct Copy {
    pub locale: Locale,
    /// Its address under the base: `/minewatch/kk/events`.
    pub address: String,
    pub title: String,
    pub description: String,
    pub body: String,
    /// The preview image's path under the base, when the route has one.
    pub image: Option<String>,
}

/// The built app's page, cut where a pre-rendered page differs from it.
pub struct Template {
    /// The site's base path as `<base href>` gives it: `/` or `/minewatch/`.
    pub base: String,
    head_start: String,
    head_end: String,
    body_start: String,
    body_end: String,
}

impl Template {
    /// Cuts `html` (Trunk's page) around its `<title>`, its description and its `<noscript>`.
    pub fn parse(html: &str) -> Result<Template, String> {
        let base = between(html, "<base href=\"", "\"")
            .ok_or("no <base href=\"…\"> (build it with trunk build --public-url …)")?
            .to_string();
        let (before_title, rest) = html.split_once("<title>").ok_or("no <title> in the page")?;
        let (_, after_title) = rest.split_once("</title>").ok_or("<title> is not closed")?;
        let description_at = after_title
            .find("<meta name=\"description\"")
            .ok_or("no <meta name=\"description\"> in the page")?;
        let (between_tags, from_description) = after_title.split_at(description_at);
        let (_, after_description) = from_description
            .split_once('>')
            .ok_or("the description is not closed")?;
        let (head_rest, body) = after_description
            .split_once("<body>")
            .ok_or("no <body> in the page")?;
        let (body_start, after_noscript) = match body.split_once("<noscript>") {
            Some((start, rest)) => (
                start.to_string(),
                rest.split_once("</noscript>")
                    .map(|(_, end)| end.to_string())
                    .ok_or("<noscript> is not closed")?,
            ),
            None => (String::new(), body.to_string()),
        };
        if !before_title.contains("<html lang=\"en\">") {
            return Err("no <html lang=\"en\"> in the page".to_string());
        }
        Ok(Template {
            base,
            head_start: without_comments(before_title),
            head_end: without_comments(&format!("{between_tags}{head_rest}")),
            body_start: without_comments(&body_start),
            body_end: without_comments(&after_noscript),
        })
    }

    /// The page of `copy`, which names the other languages' `copies` as its alternates.
    pub fn page(&self, copy: &Copy, copies: &[Copy], origin: Option<&str>) -> String {
        let code = minewatch::i18n::code_of(copy.locale);
        let mut html = String::with_capacity(copy.body.len() + 8192);
        // the route comes before the page's script, which reads it
        let known = format!(
            "<meta charset=\"utf-8\">\n  <meta name=\"minewatch-route\" content=\"{}\">",
            attr(copy.address.trim_end_matches('/'))
        );
        html.push_str(
            &self
                .head_start
                .replacen("<html lang=\"en\">", &format!("<html lang=\"{code}\">"), 1)
                .replacen("<meta charset=\"utf-8\">", &known, 1),
        );
        html.push_str(&format!("<title>{}</title>\n", text(&copy.title)));
        html.push_str(&format!(
            "  <meta name=\"description\" content=\"{}\">\n",
            attr(&copy.description)
        ));
        html.push_str(&alternates(copy, copies, origin));
        html.push_str(&preview_tags(copy, copies, origin));
        html.push_str(&self.head_end);
        html.push_str("<body>");
        html.push_str(&self.body_start);
        html.push_str(&format!(
            "<div id=\"prerendered\"><div lang=\"{code}\">{}</div></div>",
            copy.body
        ));
        html.push_str(&self.body_end);
        html
    }
}

/// `origin` + `path`, or the path alone when no origin is known.
fn absolute(origin: Option<&str>, path: &str) -> String {
    match origin {
        Some(origin) => format!("{}{path}", origin.trim_end_matches('/')),
        None => path.to_string(),
    }
}

/// The canonical address and every language's (`hreflang`; English is also `x-default`).
fn alternates(copy: &Copy, copies: &[Copy], origin: Option<&str>) -> String {
    let mut links = format!(
        "  <link rel=\"canonical\" href=\"{}\">\n",
        attr(&absolute(origin, &copy.address))
    );
    for other in copies {
        let href = attr(&absolute(origin, &other.address));
        links.push_str(&format!(
            "  <link rel=\"alternate\" hreflang=\"{}\" href=\"{href}\">\n",
            minewatch::i18n::code_of(other.locale)
        ));
        if other.locale == Locale::en {
            links.push_str(&format!(
                "  <link rel=\"alternate\" hreflang=\"x-default\" href=\"{href}\">\n"
            ));
        }
    }
    links
}

/// Open Graph and Twitter card tags: title, description, the page's address and its image, all
/// in the page's language.
fn preview_tags(copy: &Copy, copies: &[Copy], origin: Option<&str>) -> String {
    let mut tags = vec![
        ("property", "og:type", "website".to_string()),
        ("property", "og:site_name", "Minewatch".to_string()),
        ("property", "og:title", copy.title.clone()),
        ("property", "og:description", copy.description.clone()),
        ("property", "og:url", absolute(origin, &copy.address)),
        ("property", "og:locale", og_locale(copy.locale).to_string()),
    ];
    for other in copies.iter().filter(|c| c.locale != copy.locale) {
        tags.push((
            "property",
            "og:locale:alternate",
            og_locale(other.locale).to_string(),
        ));
    }
    let card = if copy.image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    tags.push(("name", "twitter:card", card.to_string()));
    tags.push(("name", "twitter:title", copy.title.clone()));
    tags.push(("name", "twitter:description", copy.description.clone()));
    if let Some(image) = &copy.image {
        tags.push(("property", "og:image", absolute(origin, image)));
        tags.push(("property", "og:image:type", "image/png".to_string()));
        tags.push((
            "property",
            "og:image:width",
            super::preview::WIDTH.to_string(),
        ));
        tags.push((
            "property",
            "og:image:height",
            super::preview::HEIGHT.to_string(),
        ));
        tags.push(("property", "og:image:alt", copy.description.clone()));
        tags.push(("name", "twitter:image", absolute(origin, image)));
    }
    tags.iter()
        .map(|(kind, name, value)| {
            format!("  <meta {kind}=\"{name}\" content=\"{}\">\n", attr(value))
        })
        .collect()
}

fn og_locale(l: Locale) -> &'static str {
    match l {
        Locale::en => "en_GB",
        Locale::ru => "ru_RU",
        Locale::kk => "kk_KZ",
    }
}

/// `html` without its comments (`<!-- … -->`): notes for the site's developers in index.html,
/// about 2 KB of every page's head (800 B gzip) before its first figure, and of `404.html` (the
/// app's page for every address that is not pre-rendered). The text of scripts and styles is kept
/// as it is, and a comment that is not closed is kept.
pub fn without_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let next = ["<!--", "<script", "<style"]
            .iter()
            .filter_map(|tag| rest.find(tag).map(|at| (at, *tag)))
            .min();
        let Some((at, tag)) = next else { break };
        out.push_str(&rest[..at]);
        let from = &rest[at..];
        let (close, keep) = match tag {
            "<!--" => ("-->", false),
            "<script" => ("</script>", true),
            _ => ("</style>", true),
        };
        let Some(end) = from.find(close).map(|e| e + close.len()) else {
            out.push_str(from);
            return out;
        };
        if keep {
            out.push_str(&from[..end]);
        }
        rest = &from[end..];
    }
    out.push_str(rest);
    out
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let (_, rest) = text.split_once(start)?;
    rest.split_once(end).map(|(value, _)| value)
}

/// Text for HTML (or SVG) element content.
pub fn text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Text for an HTML attribute value in double quotes.
pub fn attr(s: &str) -> String {
    text(s).replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::without_comments;

    #[test]
    fn developers_notes_leave_the_page_and_scripts_and_styles_stay_as_they_are() {
        let head = "<head>\n  <!-- a note\n over lines -->\n  <script>var s = '<!-- kept -->';</script>\n  <style>a::after{content:\"<!--\"}</style><!--x--><link rel=\"icon\">";
        assert_eq!(
            without_comments(head),
            "<head>\n  \n  <script>var s = '<!-- kept -->';</script>\n  <style>a::after{content:\"<!--\"}</style><link rel=\"icon\">"
        );
        assert_eq!(without_comments("a <!-- not closed"), "a <!-- not closed");
        assert_eq!(
            without_comments("<script>never closed <!-- x -->"),
            "<script>never closed <!-- x -->"
        );
        assert_eq!(without_comments("мәтін <!--ескерту--> соңы"), "мәтін  соңы");
    }
}
