//! Per-project settings saved with the project in `<root>/.legacylens/project.json`: copybook
//! folders, a COBOL source format override, excluded paths, the annotation file and the
//! bookmarks. Unknown fields are kept; a broken file is reported and never overwritten
//! silently (the app shows the message and keeps defaults until the user saves).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::history::Bookmark;
use crate::cobol::preprocess::{PreprocessOptions, SourceFormat};
use crate::index::IndexOptions;

/// The settings file, relative to the project root.
pub const SETTINGS_FILE: &str = ".legacylens/project.json";

/// LegacyLens's folder in a project (settings, graph exports); never indexed.
pub const SETTINGS_DIR: &str = ".legacylens";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProjectSettings {
    /// Folders (relative to the root) searched for copybooks first.
    pub copybook_folders: Vec<String>,
    /// `fixed`, `free` or `variable`; empty = detect per file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_format: Option<String>,
    /// Relative paths (files or folders) left out of indexing.
    pub excluded: Vec<String>,
    /// The annotation file the rules view opens (relative to the root, or absolute).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotations: Option<String>,
    pub bookmarks: Vec<Bookmark>,
    /// Mine rules in vendored third-party files too (left out by default).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub include_vendored: bool,
    /// System services beyond the built-in IBM table: names, or prefixes ending in `*`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub system_services: Vec<String>,
    /// Files the app exported into the project (relative paths): never indexed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub written: Vec<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The source formats a user may force.
pub const SOURCE_FORMATS: [&str; 3] = ["fixed", "free", "variable"];

impl ProjectSettings {
    pub fn path(root: &Path) -> PathBuf {
        root.join(SETTINGS_FILE)
    }

    /// Loads the settings of a project; a missing file gives defaults, a broken one an error
    /// naming the file and the line.
    pub fn load(root: &Path) -> Result<ProjectSettings, String> {
        let path = Self::path(root);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                format!(
                    "{}:{}: cannot read project settings: {e}",
                    path.display(),
                    e.line()
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ProjectSettings::default()),
            Err(e) => Err(format!("{}: {e}", path.display())),
        }
    }

    /// Saves atomically, creating `.legacylens/` when needed.
    pub fn save(&self, root: &Path) -> Result<(), String> {
        let path = Self::path(root);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let mut text = serde_json::to_string_pretty(self).expect("settings serialise");
        text.push('\n');
        crate::atomic_write::write_atomic(&path, text.as_bytes())
            .map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn format(&self) -> Option<SourceFormat> {
        match self.source_format.as_deref()? {
            "fixed" => Some(SourceFormat::Fixed),
            "free" => Some(SourceFormat::Free),
            "variable" => Some(SourceFormat::Variable),
            _ => None,
        }
    }

    /// Indexing options for these settings in the project at `root`: its own exclusions
    /// plus LegacyLens's own files ([`ProjectSettings::own_files`]).
    pub fn index_options(&self, root: &Path) -> IndexOptions {
        let defaults = IndexOptions::default();
        IndexOptions {
            copybook_folders: self.copybook_folders.clone(),
            scan: crate::scan::ScanOptions {
                excluded: self
                    .excluded
                    .iter()
                    .cloned()
                    .chain(self.own_files_in(root))
                    .collect(),
            },
            cobol: PreprocessOptions {
                format: self.format(),
                ..defaults.cobol.clone()
            },
            system_services: self.system_services.clone(),
            ..defaults
        }
    }

    /// LegacyLens's own files in the project, never indexed, as users read them: the
    /// settings folder, the annotation file with its recovery and backup copies, and the
    /// exports the app wrote there.
    pub fn own_files(&self, root: &Path) -> Vec<String> {
        let mut out = vec![
            format!("{}/ (settings, graph exports)", SETTINGS_DIR),
            "*.recovery.json, *.json.bak (annotation recovery and backup files)".to_string(),
        ];
        out.extend(self.own_files_in(root));
        out
    }

    /// The own files given as paths relative to `root` (for the scan's exclusions; the
    /// settings folder and recovery and backup files are skipped by the scan itself).
    pub fn own_files_in(&self, root: &Path) -> Vec<String> {
        let mut out = Vec::new();
        if let Ok(rel) = self.annotations_path(root).strip_prefix(root)
            && let Some(rel) = rel.to_str()
        {
            out.push(rel.replace('\\', "/"));
        }
        for w in &self.written {
            if !out.contains(w) {
                out.push(w.clone());
            }
        }
        out
    }

    /// Records a file the app wrote; true when it is inside the project (and so from now on
    /// left out of indexing).
    pub fn record_written(&mut self, root: &Path, path: &Path) -> bool {
        let Ok(rel) = path.strip_prefix(root) else {
            return false;
        };
        let Some(rel) = rel.to_str().map(|r| r.replace('\\', "/")) else {
            return false;
        };
        if rel.is_empty() || rel.starts_with(SETTINGS_DIR) {
            return false;
        }
        if !self.written.contains(&rel) {
            self.written.push(rel);
        }
        true
    }

    /// Rule-mining options for these settings.
    pub fn mine_options(&self) -> crate::rules::mine::MineOptions {
        crate::rules::mine::MineOptions {
            include_vendored: self.include_vendored,
        }
    }

    /// The annotation file path: the configured one, else `legacylens-rules.json` in the root.
    pub fn annotations_path(&self, root: &Path) -> PathBuf {
        match &self.annotations {
            Some(p) if Path::new(p).is_absolute() => PathBuf::from(p),
            Some(p) => root.join(p),
            None => super::rulebook::default_path(root),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_apps_own_files_are_never_indexed() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for (name, text) in [
            (
                "PAY.cbl",
                "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. PAY.\n",
            ),
            ("team-rules.json", "{\"schema_version\": 1, \"rules\": []}"),
            ("team-rules.json.bak", "{}"),
            ("catalogue.md", "# Rules"),
            ("notes.md", "# Notes"),
        ] {
            std::fs::write(root.join(name), text).unwrap();
        }
        std::fs::create_dir_all(root.join(".legacylens/exports")).unwrap();
        std::fs::write(root.join(".legacylens/exports/calls.dot"), "digraph {}").unwrap();
        let mut s = ProjectSettings {
            annotations: Some("team-rules.json".into()),
            ..Default::default()
        };
        assert!(s.record_written(root, &root.join("catalogue.md")));
        assert!(!s.record_written(root, Path::new("/elsewhere/catalogue.md")));
        assert!(!s.record_written(root, &root.join(".legacylens/exports/calls.dot")));
        let model = crate::index::index_project(root, &s.index_options(root)).unwrap();
        let paths: Vec<&str> = model.files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["PAY.cbl", "notes.md"]);
        let shown = s.own_files(root);
        assert!(
            shown.iter().any(|f| f.starts_with(".legacylens/")),
            "{shown:?}"
        );
        assert!(shown.contains(&"team-rules.json".to_string()));
        assert!(shown.contains(&"catalogue.md".to_string()));
    }

    #[test]
    fn round_trips_and_keeps_unknown_fields() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            ProjectSettings::load(dir.path()).unwrap(),
            ProjectSettings::default()
        );
        let mut s = ProjectSettings {
            copybook_folders: vec!["copy".into()],
            source_format: Some("free".into()),
            excluded: vec!["old/".into()],
            ..Default::default()
        };
        s.extra.insert("future".into(), Value::from(7));
        s.bookmarks.push(Bookmark {
            path: "cobol/PAYCALC.cbl".into(),
            line: 120,
            symbol: Some("PAYCALC.2000-CALC".into()),
            note: "rounding".into(),
        });
        s.save(dir.path()).unwrap();
        let back = ProjectSettings::load(dir.path()).unwrap();
        assert_eq!(back, s);
        let options = back.index_options(dir.path());
        assert_eq!(options.copybook_folders, ["copy"]);
        // The user's exclusions, then the app's own annotation file.
        assert_eq!(options.scan.excluded, ["old/", "legacylens-rules.json"]);
        assert_eq!(options.cobol.format, Some(SourceFormat::Free));
        assert!(options.cobol.drop_comment_lines);
    }

    #[test]
    fn a_broken_file_is_an_error_naming_the_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(".legacylens")).unwrap();
        std::fs::write(
            ProjectSettings::path(dir.path()),
            "{\n  \"excluded\": [\n    3,\n",
        )
        .unwrap();
        let err = ProjectSettings::load(dir.path()).unwrap_err();
        assert!(err.contains("project.json:3"), "{err}");
    }
}
