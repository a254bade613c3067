//! A screen as plain text: the grid as it would look on the terminal (labels as written,
//! `_` for each input position, `.` for each output position, `*` for dark fields), between
//! column rulers, followed by a legend and the list of named fields.

use super::picture::{ItemKind, Picture};
use crate::model::Screen;

/// The text picture of a screen. Lines are at most as wide as the map (80 columns for a
/// 24×80 map); trailing blanks are trimmed.
pub fn to_text(screen: &Screen, picture: &Picture) -> String {
    let rows = usize::from(picture.rows);
    let columns = usize::from(picture.columns);
    let mut grid = vec![vec![' '; columns]; rows];
    for item in &picture.items {
        let row = usize::from(item.row) - 1;
        for i in 0..usize::from(item.width) {
            let col = usize::from(item.column) - 1 + i;
            let (Some(line), true) = (grid.get_mut(row), col < columns) else {
                continue;
            };
            let given = item.text.chars().nth(i).filter(|c| *c != ' ');
            line[col] = if item.dark {
                '*'
            } else {
                match (item.kind, given) {
                    (_, Some(c)) => c,
                    (ItemKind::Input, None) => '_',
                    (ItemKind::Output, None) => '.',
                    (ItemKind::Label, None) => ' ',
                }
            };
        }
    }
    let mut out = format!(
        "{}  {}×{}  ({} line {})\n",
        picture.title, picture.rows, picture.columns, screen.mapset, screen.line
    );
    out.push_str(&ruler(columns));
    out.push('\n');
    for line in grid {
        let text: String = line.into_iter().collect();
        out.push_str(text.trim_end());
        out.push('\n');
    }
    out.push_str(&ruler(columns));
    out.push('\n');
    out.push_str("_ input   . output (filled by the program)   * dark (not displayed)\n");
    out.push_str("\nNamed fields (row,column of the first character):\n");
    for (index, field) in screen.fields.iter().enumerate() {
        let Some(name) = &field.name else { continue };
        let kind = picture
            .items
            .iter()
            .find(|i| i.field == index)
            .map_or("stopper", |i| match i.kind {
                ItemKind::Input => "input",
                ItemKind::Output => "output",
                ItemKind::Label => "label",
            });
        let mut line = format!(
            "  {name:<9} {:>3},{:<3} {:>4}  {kind:<6}  {}",
            field.row,
            field.column,
            field.length,
            field.attributes.keywords()
        );
        if field.occurs > 1 {
            line.push_str(&format!("  OCCURS {}", field.occurs));
        }
        if let Some(c) = &field.color {
            line.push_str(&format!("  {c}"));
        }
        if let Some(h) = &field.highlight {
            line.push_str(&format!("  HILIGHT {h}"));
        }
        if let Some(p) = &field.picin {
            line.push_str(&format!("  PICIN '{p}'"));
        }
        if let Some(p) = &field.picout {
            line.push_str(&format!("  PICOUT '{p}'"));
        }
        if let Some(g) = &field.group {
            line.push_str(&format!("  GRPNAME {g}"));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// `----+----1----+----2…` cut to `columns`.
fn ruler(columns: usize) -> String {
    (1..=columns)
        .map(|c| {
            if c % 10 == 0 {
                char::from_digit(((c / 10) % 10) as u32, 10).unwrap_or('+')
            } else if c % 5 == 0 {
                '+'
            } else {
                '-'
            }
        })
        .collect()
}
