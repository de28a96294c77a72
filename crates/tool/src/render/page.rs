//! A pre-rendered page: the app's page as Trunk built it, with the route's three language copies
//! in `<body>` and its title, description and link-preview tags in `<head>`.

use minewatch::i18n::Locale;

/// What the renderer made of one route in one language.
pub struct Copy {
    pub locale: Locale,
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
        Ok(Template {
            base,
            head_start: before_title.to_string(),
            head_end: format!("{between_tags}{head_rest}"),
            body_start,
            body_end: after_noscript,
        })
    }

    /// The page at `address` with its copies (English first: the one shown with scripts off).
    pub fn page(&self, address: &str, copies: &[Copy], origin: Option<&str>) -> String {
        let Some(first) = copies.first() else {
            return String::new();
        };
        let mut html =
            String::with_capacity(copies.iter().map(|c| c.body.len()).sum::<usize>() + 8192);
        let route = address.trim_end_matches('/');
        // the route and the titles come before the language script, which reads them
        let mut known = format!(
            "<meta charset=\"utf-8\">\n  <meta name=\"minewatch-route\" content=\"{}\">",
            attr(route)
        );
        for copy in copies.iter().skip(1) {
            known.push_str(&format!(
                "\n  <meta name=\"minewatch-title\" lang=\"{}\" content=\"{}\">",
                minewatch::i18n::code_of(copy.locale),
                attr(&copy.title)
            ));
        }
        html.push_str(
            &self
                .head_start
                .replacen("<meta charset=\"utf-8\">", &known, 1),
        );
        html.push_str(&format!("<title>{}</title>\n", text(&first.title)));
        html.push_str(&format!(
            "  <meta name=\"description\" content=\"{}\">\n",
            attr(&first.description)
        ));
        html.push_str(&preview_tags(first, address, copies, origin));
        html.push_str(&self.head_end);
        html.push_str("<body>");
        html.push_str(&self.body_start);
        html.push_str("<div id=\"prerendered\">");
        for copy in copies {
            let code = minewatch::i18n::code_of(copy.locale);
            let body = if copy.locale == first.locale {
                copy.body.clone()
            } else {
                ids_suffixed(&copy.body, code)
            };
            html.push_str(&format!("<div lang=\"{code}\">{body}</div>"));
        }
        html.push_str("</div>");
        html.push_str(&self.body_end);
        html
    }
}

/// Open Graph and Twitter card tags: title, description, the page's address and its image.
fn preview_tags(first: &Copy, address: &str, copies: &[Copy], origin: Option<&str>) -> String {
    let absolute = |path: &str| match origin {
        Some(origin) => format!("{}{path}", origin.trim_end_matches('/')),
        None => path.to_string(),
    };
    let mut tags = vec![
        ("property", "og:type", "website".to_string()),
        ("property", "og:site_name", "Minewatch".to_string()),
        ("property", "og:title", first.title.clone()),
        ("property", "og:description", first.description.clone()),
        ("property", "og:url", absolute(address)),
        ("property", "og:locale", og_locale(first.locale).to_string()),
    ];
    for other in copies.iter().skip(1) {
        tags.push((
            "property",
            "og:locale:alternate",
            og_locale(other.locale).to_string(),
        ));
    }
    let card = if first.image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    tags.push(("name", "twitter:card", card.to_string()));
    tags.push(("name", "twitter:title", first.title.clone()));
    tags.push(("name", "twitter:description", first.description.clone()));
    if let Some(image) = &first.image {
        tags.push(("property", "og:image", absolute(image)));
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
        tags.push(("property", "og:image:alt", first.description.clone()));
        tags.push(("name", "twitter:image", absolute(image)));
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

/// `body` with every element id, and every reference to one, ending in `-CODE`: the three copies
/// of a page share one document, and an id must name one element.
pub fn ids_suffixed(body: &str, code: &str) -> String {
    const ONE: [&str; 3] = [" id=\"", " for=\"", " href=\"#"];
    const LISTS: [&str; 3] = [
        " aria-labelledby=\"",
        " aria-describedby=\"",
        " aria-controls=\"",
    ];
    let mut out = String::with_capacity(body.len() + body.len() / 50);
    let mut rest = body;
    loop {
        let next = ONE
            .iter()
            .chain(LISTS.iter())
            .filter_map(|p| rest.find(p).map(|at| (at, *p)))
            .min_by_key(|(at, _)| *at);
        let Some((at, prefix)) = next else {
            out.push_str(rest);
            return out;
        };
        let value_at = at + prefix.len();
        out.push_str(&rest[..value_at]);
        rest = &rest[value_at..];
        let end = rest.find('"').unwrap_or(rest.len());
        let value = &rest[..end];
        let suffixed: Vec<String> = value
            .split(' ')
            .filter(|v| !v.is_empty())
            .map(|v| format!("{v}-{code}"))
            .collect();
        out.push_str(&suffixed.join(" "));
        rest = &rest[end..];
    }
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
fn attr(s: &str) -> String {
    text(s).replace('"', "&quot;")
}
