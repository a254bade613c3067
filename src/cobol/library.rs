//! Where COPY finds copybooks: the program's own folder first, then folders named like
//! `cpy`/`copy`/`copybook(s)`/`copylib` anywhere in the project, then folders set in the project
//! settings, then anywhere else in the project. Names match without extension or with `.cpy`,
//! `.CPY`, `.cbl`, `.CBL`, `.cob`, `.copy` (case-insensitive).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::preprocess::{Copybook, CopybookLibrary, FileKey};
use crate::model::{FileId, FileKind, SourceFile};

/// Extensions a copybook file may have (compared case-insensitively).
const COPYBOOK_EXTENSIONS: &[&str] = &["", "cpy", "cbl", "cob", "copy", "inc", "txt", "dcl"];

/// Folder names that hold copybooks by convention.
const COPYBOOK_FOLDERS: &[&str] = &[
    "cpy",
    "copy",
    "copybook",
    "copybooks",
    "copylib",
    "copylibs",
    "dcl",
    "dclgen",
    "include",
];

/// Whether a folder name says it holds copybooks (`cpy`, `copybooks`, `cpy-bms`, `dclgen` …).
fn is_copybook_folder(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    COPYBOOK_FOLDERS.contains(&name.as_str())
        || ["cpy", "copy", "dcl"].iter().any(|p| name.starts_with(p))
}

struct Candidate {
    file: FileId,
    folder: String,
    rank: u8,
    text: Arc<str>,
}

/// The copybooks of an indexed project.
pub struct ProjectCopybooks {
    by_name: HashMap<String, Vec<Candidate>>,
    folder_of: HashMap<FileId, String>,
    /// COBOL programs, which never resolve a COPY to themselves.
    programs: HashSet<FileId>,
}

impl ProjectCopybooks {
    /// Builds the library from the project's decoded files. `extra_folders` are the copybook
    /// folders of the project settings (relative paths).
    pub fn new(files: &[SourceFile], extra_folders: &[String]) -> ProjectCopybooks {
        let mut by_name: HashMap<String, Vec<Candidate>> = HashMap::new();
        let mut folder_of = HashMap::new();
        let mut programs = HashSet::new();
        for f in files {
            if f.kind == FileKind::CobolProgram {
                programs.insert(f.id);
            }
            let (folder, file_name) = match f.path.rsplit_once('/') {
                Some((d, n)) => (d.to_string(), n),
                None => (String::new(), f.path.as_str()),
            };
            folder_of.insert(f.id, folder.clone());
            let Some(text) = &f.text else {
                continue;
            };
            if !matches!(
                f.kind,
                FileKind::CobolCopybook
                    | FileKind::CobolProgram
                    | FileKind::Other
                    | FileKind::SqlDdl
            ) {
                continue;
            }
            let (stem, ext) = match file_name.rsplit_once('.') {
                Some((s, e)) if !s.is_empty() => (s, e.to_ascii_lowercase()),
                _ => (file_name, String::new()),
            };
            if !COPYBOOK_EXTENSIONS.contains(&ext.as_str()) {
                continue;
            }
            let last_folder = folder.rsplit('/').next().unwrap_or("");
            let rank = if extra_folders.iter().any(|x| x.trim_matches('/') == folder) {
                1
            } else if is_copybook_folder(last_folder) {
                2
            } else if f.kind == FileKind::CobolCopybook {
                3
            } else {
                4
            };
            by_name
                .entry(stem.to_ascii_uppercase())
                .or_default()
                .push(Candidate {
                    file: f.id,
                    folder,
                    rank,
                    text: text.clone(),
                });
        }
        for candidates in by_name.values_mut() {
            candidates.sort_by_key(|c| (c.rank, c.file));
        }
        ProjectCopybooks {
            by_name,
            folder_of,
            programs,
        }
    }

