//! (being written)

use eframe::egui;

use super::cx::Cx;

#[derive(Default)]
pub struct GraphView {}

impl GraphView {
    pub fn ui(&mut self, ui: &mut egui::Ui, _cx: &mut Cx) {
        ui.label("GraphView");
    }
}
