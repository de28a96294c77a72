//! Turning the text of a data file into typed data, with errors a reader can understand.

use serde::de::DeserializeOwned;
use serde::Deserialize;
use thiserror::Error;

/// Why the text of a data file could not be read as the data we expect.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ParseError {
    #[error("the file is empty")]
    Empty,
    #[error("a web page arrived instead of data")]
    HtmlInsteadOfJson,
    #[error("the file is cut off before its end (line {line})")]
    Truncated { line: usize },
    #[error("the file is not valid JSON: {detail}")]
    NotJson { detail: String },
    #[error("the file uses format \"{found}\", which this version of Minewatch does not read (it reads \"{expected}\")")]
    UnsupportedSchema {
        found: String,
        expected: &'static str,
    },
    #[error("the file has no format marker (\"schema\"); it is not a Minewatch file")]
    MissingSchema,
    #[error("the data does not have the expected shape: {detail}")]
    Malformed { detail: String },
}

#[derive(Deserialize)]
struct SchemaOnly {
    /// As written: text, or anything else a broken file may hold.
    schema: Option<Box<serde_json::value::RawValue>>,
}

/// Parses a JSON document whose `schema` field must equal `expected`.
pub fn parse_versioned<T: DeserializeOwned>(
    text: &str,
    expected: &'static str,
) -> Result<T, ParseError> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.is_empty() {
        return Err(ParseError::Empty);
    }
    if trimmed.starts_with('<') {
        return Err(ParseError::HtmlInsteadOfJson);
    }
    if !opens_with_schema(trimmed, expected) {
        check_schema(trimmed, expected)?;
    }
    serde_json::from_str(trimmed).map_err(classify)
}

/// Whether the document's first member is `"schema": "<expected>"`, as every file Minewatch
/// writes begins. Then the document is read once; any other document is first read for its
/// `schema` alone, which on a large index was a second pass over several megabytes.
fn opens_with_schema(text: &str, expected: &str) -> bool {
    let rest = text.trim_start();
    let Some(rest) = rest.strip_prefix('{') else {
        return false;
    };
    let Some(rest) = rest.trim_start().strip_prefix("\"schema\"") else {
        return false;
    };
    let Some(rest) = rest.trim_start().strip_prefix(':') else {
        return false;
    };
    let Some(rest) = rest.trim_start().strip_prefix('"') else {
        return false;
    };
    rest.strip_prefix(expected)
        .is_some_and(|after| after.starts_with('"'))
}

/// Reads the document for its `schema` alone and says what is wrong with it, if anything.
fn check_schema(trimmed: &str, expected: &'static str) -> Result<(), ParseError> {
    let head: SchemaOnly = serde_json::from_str(trimmed).map_err(classify)?;
    let Some(schema) = head.schema else {
        return Err(ParseError::MissingSchema);
    };
    match serde_json::from_str::<String>(schema.get()) {
        Ok(found) if found == expected => Ok(()),
        Ok(found) => Err(ParseError::UnsupportedSchema { found, expected }),
        Err(_) => Err(ParseError::UnsupportedSchema {
            found: schema.get().to_string(),
            expected,
        }),
    }
}

fn classify(err: serde_json::Error) -> ParseError {
    use serde_json::error::Category;
    match err.classify() {
        Category::Eof => ParseError::Truncated { line: err.line() },
        Category::Syntax | Category::Io => ParseError::NotJson {
            detail: err.to_string(),
        },
        Category::Data => ParseError::Malformed {
            detail: plain_words(&err.to_string()),
        },
    }
}

/// serde's messages name Rust types; readers know numbers and text.
pub(crate) fn plain_words(message: &str) -> String {
    message
        .replace("expected f64", "expected a number")
        .replace("expected u64", "expected a whole number")
        .replace("a string", "text")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct Doc {
        #[allow(dead_code)]
        n: f64,
    }

    const V: &str = "test/1";

    #[test]
    fn tells_apart_the_ways_a_file_can_be_wrong() {
        let p = |t: &str| parse_versioned::<Doc>(t, V).unwrap_err();
        assert_eq!(p(""), ParseError::Empty);
        assert_eq!(
            p("<!doctype html><p>Not found"),
            ParseError::HtmlInsteadOfJson
        );
        assert!(matches!(
            p("{\"schema\": \"test/1\", \"n\": "),
            ParseError::Truncated { .. }
        ));
        assert!(matches!(
            p("{\"schema\": \"test/1\" \"n\": 1}"),
            ParseError::NotJson { .. }
        ));
        assert_eq!(
            p("{\"schema\": \"test/2\", \"n\": 1}"),
            ParseError::UnsupportedSchema {
                found: "test/2".into(),
                expected: V
            }
        );
        assert_eq!(p("{\"n\": 1}"), ParseError::MissingSchema);
        match p("{\"schema\": \"test/1\", \"n\": \"many\"}") {
            ParseError::Malformed { detail } => {
                assert!(detail.contains("expected a number"), "{detail}")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn checks_the_schema_wherever_it_stands_in_the_document() {
        let p = |t: &str| parse_versioned::<Doc>(t, V);
        assert!(p("{\"n\": 1, \"schema\": \"test/1\"}").is_ok());
        assert!(p("{ \"schema\" :\n \"test/1\", \"n\": 1}").is_ok());
        assert!(p("{\"schema\": \"test\\/1\", \"n\": 1}").is_ok());
        for other in ["test/10", "test/1 ", "test/"] {
            let doc = format!("{{\"schema\": \"{other}\", \"n\": 1}}");
            assert_eq!(
                p(&doc).unwrap_err(),
                ParseError::UnsupportedSchema {
                    found: other.into(),
                    expected: V
                }
            );
        }
        assert_eq!(
            p("{\"n\": 1, \"schema\": 1}").unwrap_err(),
            ParseError::UnsupportedSchema {
                found: "1".into(),
                expected: V
            }
        );
        assert!(matches!(
            p("{\"schema\": \"test/1\", \"n\": 1"),
            Err(ParseError::Truncated { .. })
        ));
    }

    #[test]
    fn reads_a_good_document_even_with_a_byte_order_mark() {
        assert!(parse_versioned::<Doc>("\u{feff}{\"schema\": \"test/1\", \"n\": 2}", V).is_ok());
    }
}
