//! "Show as table": a chart's figures as an HTML table, one row per bar or tile, written as one
//! string (set in one step when the view changes).

use super::svg::escape;
use std::fmt::Write;

/// A row of a chart's table.
#[derive(Debug, Clone, PartialEq)]
pub struct DataRow {
    /// The point's key (`data-key`: what the tests and readers' scripts read).
    pub key: String,
    /// `data-value`: the figure drawn, empty when no source gives one; `None` leaves the
    /// attribute out (a table whose figures are not drawn as bars).
    pub value: Option<String>,
    /// The row's heading: the period or the region.
    pub name: String,
    pub cells: Vec<String>,
}

/// `data-value` of a figure: the number as Rust writes it, empty when there is none.
pub fn value_attribute(value: Option<f64>) -> Option<String> {
    Some(value.map(|v| v.to_string()).unwrap_or_default())
}

/// The table: `head` are the column headings, the first one over the rows' names.
pub fn data_table(head: &[&str], rows: &[DataRow]) -> String {
    let mut out = String::from(r#"<table class="chart-data"><thead><tr>"#);
    for h in head {
        let _ = write!(out, r#"<th scope="col">{}</th>"#, escape(h));
    }
    out.push_str("</tr></thead><tbody>");
    for r in rows {
        let _ = write!(out, r#"<tr data-key="{}""#, escape(&r.key));
        if let Some(v) = &r.value {
            let _ = write!(out, r#" data-value="{}""#, escape(v));
        }
        let _ = write!(out, r#"><th scope="row">{}</th>"#, escape(&r.name));
        for c in &r.cells {
            let _ = write!(out, "<td>{}</td>", escape(c));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_per_point_with_its_key_figure_and_escaped_words() {
        let t = data_table(
            &["Region", "Farms <shut>"],
            &[
                DataRow {
                    key: "KZ-10".into(),
                    value: value_attribute(Some(2.5)),
                    name: "Abai & \"East\"".into(),
                    cells: vec!["2.5".into(), "3".into()],
                },
                DataRow {
                    key: "KZ-11".into(),
                    value: value_attribute(None),
                    name: "Akmola".into(),
                    cells: vec!["no figure".into()],
                },
                DataRow {
                    key: "KZ-15".into(),
                    value: None,
                    name: "Aktobe".into(),
                    cells: vec![],
                },
            ],
        );
        assert!(t.starts_with(r#"<table class="chart-data"><thead><tr><th scope="col">Region</th><th scope="col">Farms &lt;shut&gt;</th></tr>"#), "{t}");
        assert!(t.contains(r#"<tr data-key="KZ-10" data-value="2.5"><th scope="row">Abai &amp; &quot;East&quot;</th><td>2.5</td><td>3</td></tr>"#), "{t}");
        assert!(t.contains(r#"<tr data-key="KZ-11" data-value=""><th scope="row">Akmola</th><td>no figure</td></tr>"#), "{t}");
        assert!(
            t.contains(r#"<tr data-key="KZ-15"><th scope="row">Aktobe</th></tr>"#),
            "{t}"
        );
        assert!(t.ends_with("</tbody></table>"));
    }
}
