//! `minewatch render SITE`: every route of the latest published snapshot as a real HTML file in
//! a built site (Trunk's output), one file per language (English at the root, `kk/` and `ru/`),
//! drawn with the app's own components, with its title, description, link-preview tags and
//! alternates, a preview image for the dashboard, each region and each event, the site's icon as
//! a PNG, and the site's `sitemap.xml` and `robots.txt`.

mod icon;
mod page;
mod preview;
mod sitemap;

use minewatch::data::Loaded;
use minewatch::i18n::Locale;
use minewatch::model::changes::{Changes, CHANGES_SCHEMA};
use minewatch::model::manifest::{Manifest, MANIFEST_SCHEMA};
use minewatch::model::parse::parse_versioned;
use minewatch::model::snapshot::SNAPSHOT_SCHEMA;
use minewatch::model::validate::check;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The screen the pages are drawn for: a common phone (the one Lighthouse's mobile run uses).
pub const SCREEN: f64 = 412.0;

/// The app's languages, English first: the one at the site's root.
pub const LOCALES: [Locale; 3] = [Locale::en, Locale::ru, Locale::kk];

/// The site's origin (`https://host`) from `MINEWATCH_ORIGIN`, else from `origin = "…"` in the
/// configuration file `config` (`site.toml` in the repository); `None` when neither gives one.
pub fn configured_origin(config: &Path) -> Result<Option<String>, String> {
    if let Some(origin) = std::env::var("MINEWATCH_ORIGIN")
        .ok()
        .filter(|o| !o.is_empty())
    {
        return checked_origin(&origin)
            .map(Some)
            .map_err(|why| format!("MINEWATCH_ORIGIN: {why}"));
    }
    let Ok(text) = std::fs::read_to_string(config) else {
        return Ok(None);
    };
    let table: toml::Table = text
        .parse()
        .map_err(|e| format!("{}: {e}", config.display()))?;
    match table.get("origin") {
        None => Ok(None),
        Some(toml::Value::String(origin)) => checked_origin(origin)
            .map(Some)
            .map_err(|why| format!("{}: origin: {why}", config.display())),
        Some(_) => Err(format!(
            "{}: origin must be a string such as \"https://example.org\"",
            config.display()
        )),
    }
}

/// An origin is a scheme and a host, with no path: `https://example.org`.
fn checked_origin(origin: &str) -> Result<String, String> {
    let origin = origin.trim_end_matches('/');
    let host = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
        .ok_or_else(|| format!("\"{origin}\" does not start with https:// (or http://)"))?;
    if host.is_empty() || host.contains(['/', '?', '#', ' ', '"', '<', '>']) {
        return Err(format!(
            "\"{origin}\" is not a scheme and a host alone, such as https://example.org"
        ));
    }
    Ok(origin.to_string())
}

/// What was written.
pub struct Summary {
    pub pages: usize,
    pub files: usize,
    pub previews: usize,
    pub snapshot: String,
}

/// Renders every route of the latest snapshot in `site` (which holds `404.html`, the app's page
/// as Trunk built it, and `data/`). `origin` (`https://example.org`) makes the preview links
/// absolute, as link previews need.
pub fn run(site: &Path, origin: Option<&str>) -> Result<Summary, String> {
    let template_path = site.join("404.html");
    let trunk_page = read(&template_path)?;
    let template = page::Template::parse(&trunk_page)
        .map_err(|why| format!("{}: {why}", template_path.display()))?;
    let loaded = Arc::new(latest(&site.join("data"))?);
    let rendering = minewatch::prerender::Site {
        changes: Arc::new(changes_of(&site.join("data"), &loaded.manifest)?),
        loaded: loaded.clone(),
        base: template.base.clone(),
    };
    let routes = minewatch::prerender::routes(loaded.snapshot());
    let fonts = preview::fonts(&preview::font_dir())?;
    let icon = icon::png_of(site)?;
    let (mut files, mut previews) = (0, 0);
    for route in &routes {
        let mut copies = Vec::with_capacity(LOCALES.len());
        for locale in LOCALES {
            let address = address_of(&template.base, locale, route);
            let page = minewatch::prerender::render(&rendering, &address, locale, SCREEN);
            let described = minewatch::prerender::describe(&loaded, route, locale);
            let title = page.title.trim_end_matches(" · Minewatch").to_string();
            let picture = picture_of(route, &loaded, locale);
            let image = match picture {
                Some(picture) => {
                    let card = preview::Card {
                        title: &title,
                        figure: described.figure.as_ref(),
                        credit: &described.credit,
                        picture,
                    };
                    let name = image_name(route, locale);
                    let png = preview::png(&preview::svg(&card), &fonts).map_err(|why| {
                        format!("{route} ({}): {why}", minewatch::i18n::code_of(locale))
                    })?;
                    write_bytes(&site.join(&name), &png)?;
                    previews += 1;
                    Some(format!("{}{name}", template.base))
                }
                None => None,
            };
            copies.push(page::Copy {
                locale,
                address,
                title: page.title,
                description: described.description,
                body: page.body,
                image,
            });
        }
        for copy in &copies {
            let html = template.page(copy, &copies, origin);
            for path in files_of(site, copy.locale, route) {
                write(&path, &html)?;
                files += 1;
            }
        }
    }
    write_bytes(&site.join(icon::PNG_NAME), &icon)?;
    files += 1;
    // the page for every address that is not pre-rendered loses the developers' notes too
    write(&template_path, &page::without_comments(&trunk_page))?;
    if let Some(origin) = origin {
        let addresses: Vec<Vec<String>> = routes
            .iter()
            .map(|route| {
                LOCALES
                    .iter()
                    .map(|l| address_of(&template.base, *l, route))
                    .collect()
            })
            .collect();
        write(
            &site.join("sitemap.xml"),
            &sitemap::sitemap(origin, &addresses),
        )?;
        write(
            &site.join("robots.txt"),
            &sitemap::robots(origin, &template.base),
        )?;
        files += 2;
    }
    Ok(Summary {
        pages: routes.len(),
        files,
        previews,
        snapshot: loaded.entry.id.clone(),
    })
}

/// What a route's preview image shows: the timeline its page draws (the dashboard's for the
/// events list), or the tile map with the event's regions (a region without events: the region);
/// `None` for routes without an image of their own.
fn picture_of<'a>(route: &str, loaded: &'a Loaded, locale: Locale) -> Option<preview::Picture<'a>> {
    let snapshot = loaded.snapshot();
    let names = |codes: &[minewatch::model::RegionCode]| {
        codes
            .iter()
            .map(|c| minewatch::components::text::region_name(snapshot, c, locale))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let timeline = |route: &str| {
        minewatch::prerender::timeline_picture(loaded, route, locale, SCREEN)
            .map(preview::Picture::Chart)
    };
    let parts: Vec<&str> = route.split('/').collect();
    match parts.as_slice() {
        [""] => timeline(route),
        ["events"] => timeline(""),
        ["regions", code] => timeline(route).or_else(|| {
            let region = snapshot.region(code)?;
            let marked = std::slice::from_ref(&region.code);
            Some(preview::Picture::Tiles(marked, names(marked)))
        }),
        ["events", id] => snapshot
            .event(id)
            .map(|e| preview::Picture::Tiles(&e.regions, names(&e.regions))),
        _ => None,
    }
}

