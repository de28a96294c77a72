//! The README and the documents in docs/ link to each other: every relative link must open a file
//! that exists, at a heading that exists, and every document must be reachable from the README.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The documents a newcomer reads: the README and every Markdown file in docs/.
fn documents() -> Vec<PathBuf> {
    let mut docs = vec![Path::new(ROOT).join("README.md")];
    let mut more: Vec<PathBuf> = fs::read_dir(Path::new(ROOT).join("docs"))
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "md"))
                .collect()
        })
        .unwrap_or_default();
    more.sort();
    docs.extend(more);
    docs
}

/// `[text](target)` links in Markdown, outside code blocks and code spans.
fn links(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut in_block = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
            continue;
        }
        if in_block {
            continue;
        }
        let mut rest = line;
        while let Some(start) = rest.find("](") {
            let after = &rest[start + 2..];
            let Some(end) = after.find(')') else { break };
            let before = &rest[..start];
            // a link inside a code span has an odd number of backticks before it
            if before.matches('`').count() % 2 == 0 {
                found.push(after[..end].to_string());
            }
            rest = &after[end..];
        }
    }
    found
}

/// GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

fn anchors(text: &str) -> BTreeSet<String> {
    let mut in_block = false;
    let mut found = BTreeSet::new();
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
        } else if !in_block && line.starts_with('#') {
            found.insert(slug(line.trim_start_matches('#')));
        }
    }
    found
}

#[test]
fn every_relative_link_opens_a_file_and_a_heading_that_exist() {
    let mut broken = Vec::new();
    let mut checked = 0;
    for doc in documents() {
        let text = fs::read_to_string(&doc).unwrap_or_default();
        let dir = doc.parent().unwrap_or(Path::new(ROOT));
        for link in links(&text) {
            if link.contains("://") || link.starts_with("mailto:") {
                continue;
            }
            checked += 1;
            let (path, anchor) = link.split_once('#').unwrap_or((link.as_str(), ""));
            let target = if path.is_empty() {
                doc.clone()
            } else {
                dir.join(path)
            };
            if !target.exists() {
                broken.push(format!("{}: {link}: no such file", doc.display()));
                continue;
            }
            if !anchor.is_empty() {
                let target_text = fs::read_to_string(&target).unwrap_or_default();
                if !anchors(&target_text).contains(anchor) {
                    broken.push(format!("{}: {link}: no heading #{anchor}", doc.display()));
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
    assert!(checked >= 10, "only {checked} relative links were found");
}

#[test]
fn every_document_is_linked_from_the_readme() {
    let readme = fs::read_to_string(Path::new(ROOT).join("README.md")).unwrap_or_default();
    let linked: BTreeSet<String> = links(&readme)
        .into_iter()
        .map(|l| l.split('#').next().unwrap_or("").to_string())
        .collect();
    for doc in documents().into_iter().skip(1) {
        let name = format!(
            "docs/{}",
            doc.file_name().unwrap_or_default().to_string_lossy()
        );
        assert!(linked.contains(&name), "the README does not link {name}");
    }
}

#[test]
fn the_readme_stays_short_enough_for_a_newcomer() {
    let readme = fs::read_to_string(Path::new(ROOT).join("README.md")).unwrap_or_default();
    let lines = readme.lines().count();
    assert!(
        (40..=200).contains(&lines),
        "README.md has {lines} lines; keep it to what a newcomer needs and move the rest to docs/"
    );
}

#[test]
fn the_slug_is_githubs() {
    assert_eq!(
        slug(" What the test command runs"),
        "what-the-test-command-runs"
    );
    assert_eq!(slug(" The editors' guide"), "the-editors-guide");
    assert_eq!(
        slug(" Security: Content-Security-Policy"),
        "security-content-security-policy"
    );
}
