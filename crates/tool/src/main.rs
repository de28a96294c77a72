//! `minewatch`: the editors' tool. Checks the editors' sources and publishes snapshots, their CSV,
//! data package and change lists into the site's data folder.
//!
//! ```text
//! minewatch check PATH                   a source folder or a snapshot file; exit 0 clean, 1 problems, 2 unreadable
//! minewatch publish [--sources DIR] [--data DIR]
//! minewatch publish --snapshot FILE [--data DIR]
//! minewatch diff OLD NEW [--json]        two snapshot files
//! minewatch unpack SNAPSHOT DIR          a source folder from a published snapshot
//! ```

mod check;
mod derived;
mod diff_text;
mod editorial;
mod findings;
mod lines;
mod output;
mod publish;
mod render;
mod unpack;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage:
  minewatch check PATH                  check an editors' source folder or a snapshot file
  minewatch publish [--sources DIR] [--data DIR]
                                        publish the sources (default: editorial, public/data)
  minewatch publish --snapshot FILE [--data DIR]
                                        publish an assembled snapshot file
  minewatch diff OLD NEW [--json]       what changed between two snapshot files
  minewatch unpack SNAPSHOT DIR         start a source folder from a snapshot file
  minewatch render SITE [--origin URL]  pre-render every route of the latest snapshot into a
                                        built site (trunk build's folder), one file per language,
                                        with preview images, sitemap.xml and robots.txt; the
                                        site's origin (https://host) is URL, else MINEWATCH_ORIGIN,
                                        else `origin` in ./site.toml";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["check", path] => check(Path::new(path)),
        ["publish", rest @ ..] => publish(rest),
        ["diff", old, new] => diff(Path::new(old), Path::new(new), false),
        ["diff", old, new, "--json"] | ["diff", "--json", old, new] => {
            diff(Path::new(old), Path::new(new), true)
        }
        ["unpack", snapshot, dir] => unpack(Path::new(snapshot), Path::new(dir)),
        ["render", site] => match render::configured_origin(Path::new("site.toml")) {
            Ok(origin) => render(Path::new(site), origin.as_deref()),
            Err(why) => {
                eprintln!("{why}");
                ExitCode::from(2)
            }
        },
        ["render", site, "--origin", origin] | ["render", "--origin", origin, site] => {
            render(Path::new(site), Some(origin))
        }
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn render(site: &Path, origin: Option<&str>) -> ExitCode {
    if origin.is_none() {
        println!("no origin set (site.toml or MINEWATCH_ORIGIN): link previews, canonical links and hreflang carry paths only, and no sitemap is written");
    }
    match render::run(site, origin) {
        Ok(done) => {
            println!(
                "{}: {} pages of snapshot {} in {} files, {} preview images",
                site.display(),
                done.pages,
                done.snapshot,
                done.files,
                done.previews
            );
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("{why}");
            ExitCode::from(2)
        }
    }
}

fn problems(found: &[findings::Finding]) -> ExitCode {
    for f in found {
        println!("{f}");
    }
    let n = found.len();
    eprintln!("{n} problem{}", if n == 1 { "" } else { "s" });
    ExitCode::from(1)
}

fn check(path: &Path) -> ExitCode {
    match check::run(path) {
        check::Outcome::Clean(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        check::Outcome::Problems(found) => problems(&found),
        check::Outcome::Unreadable(why) => {
            eprintln!("{why}");
            ExitCode::from(2)
        }
    }
}

fn option<'a>(rest: &[&'a str], name: &str) -> Option<&'a str> {
    rest.iter()
        .position(|w| *w == name)
        .and_then(|i| rest.get(i + 1).copied())
}

fn publish(rest: &[&str]) -> ExitCode {
    let known = ["--sources", "--data", "--snapshot"];
    let mut words = rest.iter();
    while let Some(w) = words.next() {
        if !known.contains(w) || words.next().is_none() {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
    let data = PathBuf::from(option(rest, "--data").unwrap_or("public/data"));
    let candidate = match option(rest, "--snapshot") {
        Some(file) => match check::read_snapshot(Path::new(file)) {
            Ok((_, snapshot)) => publish::Candidate {
                summary: snapshot.changelog.clone(),
                snapshot,
                reasons: None,
            },
            Err(check::Outcome::Problems(found)) => return problems(&found),
            Err(check::Outcome::Unreadable(why)) => {
                eprintln!("{why}");
                return ExitCode::from(2);
            }
            Err(check::Outcome::Clean(_)) => return ExitCode::from(2),
        },
        None => {
            let root = PathBuf::from(option(rest, "--sources").unwrap_or("editorial"));
            if !root.is_dir() {
                eprintln!("{}: cannot be read (not a folder)", root.display());
                return ExitCode::from(2);
            }
            match check::folder_problems(&root) {
                Ok(sources) => publish::Candidate {
                    snapshot: sources.snapshot,
                    summary: sources.file.summary,
                    reasons: Some(sources.file.reasons),
                },
                Err(found) => {
                    eprintln!("nothing was published:");
                    return problems(&found);
                }
            }
        }
    };
    match publish::run(&data, candidate) {
        publish::Outcome::Published(files) => {
            for f in files {
                println!("wrote {f}");
            }
            ExitCode::SUCCESS
        }
        publish::Outcome::AlreadyPublished(what) => {
            println!("{what}");
            ExitCode::SUCCESS
        }
        publish::Outcome::Refused(found) => {
            eprintln!("nothing was published:");
            problems(&found)
        }
    }
}

fn diff(old: &Path, new: &Path, json: bool) -> ExitCode {
    let read = |p: &Path| match check::read_snapshot(p) {
        Ok((_, s)) => Ok(s),
        Err(check::Outcome::Problems(found)) => Err(problems(&found)),
        Err(check::Outcome::Unreadable(why)) => {
            eprintln!("{why}");
            Err(ExitCode::from(2))
        }
        Err(check::Outcome::Clean(_)) => Err(ExitCode::from(2)),
    };
    let (old, new) = match (read(old), read(new)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let changes = minewatch_core::model::changes::diff(&old, &new, &Default::default());
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&changes).unwrap_or_default()
        );
    } else {
        print!("{}", diff_text::text(&changes));
    }
    ExitCode::SUCCESS
}

fn unpack(snapshot: &Path, dir: &Path) -> ExitCode {
    let s = match check::read_snapshot(snapshot) {
        Ok((_, s)) => s,
        Err(check::Outcome::Problems(found)) => return problems(&found),
        Err(_) => {
            eprintln!("{}: cannot be read", snapshot.display());
            return ExitCode::from(2);
        }
    };
    let summary = s.changelog.clone();
    match unpack::run(&s, &summary, dir) {
        Ok(n) => {
            println!("wrote {n} files into {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("{why}");
            ExitCode::from(1)
        }
    }
}