/// The address of `route` (`events/ID`, `""` for the dashboard) in a language, under the base.
pub fn address_of(base: &str, locale: Locale, route: &str) -> String {
    minewatch::lang_path::address(
        base,
        minewatch::i18n::lang_of(locale),
        &format!("/{route}"),
        "",
    )
}

/// `previews/events/ID/kk.png`; the dashboard's is `previews/dashboard/kk.png`.
fn image_name(route: &str, locale: Locale) -> String {
    let route = if route.is_empty() { "dashboard" } else { route };
    format!("previews/{route}/{}.png", minewatch::i18n::code_of(locale))
}

/// The files a route is served from in a language: `events/ID.html` (a host serves `/events/ID`
/// from it; `kk/events/ID.html` in Kazakh), and `events/index.html` as well where the route is
/// also a folder (`/events/` on some hosts).
fn files_of(site: &Path, locale: Locale, route: &str) -> Vec<PathBuf> {
    let root = match minewatch::lang_path::prefix(minewatch::i18n::lang_of(locale)) {
        "" => site.to_path_buf(),
        prefix => site.join(prefix.trim_start_matches('/')),
    };
    if route.is_empty() {
        return vec![root.join("index.html")];
    }
    let mut files = vec![root.join(format!("{route}.html"))];
    let folder = root.join(route);
    if site.join(route).is_dir() || ["events", "data"].contains(&route) {
        files.push(folder.join("index.html"));
    }
    files
}

/// The latest snapshot the site's manifest names, checked with the app's rules.
fn latest(data: &Path) -> Result<Loaded, String> {
    let manifest_path = data.join("manifest.json");
    let manifest: Manifest = parse_versioned(&read(&manifest_path)?, MANIFEST_SCHEMA)
        .map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    let entry = manifest.entry(None).cloned().ok_or_else(|| {
        format!(
            "{}: the latest snapshot \"{}\" is not listed",
            manifest_path.display(),
            manifest.latest
        )
    })?;
    if !Manifest::is_safe_path(&entry.path) {
        return Err(format!(
            "{}: the snapshot path \"{}\" leaves the data folder",
            manifest_path.display(),
            entry.path
        ));
    }
    let path = data.join(&entry.path);
    let snapshot = parse_versioned(&read(&path)?, SNAPSHOT_SCHEMA)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let checked = check(snapshot).map_err(|problems| {
        format!(
            "{}: {} problem(s), first: {}; run `minewatch check` on it",
            path.display(),
            problems.len(),
            problems.first().map(|p| p.to_string()).unwrap_or_default()
        )
    })?;
    Ok(Loaded::whole(manifest, entry, checked))
}

/// Every list of changes the manifest names, read and checked.
fn changes_of(
    data: &Path,
    manifest: &Manifest,
) -> Result<std::collections::BTreeMap<String, Changes>, String> {
    let mut all = std::collections::BTreeMap::new();
    for path in manifest.snapshots.iter().filter_map(|s| s.changes.as_ref()) {
        if !Manifest::is_safe_path(path) {
            return Err(format!(
                "the manifest's list of changes \"{path}\" leaves the data folder"
            ));
        }
        let file = data.join(path);
        let changes = parse_versioned(&read(&file)?, CHANGES_SCHEMA)
            .map_err(|e| format!("{}: {e}", file.display()))?;
        all.insert(path.clone(), changes);
    }
    Ok(all)
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: cannot be read ({e})", path.display()))
}

fn write(path: &Path, content: &str) -> Result<(), String> {
    write_bytes(path, content.as_bytes())
}

/// Writes through a temporary file beside it, so a file is never left half-written.
fn write_bytes(path: &Path, content: &[u8]) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("{}: cannot be made ({e})", dir.display()))?;
    }
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".part");
    let temporary = PathBuf::from(temporary);
    std::fs::write(&temporary, content)
        .and_then(|()| std::fs::rename(&temporary, path))
        .map_err(|e| format!("{}: cannot be written ({e})", path.display()))
}
