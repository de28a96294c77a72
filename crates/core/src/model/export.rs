//! Downloads: one row per figure of the shown events, as CSV (UTF-8 with BOM, so Excel reads
//! Cyrillic) or JSON, and a Frictionless data package describing the whole snapshot's CSV.

use super::snapshot::{Event, Scope, Snapshot, Source};
use serde::Serialize;
use serde_json::json;
use std::collections::HashMap;

/// One figure, flattened for a spreadsheet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub event_id: crate::model::EventId,
    pub event_title: String,
    pub date: String,
    pub date_precision: String,
    /// What the editors know of the date beyond the field (an upper bound, a context).
    pub date_note: String,
    pub period_from: String,
    pub period_to: String,
    pub scope: String,
    pub event_regions: String,
    pub event_region_names: String,
    pub figure_region: String,
    pub figure_region_name: String,
    pub agencies: String,
    pub agency_names: String,
    pub metric: String,
    pub breakdown: String,
    pub value: Option<f64>,
    pub unit: String,
    pub currency: String,
    pub qualifier: String,
    pub preferred: bool,
    pub as_stated: String,
    pub source_ids: String,
    pub source_publishers: String,
    pub source_urls: String,
}

/// Column names, their Frictionless types and descriptions, in order.
pub const COLUMNS: [(&str, &str, &str); 25] = [
    ("event_id", "string", "The event's id; its page is /events/<id>"),
    ("event_title", "string", "The event's title (English where the editors wrote one)"),
    ("date", "string", "When the figures were announced: YYYY-MM-DD, YYYY-MM or YYYY; empty if the sources give no announcement date"),
    ("date_precision", "string", "Precision of date: day, month, year, or unknown (no announcement date)"),
    ("date_note", "string", "What is known of the date beyond it, such as 'reported on or before 22 March 2022'"),
    ("period_from", "string", "Start of the operation period when the sources give one (YYYY-MM-DD, YYYY-MM or YYYY), else empty"),
    ("period_to", "string", "End of the operation period when the sources give one, else empty"),
    ("scope", "string", "local, regional, multi_regional or national: with an empty event_regions, national means nationwide and anything else an unknown place"),
    ("event_regions", "string", "ISO 3166-2:KZ codes of the event's regions as they were at its date, separated by ';'; empty when nationwide or unknown (see scope)"),
    ("event_region_names", "string", "Their English names, separated by ';'; 'Kazakhstan (nationwide)' or '(place not known)' when there are none"),
    ("figure_region", "string", "The region this figure is for, when it is one region's part of a larger event"),
    ("figure_region_name", "string", "Its English name"),
    ("agencies", "string", "Agency ids, separated by ';'"),
    ("agency_names", "string", "Their English names, separated by ';'"),
    ("metric", "string", "What the figure measures"),
    ("breakdown", "string", "voluntary/forced/ended for farms; property, vehicle, digital_asset, cash or other for assets"),
    ("value", "number", "The figure; empty when the source reports the thing but states no figure (never zero)"),
    ("unit", "string", "The unit, for figures that are not money"),
    ("currency", "string", "ISO 4217 currency the source stated the amount in"),
    ("qualifier", "string", "exact, approx (about), at_least (more than) or at_most (up to)"),
    ("preferred", "boolean", "Whether totals use this figure (one per event, metric, region and breakdown)"),
    ("as_stated", "string", "The source's own words, in the source's language"),
    ("source_ids", "string", "Ids of the sources stating the figure, separated by ';'"),
    ("source_publishers", "string", "Their publishers, one per source id in the same order, separated by ';'"),
    ("source_urls", "string", "Their web addresses, one per source id in the same order, separated by ' ; '; empty where a source has no recorded address"),
];

/// What the data package says about text cells that a spreadsheet could take for a formula.
pub const FORMULA_NOTE: &str = "Text cells that begin with =, +, -, @, a tab or a carriage return are written with a leading apostrophe (') so that no spreadsheet runs them as a formula; remove it to get the text as the source wrote it. The JSON snapshot has every text unchanged.";

