//! `minewatch render` as the build runs it: every route of the latest snapshot becomes a file with
//! its copies, tags and preview images; a missing font or page stops it with a plain message and
//! nothing written.

mod common;

use common::copy_dir;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A built site as Trunk leaves it: its page (with Trunk's loader) and the published data.
fn site(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("minewatch-render-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&root().join("public/data"), &dir.join("data"));
    std::fs::copy(root().join("public/favicon.svg"), dir.join("favicon.svg")).expect("icon");
    let page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  \
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self' 'sha256-x'\">\n  \
<base href=\"/minewatch/\">\n  <!-- a note for the site's developers -->\n  <title>Minewatch</title>\n  <meta name=\"description\" content=\"Open data\">\n  \
<script>(function(){})()</script>\n<script type=\"module\">import init from '/minewatch/app.js';</script></head>\n\
<body>\n  <!-- another, in the body -->\n  <noscript><p>Minewatch needs JavaScript.</p></noscript>\n</body>\n</html>\n";
    std::fs::write(dir.join("404.html"), page).expect("page");
    dir
}

fn render(site: &Path, extra: &[&str], font_dir: Option<&str>) -> (i32, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_minewatch"));
    command
        .arg("render")
        .arg(site)
        .args(extra)
        .env_remove("MINEWATCH_ORIGIN");
    if let Some(dir) = font_dir {
        command.env("MINEWATCH_FONT_DIR", dir);
    }
    let out = command.output().expect("the tool runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn latest_events() -> Vec<String> {
    let manifest: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("public/data/manifest.json")).expect("manifest"),
    )
    .expect("json");
    let latest = manifest["latest"].as_str().expect("latest");
    let entry = manifest["snapshots"]
        .as_array()
        .expect("snapshots")
        .iter()
        .find(|s| s["id"] == latest)
        .expect("entry");
    let path = root()
        .join("public/data")
        .join(entry["path"].as_str().expect("path"));
    let snapshot: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("snapshot")).expect("json");
    snapshot["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["id"].as_str().expect("id").to_string())
        .collect()
}

fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).expect("png");
    assert_eq!(
        &bytes[..8],
        b"\x89PNG\r\n\x1a\n",
        "{} is a PNG",
        path.display()
    );
    let at = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    (at(16), at(20))
}