    /// Finds a copybook by name for a file including it. Another file of that name wins over
    /// the including file itself; a copybook whose name matches no other file resolves to
    /// itself (so the preprocessor reports that it includes itself), a program never does (a
    /// program named like a missing copybook is not that copybook).
    pub fn lookup(&self, name: &str, including: FileId) -> Option<(FileId, Arc<str>)> {
        let name = name
            .trim_matches(|c| c == '\'' || c == '"')
            .to_ascii_uppercase();
        let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
        let candidates = self.by_name.get(stem)?;
        // The program's own folder first, then the nearest folder (longest common path with
        // the including file: estates often hold several applications with same-named
        // copybooks), then the folder kind (configured, copybook-named, other).
        let own_folder = self
            .folder_of
            .get(&including)
            .map(String::as_str)
            .unwrap_or("");
        let best = candidates
            .iter()
            .filter(|c| c.file != including)
            .min_by_key(|c| {
                let same = c.folder == own_folder;
                let shared = common_prefix_parts(&c.folder, own_folder);
                (!same, std::cmp::Reverse(shared), c.rank, c.file)
            })
            .or_else(|| {
                candidates
                    .iter()
                    .find(|c| c.file == including && !self.programs.contains(&including))
            })?;
        Some((best.file, best.text.clone()))
    }
}

/// Number of leading path parts two `/`-separated folders share.
fn common_prefix_parts(a: &str, b: &str) -> usize {
    a.split('/')
        .zip(b.split('/'))
        .take_while(|(x, y)| x == y && !x.is_empty())
        .count()
}

impl CopybookLibrary for ProjectCopybooks {
    fn find(
        &self,
        name: &str,
        _library: Option<&str>,
        including_file: FileKey,
    ) -> Option<Copybook> {
        let (file, text) = self.lookup(name, FileId(including_file))?;
        Some(Copybook { file: file.0, text })
    }
}

/// Copybooks for one file parsed on its own (`legacylens parse`): looked up lazily in the
/// file's folder, in copybook-named folders beside it and above it, and in its parent folder.
/// File keys index [`FolderCopybooks::paths`]; key 0 is the file itself.
pub struct FolderCopybooks {
    folders: Vec<std::path::PathBuf>,
    loaded: std::sync::Mutex<Vec<(std::path::PathBuf, Arc<str>)>>,
}

impl FolderCopybooks {
    /// A library for `file`, whose decoded text is `text`.
    pub fn for_file(file: &std::path::Path, text: Arc<str>) -> FolderCopybooks {
        let mut folders = Vec::new();
        let dir = file
            .parent()
            .unwrap_or(std::path::Path::new("."))
            .to_path_buf();
        folders.push(dir.clone());
        for base in [Some(dir.as_path()), dir.parent()].into_iter().flatten() {
            if let Ok(entries) = std::fs::read_dir(base) {
                let mut found: Vec<_> = entries
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| {
                        p.is_dir()
                            && p.file_name().is_some_and(|n| {
                                COPYBOOK_FOLDERS
                                    .contains(&n.to_string_lossy().to_ascii_lowercase().as_str())
                            })
                    })
                    .collect();
                found.sort();
                folders.extend(found);
            }
        }
        if let Some(parent) = dir.parent() {
            folders.push(parent.to_path_buf());
        }
        folders.dedup();
        FolderCopybooks {
            folders,
            loaded: std::sync::Mutex::new(vec![(file.to_path_buf(), text)]),
        }
    }

    /// Paths by file key.
    pub fn paths(&self) -> Vec<std::path::PathBuf> {
        self.loaded
            .lock()
            .map(|l| l.iter().map(|(p, _)| p.clone()).collect())
            .unwrap_or_default()
    }

    /// Decoded text by file key.
    pub fn text(&self, key: FileKey) -> Option<Arc<str>> {
        self.loaded
            .lock()
            .ok()
            .and_then(|l| l.get(key as usize).map(|(_, t)| t.clone()))
    }
}

