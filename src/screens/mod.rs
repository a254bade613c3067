//! Pictures of 3270 screens (BMS maps), without GUI types: the render model
//! ([`picture::Picture`]), an SVG ([`svg::to_svg`]) and an 80-column text picture
//! ([`text::to_text`]). The CLI's `screens` command, the HTML catalogue and the app's Screens
//! view all draw from the same [`picture::Picture`].

pub mod picture;
pub mod svg;
pub mod text;

pub use picture::{ItemKind, Picture, PictureItem, ScreenColor, picture};
pub use svg::to_svg;
pub use text::to_text;

use crate::model::Model;

/// The screens (indices into `model.screens`) a name selects: a map (`PAY1MAP`), a mapset
/// (`BENMS01`, all its maps) or both (`BENMS01.PAY1MAP`); case does not matter.
pub fn select(model: &Model, name: &str) -> Vec<usize> {
    let name = name.trim().to_ascii_uppercase();
    model
        .screens
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            s.name == name || s.mapset == name || format!("{}.{}", s.mapset, s.name) == name
        })
        .map(|(i, _)| i)
        .collect()
}