#[test]
fn every_route_becomes_a_page_in_each_language_with_its_tags_alternates_and_images() {
    let dir = site("all");
    let (code, stdout, stderr) = render(&dir, &["--origin", "https://example.org"], None);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("43 pages"), "{stdout}");
    assert!(!stdout.contains("no origin"), "{stdout}");
    let page =
        |p: &str| std::fs::read_to_string(dir.join(p)).unwrap_or_else(|_| panic!("{p} written"));
    for (prefix, lang) in [("", "en"), ("ru/", "ru"), ("kk/", "kk")] {
        for file in [
            "index.html",
            "events.html",
            "events/index.html",
            "data.html",
            "about.html",
            "regions/KZ-35.html",
            "embed/map.html",
        ] {
            let html = page(&format!("{prefix}{file}"));
            assert!(
                html.contains(&format!("<div id=\"prerendered\"><div lang=\"{lang}\">")),
                "{prefix}{file}"
            );
            assert!(
                html.contains(&format!("<html lang=\"{lang}\">")),
                "{prefix}{file}"
            );
            assert_eq!(
                html.matches("<main").count(),
                1,
                "{prefix}{file}: one language"
            );
        }
    }
    for id in latest_events() {
        for (prefix, lang) in [("", "en"), ("ru/", "ru"), ("kk/", "kk")] {
            let html = page(&format!("{prefix}events/{id}.html"));
            assert!(html.contains(&format!(
                "<meta name=\"minewatch-route\" content=\"/minewatch/{prefix}events/{id}\">"
            )));
            assert!(html.contains(&format!("<meta property=\"og:image\" content=\"https://example.org/minewatch/previews/events/{id}/{lang}.png\">")), "{prefix}{id}");
            assert!(html.contains(&format!(
                "<link rel=\"canonical\" href=\"https://example.org/minewatch/{prefix}events/{id}\">"
            )));
            for (other, code) in [("", "en"), ("ru/", "ru"), ("kk/", "kk"), ("", "x-default")] {
                assert!(html.contains(&format!("<link rel=\"alternate\" hreflang=\"{code}\" href=\"https://example.org/minewatch/{other}events/{id}\">")), "{prefix}{id} names {code}");
            }
            assert_eq!(
                png_size(&dir.join(format!("previews/events/{id}/{lang}.png"))),
                (1200, 630)
            );
        }
    }
    let dashboard = page("kk/index.html");
    assert!(dashboard.contains("<meta property=\"og:locale\" content=\"kk_KZ\">"));
    assert!(dashboard
        .contains("<meta property=\"og:url\" content=\"https://example.org/minewatch/kk/\">"));
    assert!(
        dashboard.contains("script-src 'self' 'sha256-x'\">"),
        "the policy is kept"
    );
    assert!(
        !dashboard.contains("needs JavaScript.</p></noscript>"),
        "the page reads without scripts"
    );
    assert!(
        !dashboard.contains("developers -->") && !dashboard.contains("in the body -->"),
        "the template's notes are left out of every page"
    );
    // the app's page for every other address loses the developers' notes, and keeps the rest
    let app_page = page("404.html");
    assert!(!app_page.contains("<!--"), "{app_page}");
    for kept in [
        "<script>(function(){})()</script>",
        "import init from '/minewatch/app.js';",
        "<noscript><p>Minewatch needs JavaScript.</p></noscript>",
        "<title>Minewatch</title>",
    ] {
        assert!(app_page.contains(kept), "404.html keeps {kept}");
    }
    // the icon a browser fetches again on every change of address is a PNG, not an SVG document
    assert_eq!(png_size(&dir.join("favicon.png")), (64, 64));
    let sitemap = page("sitemap.xml");
    assert_eq!(sitemap.matches("<url>").count(), 43 * 3);
    assert!(sitemap.contains("<loc>https://example.org/minewatch/ru/regions/KZ-35</loc>"));
    assert_eq!(
        page("robots.txt"),
        "User-agent: *\nAllow: /\nSitemap: https://example.org/minewatch/sitemap.xml\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn without_an_origin_the_build_says_so_in_one_line_and_writes_no_sitemap() {
    let dir = site("no-origin");
    let (code, stdout, stderr) = render(&dir, &[], None);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.matches("no origin set").count(), 1, "{stdout}");
    assert!(!dir.join("sitemap.xml").exists());
    let html = std::fs::read_to_string(dir.join("ru/about.html")).expect("ru/about.html");
    assert!(html.contains("<link rel=\"canonical\" href=\"/minewatch/ru/about\">"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_missing_font_page_or_icon_stops_it_with_nothing_written() {
    let dir = site("font");
    let (code, _, stderr) = render(&dir, &[], Some("/nonexistent-fonts"));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("fonts-dejavu-core") && stderr.contains("MINEWATCH_FONT_DIR"),
        "{stderr}"
    );
    assert!(!dir.join("index.html").exists() && !dir.join("previews").exists());
    std::fs::remove_file(dir.join("404.html")).expect("remove");
    let (code, _, stderr) = render(&dir, &[], None);
    assert_eq!(code, 2);
    assert!(stderr.contains("404.html: cannot be read"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
    let dir = site("icon");
    std::fs::remove_file(dir.join("favicon.svg")).expect("remove");
    let (code, _, stderr) = render(&dir, &[], None);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("favicon.svg: cannot be read") && stderr.contains("public/favicon.svg"),
        "{stderr}"
    );
    assert!(!dir.join("index.html").exists() && !dir.join("favicon.png").exists());
    let _ = std::fs::remove_dir_all(&dir);
}