impl CopybookLibrary for FolderCopybooks {
    fn find(
        &self,
        name: &str,
        _library: Option<&str>,
        _including_file: FileKey,
    ) -> Option<Copybook> {
        let name = name.trim_matches(|c| c == '\'' || c == '"');
        for folder in &self.folders {
            let Ok(entries) = std::fs::read_dir(folder) else {
                continue;
            };
            let mut matches: Vec<std::path::PathBuf> = entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.is_file()
                        && p.file_name().is_some_and(|n| {
                            let n = n.to_string_lossy();
                            let (stem, ext) = match n.rsplit_once('.') {
                                Some((s, e)) if !s.is_empty() => {
                                    (s.to_string(), e.to_ascii_lowercase())
                                }
                                _ => (n.to_string(), String::new()),
                            };
                            stem.eq_ignore_ascii_case(name)
                                && COPYBOOK_EXTENSIONS.contains(&ext.as_str())
                        })
                })
                .collect();
            matches.sort();
            if let Some(path) = matches.into_iter().next() {
                let mut loaded = self.loaded.lock().ok()?;
                if let Some(i) = loaded.iter().position(|(p, _)| *p == path) {
                    return Some(Copybook {
                        file: i as FileKey,
                        text: loaded[i].1.clone(),
                    });
                }
                let bytes = std::fs::read(&path).ok()?;
                let text: Arc<str> = Arc::from(crate::decode::decode(&bytes).ok()?.text);
                loaded.push((path, text.clone()));
                return Some(Copybook {
                    file: (loaded.len() - 1) as FileKey,
                    text,
                });
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::LineIndex;

    fn file(id: u32, path: &str, kind: FileKind) -> SourceFile {
        SourceFile {
            id: FileId(id),
            path: path.to_string(),
            kind,
            bytes: 10,
            lines: 1,
            encoding: None,
            error_nodes: 0,
            missing_nodes: 0,
            error_bytes: 0,
            copybooks: Vec::new(),
            missing_copybooks: Vec::new(),
            vendored: None,
            text: Some(Arc::from(format!("      * {path}\n"))),
            line_index: Arc::new(LineIndex::default()),
        }
    }

    #[test]
    fn finds_the_nearest_copybook_of_the_same_name() {
        let files = vec![
            file(0, "claims/cbl/PAY01.cbl", FileKind::CobolProgram),
            file(1, "claims/cpy/CLAIMREC.cpy", FileKind::CobolCopybook),
            file(2, "pensions/cpy/CLAIMREC.cpy", FileKind::CobolCopybook),
            file(3, "pensions/cbl/PEN01.cbl", FileKind::CobolProgram),
            file(4, "pensions/cbl/DATEPARM", FileKind::CobolCopybook),
            file(5, "shared/copylib/DATEPARM.CPY", FileKind::CobolCopybook),
            file(6, "docs/CLAIMREC.md", FileKind::Other),
        ];
        let lib = ProjectCopybooks::new(&files, &[]);
        assert_eq!(
            lib.lookup("CLAIMREC", FileId(0)).map(|f| f.0),
            Some(FileId(1))
        );
        assert_eq!(
            lib.lookup("claimrec", FileId(3)).map(|f| f.0),
            Some(FileId(2))
        );
        // The program's own folder wins over a copybook folder elsewhere.
        assert_eq!(
            lib.lookup("DATEPARM", FileId(3)).map(|f| f.0),
            Some(FileId(4))
        );
        // Equally far: a copybook-named folder wins over another application's program folder.
        assert_eq!(
            lib.lookup("DATEPARM", FileId(0)).map(|f| f.0),
            Some(FileId(5))
        );
        assert_eq!(
            lib.lookup("'DATEPARM'", FileId(0)).map(|f| f.0),
            Some(FileId(5))
        );
        assert!(lib.lookup("NOSUCH", FileId(0)).is_none());
    }

    #[test]
    fn a_copybook_named_only_by_itself_resolves_to_itself_a_program_does_not() {
        let files = vec![
            file(0, "cbl/SELF.cbl", FileKind::CobolProgram),
            file(1, "cpy/LOOP.cpy", FileKind::CobolCopybook),
            file(2, "cpy/TWIN.cpy", FileKind::CobolCopybook),
            file(3, "other/TWIN.cpy", FileKind::CobolCopybook),
        ];
        let lib = ProjectCopybooks::new(&files, &[]);
        assert!(lib.lookup("SELF", FileId(0)).is_none());
        assert_eq!(lib.lookup("LOOP", FileId(1)).map(|f| f.0), Some(FileId(1)));
        // Another file of the same name wins over the including copybook.
        assert_eq!(lib.lookup("TWIN", FileId(2)).map(|f| f.0), Some(FileId(3)));
    }
}