/// The rows for some events, in the order given.
pub fn rows(snapshot: &Snapshot, events: &[&Event]) -> Vec<Row> {
    let regions: HashMap<&str, &str> = snapshot
        .regions
        .iter()
        .map(|r| (r.code.as_str(), r.names.en.as_str()))
        .collect();
    let agencies: HashMap<&str, &str> = snapshot
        .agencies
        .iter()
        .map(|a| (a.id.as_str(), a.names.en.as_str()))
        .collect();
    let sources: HashMap<&str, &Source> = snapshot
        .sources
        .iter()
        .map(|s| (s.id.as_str(), s))
        .collect();
    let name_of = |table: &HashMap<&str, &str>, id: &str| {
        table.get(id).map_or(String::new(), |n| n.to_string())
    };
    let mut out = Vec::new();
    for e in events {
        let region_names = if e.regions.is_empty() {
            match e.scope {
                Scope::National => "Kazakhstan (nationwide)".to_string(),
                _ => "(place not known)".to_string(),
            }
        } else {
            e.regions
                .iter()
                .map(|c| name_of(&regions, c))
                .collect::<Vec<_>>()
                .join(";")
        };
        let agency_names = e
            .agencies
            .iter()
            .map(|a| name_of(&agencies, a))
            .collect::<Vec<_>>()
            .join(";");
        let (period_from, period_to) = e
            .period
            .as_ref()
            .map_or((String::new(), String::new()), |p| {
                (p.from.to_string(), p.to.to_string())
            });
        for m in &e.measures {
            let cited: Vec<Option<&Source>> = m
                .sources
                .iter()
                .map(|id| sources.get(id.as_str()).copied())
                .collect();
            out.push(Row {
                event_id: e.id.clone(),
                event_title: e.title.any().to_string(),
                date: e.announced.map(|d| d.to_string()).unwrap_or_default(),
                date_precision: format!("{:?}", e.date_precision).to_lowercase(),
                date_note: e.date_note.clone().unwrap_or_default(),
                period_from: period_from.clone(),
                period_to: period_to.clone(),
                scope: serde_plain(&e.scope),
                event_regions: e.regions.join(";"),
                event_region_names: region_names.clone(),
                figure_region: m.region.as_deref().unwrap_or_default().to_string(),
                figure_region_name: m
                    .region
                    .as_deref()
                    .map(|c| name_of(&regions, c))
                    .unwrap_or_default(),
                agencies: e.agencies.join(";"),
                agency_names: agency_names.clone(),
                metric: m.metric.to_string(),
                breakdown: m.kind.clone().unwrap_or_default(),
                value: m.value,
                unit: m.unit.clone().unwrap_or_default(),
                currency: m.currency.clone().unwrap_or_default(),
                qualifier: serde_plain(&m.qualifier),
                preferred: m.preferred,
                as_stated: m.as_stated.clone(),
                source_ids: m.sources.join(";"),
                source_publishers: cited
                    .iter()
                    .map(|s| s.map_or("", |s| s.publisher.as_str()))
                    .collect::<Vec<_>>()
                    .join(";"),
                source_urls: cited
                    .iter()
                    .map(|s| s.and_then(|s| s.url.as_deref()).unwrap_or(""))
                    .collect::<Vec<_>>()
                    .join(" ; "),
            });
        }
    }
    out
}

/// A unit enum as its serialised name (`multi_regional`, `at_least`).
fn serde_plain<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// CSV text: a byte-order mark, a header row, CRLF line ends, RFC 4180 quoting, and text cells
/// that a spreadsheet would run as a formula neutralised (see `FORMULA_NOTE`).
pub fn csv(rows: &[Row]) -> String {
    let mut out = String::from('\u{feff}');
    let header: Vec<&str> = COLUMNS.iter().map(|c| c.0).collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for r in rows {
        let value = r.value.map(plain_number).unwrap_or_default();
        let text = |t: &str| quote(&neutralised(t));
        let cells = [
            text(&r.event_id),
            text(&r.event_title),
            text(&r.date.to_string()),
            text(&r.date_precision),
            text(&r.date_note),
            text(&r.period_from),
            text(&r.period_to),
            text(&r.scope),
            text(&r.event_regions),
            text(&r.event_region_names),
            text(&r.figure_region),
            text(&r.figure_region_name),
            text(&r.agencies),
            text(&r.agency_names),
            text(&r.metric),
            text(&r.breakdown),
            quote(&value),
            text(&r.unit),
            text(&r.currency),
            text(&r.qualifier),
            quote(&r.preferred.to_string()),
            text(&r.as_stated),
            text(&r.source_ids),
            text(&r.source_publishers),
            text(&r.source_urls),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A text cell a spreadsheet would take for a formula (OWASP: =, +, -, @, tab, carriage return
/// first) gets a leading apostrophe; any other text is unchanged.
pub fn neutralised(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
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
            "description": FORMULA_NOTE,
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
