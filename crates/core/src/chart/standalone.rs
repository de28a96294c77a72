//! A chart's SVG as it leaves the page (a download, a link-preview image): with its namespace,
//! the page's chart styles written in (light theme, nothing highlighted), a white background and
//! dark text, so that it reads the same anywhere.

const STYLE: &str = ".chart-title{font-size:15px;font-weight:700;fill:#1b1f24}\
.chart-sub,.chart-credit{font-size:11px;fill:#3d444d}.tick{fill:#1b1f24}.tick:not([font-size]){font-size:12px}\
.grid{stroke:#1b1f24;stroke-opacity:.15}.bar,.bar.active{fill:#3182bd}.bar.apart{fill:#969696}\
.bar.chosen{fill:#08519c}.tile-box.empty{stroke:#8c959f;stroke-dasharray:3 2}.tile-box.zero{stroke:#8c959f}\
.tile-name:not([font-size]){font-size:10px}.tile-value{font-weight:700}.tile-value:not([font-size]){font-size:12px}";

/// `svg` (an `<svg …>…</svg>` element's markup) made standalone; `None` when it is not one.
pub fn standalone(svg: &str) -> Option<String> {
    if !svg.starts_with("<svg") {
        return None;
    }
    let svg = if svg.contains("xmlns=") {
        svg.to_string()
    } else {
        svg.replacen("<svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"", 1)
    };
    let (head, rest) = svg.split_at(svg.find('>')? + 1);
    let head = head.replacen(
        "<svg",
        "<svg style=\"color:#1b1f24;font-family:sans-serif\"",
        1,
    );
    Some(format!(
        "{head}<style>{STYLE}</style><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>{rest}"
    ))
}

/// The markup of the `<svg>` element with id `id` in `html`, when there is one.
pub fn find_svg<'a>(html: &'a str, id: &str) -> Option<&'a str> {
    let start = html.find(&format!("<svg id=\"{id}\""))?;
    let from = html.get(start..)?;
    let end = from.find("</svg>")? + "</svg>".len();
    from.get(..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_gets_its_namespace_styles_and_background() {
        let out =
            standalone("<svg id=\"c\" viewBox=\"0 0 10 10\"><rect class=\"bar\"/></svg>").unwrap();
        assert!(out.starts_with("<svg style=\"color:#1b1f24;font-family:sans-serif\" xmlns=\"http://www.w3.org/2000/svg\" id=\"c\""));
        assert!(out.contains("<style>.chart-title{"));
        assert!(out.contains("fill=\"#ffffff\"/><rect class=\"bar\"/></svg>"));
        assert_eq!(standalone("<div></div>"), None);
    }

    #[test]
    fn the_chart_is_found_by_its_id() {
        let page = "<p>x</p><svg id=\"chart-a\"><g/></svg><svg id=\"chart-b\"><g/></svg>";
        assert_eq!(
            find_svg(page, "chart-b"),
            Some("<svg id=\"chart-b\"><g/></svg>")
        );
        assert_eq!(find_svg(page, "chart-c"), None);
    }
}
