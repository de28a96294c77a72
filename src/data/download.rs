//! Saving files in the reader's browser: text (CSV, JSON), and a chart as SVG or PNG.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

/// Why a download could not be made; shown to the reader.
pub type DownloadError = String;

fn js_error(what: &str) -> impl Fn(JsValue) -> DownloadError + '_ {
    move |e| {
        format!(
            "{what} failed: {}",
            e.as_string().unwrap_or_else(|| format!("{e:?}"))
        )
    }
}

/// Offers `text` as a file called `filename`.
pub fn save_text(filename: &str, mime: &str, text: &str) -> Result<(), DownloadError> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(js_error("Preparing the file"))?;
    save_blob(filename, &blob)
}

fn save_blob(filename: &str, blob: &Blob) -> Result<(), DownloadError> {
    let url = Url::create_object_url_with_blob(blob).map_err(js_error("Preparing the file"))?;
    let document = leptos::prelude::document();
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(js_error("Preparing the link"))?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    let _ = Url::revoke_object_url(&url);
    Ok(())
}

/// The SVG of the chart with element id `id`, made standalone (see [`standalone`]).
pub fn standalone_svg(id: &str) -> Result<String, DownloadError> {
    let element = leptos::prelude::document()
        .get_element_by_id(id)
        .ok_or_else(|| "The chart is not on the page any more.".to_string())?;
    crate::chart::standalone::standalone(&element.outer_html())
        .ok_or_else(|| "The chart could not be read.".to_string())
}

/// Saves the chart `id` as an SVG file.
pub fn save_svg(id: &str, filename: &str) -> Result<(), DownloadError> {
    save_text(filename, "image/svg+xml", &standalone_svg(id)?)
}

/// Saves the chart `id` as a PNG at twice its drawn size (sharp on print and retina screens).
pub fn save_png(id: &str, filename: &str, width: u32, height: u32) -> Result<(), DownloadError> {
    let svg = standalone_svg(id)?;
    let data_url = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(&svg)
    );
    let image = HtmlImageElement::new().map_err(js_error("Drawing the image"))?;
    let filename = filename.to_string();
    let img = image.clone();
    // freed by the browser's call: a closure that runs once does not outlive the download
    let onload = Closure::once_into_js(move || {
        let draw = || -> Result<(), DownloadError> {
            let canvas: HtmlCanvasElement = leptos::prelude::document()
                .create_element("canvas")
                .map_err(js_error("Drawing the image"))?
                .unchecked_into();
            canvas.set_width(width * 2);
            canvas.set_height(height * 2);
            let context: web_sys::CanvasRenderingContext2d = canvas
                .get_context("2d")
                .map_err(js_error("Drawing the image"))?
                .ok_or_else(|| "This browser cannot draw images.".to_string())?
                .unchecked_into();
            context
                .draw_image_with_html_image_element_and_dw_and_dh(
                    &img,
                    0.0,
                    0.0,
                    f64::from(width * 2),
                    f64::from(height * 2),
                )
                .map_err(js_error("Drawing the image"))?;
            let png = canvas
                .to_data_url_with_type("image/png")
                .map_err(js_error("Making the PNG"))?;
            let anchor: HtmlAnchorElement = leptos::prelude::document()
                .create_element("a")
                .map_err(js_error("Preparing the link"))?
                .unchecked_into();
            anchor.set_href(&png);
            anchor.set_download(&filename);
            anchor.click();
            Ok(())
        };
        if let Err(e) = draw() {
            leptos::logging::warn!("{e}");
        }
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&data_url);
    Ok(())
}
