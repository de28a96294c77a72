//! Which line of a file a field is on, for `FILE:LINE:` messages: in a TOML file (the editors'
//! sources) through the parser's spans, in a JSON file (a snapshot) through a small scanner.

use minewatch_core::model::validate::Step;
use toml::de::{DeTable, DeValue};

/// The 1-based line of a byte offset.
pub fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()
        .get(..end)
        .map_or(0, |head| head.iter().filter(|b| **b == b'\n').count())
        + 1
}

/// The line of the deepest part of `path` that the TOML text holds (line 1 when none).
pub fn toml_line(text: &str, path: &[Step]) -> usize {
    let Ok(doc) = DeTable::parse(text) else {
        return 1;
    };
    let mut line = 1;
    let mut table = Some(doc.get_ref());
    let mut value: Option<&DeValue<'_>> = None;
    for step in path {
        let found = match (step, table, value) {
            (Step::Key(key), Some(t), _) => t.iter().find(|(k, _)| k.get_ref() == key),
            (Step::Key(key), None, Some(DeValue::Table(t))) => {
                t.iter().find(|(k, _)| k.get_ref() == key)
            }
            (Step::Index(i), _, Some(DeValue::Array(items))) => match items.get(*i) {
                Some(item) => {
                    line = line_of(text, item.span().start);
                    table = None;
                    value = Some(item.get_ref());
                    continue;
                }
                None => break,
            },
            _ => None,
        };
        let Some((key, item)) = found else { break };
        line = line_of(text, key.span().start);
        table = None;
        value = Some(item.get_ref());
    }
    line
}

/// Every key of a TOML document with its line and path, for finding fields no record has.
pub fn toml_keys(text: &str) -> Vec<(Vec<PathPart>, usize)> {
    let mut out = Vec::new();
    if let Ok(doc) = DeTable::parse(text) {
        walk_table(text, doc.get_ref(), &mut Vec::new(), &mut out);
    }
    out
}

/// A step of a path in a parsed file, owning its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathPart {
    Key(String),
    Index(usize),
}

fn walk_table(
    text: &str,
    table: &DeTable<'_>,
    path: &mut Vec<PathPart>,
    out: &mut Vec<(Vec<PathPart>, usize)>,
) {
    for (key, value) in table.iter() {
        path.push(PathPart::Key(key.get_ref().to_string()));
        out.push((path.clone(), line_of(text, key.span().start)));
        walk_value(text, value.get_ref(), path, out);
        path.pop();
    }
}

fn walk_value(
    text: &str,
    value: &DeValue<'_>,
    path: &mut Vec<PathPart>,
    out: &mut Vec<(Vec<PathPart>, usize)>,
) {
    match value {
        DeValue::Table(t) => walk_table(text, t, path, out),
        DeValue::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(PathPart::Index(i));
                walk_value(text, item.get_ref(), path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

/// The line where the value at `path` begins in a JSON text (line 1 when not found). The text is
/// already known to be valid JSON.
pub fn json_line(text: &str, path: &[Step]) -> usize {
    let bytes = text.as_bytes();
    let mut at = skip_space(bytes, 0);
    let mut line = 1;
    for step in path {
        let next = match (step, bytes.get(at)) {
            (Step::Key(key), Some(b'{')) => find_key(bytes, at, key),
            (Step::Index(i), Some(b'[')) => find_index(bytes, at, *i),
            _ => None,
        };
        let Some(found) = next else { break };
        at = found;
        line = line_of(text, at);
    }
    line
}

fn skip_space(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
        i += 1;
    }
    i
}

/// The end of the JSON value starting at `i`.
fn skip_value(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'"') => skip_string(b, i),
        Some(b'{') | Some(b'[') => {
            let mut depth = 0usize;
            let mut j = i;
            while let Some(c) = b.get(j) {
                match c {
                    b'"' => {
                        j = skip_string(b, j);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            return j + 1;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            j
        }
        _ => {
            let mut j = i;
            while b.get(j).is_some_and(|c| !b",}] \n\r\t".contains(c)) {
                j += 1;
            }
            j
        }
    }
}

fn skip_string(b: &[u8], i: usize) -> usize {
    let mut j = i + 1;
    while let Some(c) = b.get(j) {
        match c {
            b'\\' => j += 2,
            b'"' => return j + 1,
            _ => j += 1,
        }
    }
    j
}

fn find_key(b: &[u8], open: usize, key: &str) -> Option<usize> {
    let mut i = skip_space(b, open + 1);
    while b.get(i) == Some(&b'"') {
        let end = skip_string(b, i);
        let name = b.get(i + 1..end.saturating_sub(1))?;
        let colon = skip_space(b, end);
        let value = skip_space(b, colon + 1);
        if name == key.as_bytes() {
            return Some(value);
        }
        i = skip_space(b, skip_value(b, value));
        if b.get(i) == Some(&b',') {
            i = skip_space(b, i + 1);
        }
    }
    None
}

fn find_index(b: &[u8], open: usize, index: usize) -> Option<usize> {
    let mut i = skip_space(b, open + 1);
    for _ in 0..index {
        if matches!(b.get(i), None | Some(b']')) {
            return None;
        }
        i = skip_space(b, skip_value(b, i));
        if b.get(i) == Some(&b',') {
            i = skip_space(b, i + 1);
        }
    }
    (!matches!(b.get(i), None | Some(b']'))).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_line_of_a_field_in_toml_and_json() {
        let toml = "kind = \"raid\"\n\n[[measures]]\nmetric = \"farms_shut\"\n\n[[measures]]\nmetric = \"power_mw\"\nvalue = 5\n";
        let path = [Step::Key("measures"), Step::Index(1), Step::Key("value")];
        assert_eq!(toml_line(toml, &path), 8);
        assert_eq!(toml_line(toml, &[Step::Key("kind")]), 1);
        let json = "{\n \"events\": [\n  {\"id\": \"a\"},\n  {\n   \"id\": \"b\",\n   \"x\": [1, {\"y\": 2}]\n  }\n ]\n}";
        let path = [Step::Key("events"), Step::Index(1), Step::Key("x")];
        assert_eq!(json_line(json, &path), 6);
        assert_eq!(json_line(json, &[Step::Key("events"), Step::Index(1)]), 4);
        assert_eq!(json_line(json, &[Step::Key("nothing")]), 1);
    }
}
