//! Downloads: one row per figure of the shown events, as CSV (UTF-8 with BOM, so Excel reads
//! Cyrillic) or JSON, and a Frictionless data package describing the whole snapshot's CSV.

use super::snapshot::{Event, Snapshot};
use serde::Serialize;
use serde_json::json;

/// One figure, flattened for a spreadsheet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub event_id: String,
    pub event_title: String,
    pub date: String,
    pub date_precision: String,
    pub event_regions: String,
    pub figure_region: String,
    pub agencies: String,
    pub metric: String,
    pub breakdown: String,
    pub value: Option<f64>,
    pub unit: String,
    pub currency: String,
    pub qualifier: String,
    pub preferred: bool,
    pub as_stated: String,
    pub source_ids: String,
    pub source_urls: String,
}

/// Column names and their Frictionless types, in order.
pub const COLUMNS: [(&str, &str, &str); 17] = [
    (
        "event_id",
        "string",
        "The event's id; its page is /events/<id>",
    ),
    ("event_title", "string", "The event's title"),
    (
        "date",
        "string",
        "When the figures were announced: YYYY-MM-DD, YYYY-MM or YYYY; empty if unknown",
    ),
    ("date_precision", "string", "day, month, year or unknown"),
    (
        "event_regions",
        "string",
        "ISO 3166-2:KZ codes of the event's regions as they were at its date, separated by ';'",
    ),
    (
        "figure_region",
        "string",
        "The region this figure is for, when it is one region's part of a larger event",
    ),
    ("agencies", "string", "Agency ids, separated by ';'"),
    ("metric", "string", "What the figure measures"),
    (
        "breakdown",
        "string",
        "voluntary/forced for farms; property, vehicle, digital_asset, cash or other for assets",
    ),
    (
        "value",
        "number",
        "The figure; empty when the source reports the thing but states no figure (never zero)",
    ),
    ("unit", "string", "The unit, for figures that are not money"),
    (
        "currency",
        "string",
        "ISO 4217 currency the source stated the amount in",
    ),
    (
        "qualifier",
        "string",
        "exact, approx (about) or at_least (more than)",
    ),
    (
        "preferred",
        "boolean",
        "Whether totals use this figure (one per event, metric, region and breakdown)",
    ),
    ("as_stated", "string", "The source's own words"),
    (
        "source_ids",
        "string",
        "Ids of the sources stating the figure, separated by ';'",
    ),
    (
        "source_urls",
        "string",
        "Their web addresses, separated by ' ; '; a source without one is left out",
    ),
];

/// The rows for some events, in the order given.
pub fn rows(snapshot: &Snapshot, events: &[&Event]) -> Vec<Row> {
    let mut out = Vec::new();
    for e in events {
        for m in &e.measures {
            let urls: Vec<&str> = m
                .sources
                .iter()
                .filter_map(|id| snapshot.source(id).and_then(|s| s.url.as_deref()))
                .collect();
            out.push(Row {
                event_id: e.id.clone(),
                event_title: e.title.any().to_string(),
                date: e.announced.clone().unwrap_or_default(),
                date_precision: format!("{:?}", e.date_precision).to_lowercase(),
                event_regions: e.regions.join(";"),
                figure_region: m.region.clone().unwrap_or_default(),
                agencies: e.agencies.join(";"),
                metric: m.metric.to_string(),
                breakdown: m.kind.clone().unwrap_or_default(),
                value: m.value,
                unit: m.unit.clone().unwrap_or_default(),
                currency: m.currency.clone().unwrap_or_default(),
                qualifier: serde_json::to_value(m.qualifier)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                preferred: m.preferred,
                as_stated: m.as_stated.clone(),
                source_ids: m.sources.join(";"),
                source_urls: urls.join(" ; "),
            });
        }
    }
    out
}

/// CSV text: a byte-order mark, a header row, CRLF line ends, RFC 4180 quoting.
pub fn csv(rows: &[Row]) -> String {
    let mut out = String::from('\u{feff}');
    let header: Vec<&str> = COLUMNS.iter().map(|c| c.0).collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for r in rows {
        let value = r.value.map(plain_number).unwrap_or_default();
        let fields = [
            &r.event_id,
            &r.event_title,
            &r.date,
            &r.date_precision,
            &r.event_regions,
            &r.figure_region,
            &r.agencies,
            &r.metric,
            &r.breakdown,
            &value,
            &r.unit,
            &r.currency,
            &r.qualifier,
            &r.preferred.to_string(),
            &r.as_stated,
            &r.source_ids,
            &r.source_urls,
        ];
        let cells: Vec<String> = fields.iter().map(|f| quote(f)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// JSON text of the same rows.
pub fn json_rows(rows: &[Row]) -> String {
    serde_json::to_string_pretty(rows).unwrap_or_else(|_| "[]".to_string())
}

fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) || field.starts_with(' ') || field.ends_with(' ') {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// A number as a spreadsheet reads it: no grouping, no exponent, no trailing zeros.
pub fn plain_number(value: f64) -> String {
    let text = format!("{value:.6}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_string()
    } else {
        text.to_string()
    }
}

/// The Frictionless data package for a snapshot's CSV at `csv_path` (relative to the package).
pub fn datapackage(snapshot: &Snapshot, csv_path: &str) -> serde_json::Value {
    let fields: Vec<serde_json::Value> = COLUMNS
        .iter()
        .map(|(name, kind, description)| json!({ "name": name, "type": kind, "description": description }))
        .collect();
    let sources: Vec<serde_json::Value> = snapshot
        .sources
        .iter()
        .filter_map(|s| {
            s.url.as_ref().map(
                |url| json!({ "title": format!("{} ({})", s.title, s.publisher), "path": url }),
            )
        })
        .collect();
    json!({
        "profile": "tabular-data-package",
        "name": format!("minewatch-kazakhstan-{}", snapshot.id.to_lowercase()),
        "title": format!("Minewatch: enforcement against illegal cryptocurrency mining in Kazakhstan, snapshot {}", snapshot.id),
        "version": snapshot.id,
        "created": format!("{}T00:00:00Z", snapshot.published),
        "licenses": [{ "name": snapshot.licence.id, "title": snapshot.licence.name, "path": snapshot.licence.url }],
        "sources": sources,
        "resources": [{
            "profile": "tabular-data-resource",
            "name": "figures",
            "title": "Every figure of every event, one row each",
            "path": csv_path,
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8-sig",
            "dialect": { "delimiter": ",", "lineTerminator": "\r\n", "quoteChar": "\"", "doubleQuote": true, "header": true },
            "schema": { "fields": fields, "missingValues": [""] }
        }]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_commas_quotes_or_newlines_are_quoted() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("a, b"), "\"a, b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
        assert_eq!(quote("Карагандинская область"), "Карагандинская область");
    }

    #[test]
    fn numbers_are_written_plainly() {
        assert_eq!(plain_number(2_500_000_000.0), "2500000000");
        assert_eq!(plain_number(31.3), "31.3");
        assert_eq!(plain_number(0.82), "0.82");
        assert_eq!(plain_number(13.0), "13");
        assert_eq!(plain_number(0.0), "0");
    }
}
