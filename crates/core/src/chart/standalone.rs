//! A chart's SVG as it leaves the page (a download, a link-preview image): with its namespace,
//! the page's chart styles written in (light theme, nothing highlighted), a white background and
//! dark text, so that it reads the same anywhere.

use super::colour::ink;

/// The page's chart styles for an image on its own: light theme, nothing highlighted.
pub fn style() -> String {
    format!(
        ".chart-title{{font-size:15px;font-weight:700;fill:{text}}}\
.chart-sub,.chart-credit{{font-size:11px;fill:{muted}}}.tick{{fill:{text}}}.tick:not([font-size]){{font-size:12px}}\
.grid{{stroke:{text};stroke-opacity:.15}}.bar{{fill:{bar}}}.bar.apart{{fill:{apart}}}\
.bar.chosen{{fill:{chosen}}}.highlight{{display:none}}.tile-box.empty{{stroke:{line};stroke-dasharray:3 2}}.tile-box.zero{{stroke:{line}}}\
.tile-name:not([font-size]){{font-size:10px}}.tile-value{{font-weight:700}}.tile-value:not([font-size]){{font-size:12px}}",
        text = ink::TEXT,
        muted = ink::MUTED,
        bar = ink::BAR,
        apart = ink::APART,
        chosen = ink::CHOSEN,
        line = ink::TILE_LINE,
    )
}

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
        &format!("<svg style=\"color:{};font-family:sans-serif\"", ink::TEXT),
        1,
    );
    Some(format!(
        "{head}<style>{}</style><rect width=\"100%\" height=\"100%\" fill=\"{}\"/>{rest}",
        style(),
        ink::PAPER
    ))
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
}
