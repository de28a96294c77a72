//! The one SVG writer of the bar charts. The page, its downloads and the link-preview images
//! draw a chart from the same markup, written here from the chart's layout and its words.

use super::layout::Heading;
use super::region_plot::{PlacedText, RegionPlot};
use super::timeline_plot::TimelinePlot;
use std::borrow::Cow;
use std::fmt::Write;

/// `text` safe inside an element or a quoted attribute.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Markup being written. Writing to a `String` cannot fail, so the results of `write!` are
/// dropped on purpose.
#[derive(Default)]
struct Markup(String);

impl Markup {
    fn line(&mut self, x1: f64, x2: f64, y1: f64, y2: f64) {
        let _ = write!(
            self.0,
            r#"<line x1="{x1}" x2="{x2}" y1="{y1}" y2="{y2}" class="grid"/>"#
        );
    }

    /// A text at (x, y) with its anchor (none: SVG's "start"), classes and font size.
    fn text(
        &mut self,
        x: f64,
        y: f64,
        anchor: Option<&str>,
        class: &str,
        font: Option<f64>,
        text: &str,
    ) {
        let _ = write!(self.0, r#"<text x="{x}" y="{y}""#);
        if let Some(anchor) = anchor {
            let _ = write!(self.0, r#" text-anchor="{anchor}""#);
        }
        let _ = write!(self.0, r#" class="{class}""#);
        if let Some(font) = font {
            let _ = write!(self.0, r#" font-size="{font}""#);
        }
        let _ = write!(self.0, ">{}</text>", escape(text));
    }

    fn placed(&mut self, t: &PlacedText, class: &str) {
        self.text(t.x, t.y, Some(t.anchor.as_str()), class, t.font, &t.text);
    }

    /// A bar with the point it draws (`data-key`, `data-value`: what the tests and readers'
    /// scripts read).
    fn bar(&mut self, area: &super::projection::Area, class: &str, key: &str, value: Option<f64>) {
        let _ = write!(
            self.0,
            r#"<rect x="{}" y="{}" width="{}" height="{}" class="{class}" data-key="{}" data-value="{}"/>"#,
            area.x,
            area.y,
            area.width,
            area.height.max(0.0),
            escape(key),
            value.map(|v| v.to_string()).unwrap_or_default()
        );
    }
}

/// The timeline's body: grid and tick figures, a column per period, the period labels.
pub fn timeline_markup(plot: &TimelinePlot, tick_text: &dyn Fn(f64) -> String) -> String {
    let mut m = Markup::default();
    let area = plot.projection.area;
    for t in &plot.ticks {
        m.line(area.x, area.right(), t.at, t.at);
        m.text(
            area.x - 6.0,
            t.at + 4.0,
            Some("end"),
            "tick",
            None,
            &tick_text(t.value),
        );
    }
    for c in &plot.columns {
        m.bar(&c.area, "bar", &c.key.to_string(), c.value);
    }
    for label in &plot.labels {
        for (y, text) in std::iter::once(&label.first).chain(label.second.as_ref()) {
            m.text(label.x, *y, Some("middle"), "tick", None, text);
        }
    }
    m.0
}

/// The regions chart's body: ticks above, then each row's name, bar and value.
pub fn regions_markup(plot: &RegionPlot, tick_text: &dyn Fn(f64) -> String) -> String {
    let mut m = Markup::default();
    for t in &plot.ticks {
        m.line(t.tick.at, t.tick.at, t.line.0, t.line.1);
        m.text(
            t.tick.at,
            t.text_y,
            Some(t.anchor.as_str()),
            "tick",
            None,
            &tick_text(t.tick.value),
        );
    }
    for row in &plot.rows {
        let chosen = if row.chosen { " chosen" } else { "" };
        m.placed(&row.label, &format!("tick label{chosen}"));
        let apart = if row.apart { " apart" } else { "" };
        m.bar(
            &row.bar.area,
            &format!("bar{apart}{chosen}"),
            &row.bar.key.to_string(),
            row.bar.value,
        );
        m.placed(&row.value, "tick value");
    }
    m.0
}

/// A chart image's title and filter lines, hidden from screen readers (the image's text
/// alternative and the page's heading say them).
pub fn heading_markup(heading: &Heading) -> String {
    let mut m = Markup::default();
    m.0.push_str(r#"<g aria-hidden="true">"#);
    for (y, t) in &heading.title {
        m.text(0.0, *y, None, "chart-title", None, t);
    }
    for (y, t) in &heading.subtitle {
        m.text(0.0, *y, None, "chart-sub", None, t);
    }
    m.0.push_str("</g>");
    m.0
}

/// A chart image's credit lines, from `top` down.
pub fn credit_markup(lines: &[(f64, String)], top: f64) -> String {
    let mut m = Markup::default();
    for (dy, t) in lines {
        m.text(0.0, top + dy, None, "chart-credit", None, t);
    }
    m.0
}

/// A chart image's inside: its title and filter lines, its body below them, its credit at the
/// foot. `height` is the whole image's.
pub fn chart_inside(
    heading: &Heading,
    body: &str,
    credit: &[(f64, String)],
    height: f64,
    credit_height: f64,
) -> String {
    format!(
        r#"{}<g transform="translate(0 {})">{body}</g>{}"#,
        heading_markup(heading),
        heading.height,
        credit_markup(credit, height - credit_height)
    )
}

/// A whole chart image, `width` × `height`, with its text alternative.
pub fn chart_svg(id: &str, width: f64, height: f64, alt: &str, inside: &str) -> String {
    format!(
        r#"<svg id="{}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-label="{}" preserveAspectRatio="xMidYMid meet" class="chart-svg">{inside}</svg>"#,
        escape(id),
        escape(alt)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::layout::heading;
    use crate::chart::region_plot::{region_plot, RegionRow};
    use crate::chart::timeline_plot::timeline_plot;
    use crate::model::dates::PartialDate;
    use crate::model::metric::Qualifier;
    use crate::model::series::{Point, PointKey, Step};

    #[test]
    fn text_from_the_data_cannot_break_the_markup() {
        assert_eq!(escape("Abai"), "Abai");
        assert_eq!(
            escape(r#"<b>"A&B's"</b>"#),
            "&lt;b&gt;&quot;A&amp;B&#39;s&quot;&lt;/b&gt;"
        );
        let row = RegionRow {
            key: PointKey::Region("KZ-<1>".into()),
            label: "</text><script>".into(),
            value: Some(3.0),
            value_text: "3 & more".into(),
            chosen: false,
        };
        let not_split = RegionRow {
            key: PointKey::NotSplit,
            value: None,
            ..row.clone()
        };
        let markup = regions_markup(&region_plot(&[row], &not_split, 640.0), &|v| v.to_string());
        assert!(!markup.contains("<script>") && markup.contains("&lt;/text&gt;&lt;script&gt;"));
        assert!(markup.contains(r#"data-key="KZ-&lt;1&gt;""#) && markup.contains("3 &amp; more"));
    }

    #[test]
    fn a_timeline_writes_a_column_per_period_with_its_key_and_value() {
        let point = |year, value| Point {
            key: PointKey::Period(PartialDate {
                year,
                month: None,
                day: None,
            }),
            value,
            qualifier: Qualifier::Exact,
            events: Vec::new(),
        };
        let plot = timeline_plot(
            &[point(2022, Some(2.0)), point(2023, None)],
            Step::Year,
            400.0,
            &[],
        );
        let body = timeline_markup(&plot, &|v| format!("{v}!"));
        assert_eq!(body.matches("<rect").count(), 2);
        assert!(body.contains(r#"class="bar" data-key="2022" data-value="2""#));
        assert!(
            body.contains(r#"data-key="2023" data-value="""#),
            "no figure: no value"
        );
        assert!(body.contains(">2!</text>"), "ticks in the caller's words");
        let top = heading("Events by year", "All of Kazakhstan", 400.0);
        let image = chart_svg(
            "c",
            400.0,
            300.0,
            "A & B",
            &chart_inside(&top, &body, &[(14.0, "Source".into())], 300.0, 20.0),
        );
        assert!(image.starts_with(r#"<svg id="c" viewBox="0 0 400 300""#));
        assert!(image.contains(r#"aria-label="A &amp; B""#));
        assert!(image.contains(r#"<text x="0" y="294" class="chart-credit">Source</text>"#));
        assert!(image
            .ends_with("</g><text x=\"0\" y=\"294\" class=\"chart-credit\">Source</text></svg>"));
    }
}
