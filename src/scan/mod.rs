//! Scan stage: walk a project folder and list the files to index.
//!
//! Skips version-control, build and tool folders (LegacyLens's own `.legacylens/` among them)
//! and the recovery and backup files written next to annotation files, follows symlinks but
//! never into a loop, and turns every unreadable entry into a diagnostic instead of stopping.
//! Paths come back sorted and relative to the root (with `/` separators) so every later output
//! is stable across machines.

mod classify;

pub use classify::classify;

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

/// Folder names never worth indexing.
pub const SKIPPED_DIRS: &[&str] = &[
    ".git",
    ".svn",
    ".hg",
    "CVS",
    ".bzr",
    "target",
    "node_modules",
    ".idea",
    ".vscode",
    ".gradle",
    ".mvn",
    "__pycache__",
    ".legacylens",
];

/// The suffix `writer` appends to a file name (`.bak`, `.recovery.json`), taken from the
/// function that names the file so the scan and the writer never disagree.
fn suffix_of(writer: fn(&Path) -> PathBuf) -> String {
    let named = writer(Path::new("x"));
    let name = named.file_name().unwrap_or_default().to_string_lossy();
    name.strip_prefix('x').unwrap_or_default().to_string()
}

/// Whether a file name is one LegacyLens writes next to an annotation file: its recovery file
/// or the backup kept by a save (annotation files are JSON). Other files of the project, JSON
/// or not, are the user's.
pub fn is_app_file(name: &str) -> bool {
    use crate::explore::rulebook;
    use std::sync::OnceLock;
    static SUFFIXES: OnceLock<(String, String, String)> = OnceLock::new();
    let (recovery, backup, extension) = SUFFIXES.get_or_init(|| {
        let extension = Path::new(rulebook::DEFAULT_FILE_NAME)
            .extension()
            .map(|e| format!(".{}", e.to_string_lossy()))
            .unwrap_or_default();
        (
            suffix_of(rulebook::recovery_path),
            suffix_of(crate::rules::annotations::backup_path),
            extension,
        )
    });
    name.ends_with(recovery.as_str())
        || name
            .strip_suffix(backup.as_str())
            .is_some_and(|annotations| annotations.ends_with(extension.as_str()))
}

/// A file found by the scan, not yet read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundFile {
    pub path: PathBuf,
    /// Relative to the root, `/`-separated.
    pub relative: String,
    pub bytes: u64,
}

/// A problem met while walking (unreadable folder, symlink loop, broken link).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanProblem {
    /// Relative path of the entry concerned, or `.` for the root.
    pub relative: String,
    pub message: String,
}

#[derive(Debug, Default)]
pub struct ScanResult {
    pub files: Vec<FoundFile>,
    pub problems: Vec<ScanProblem>,
}

/// What to leave out of a scan besides [`SKIPPED_DIRS`].
#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    /// Relative paths (files or folders, `/`-separated) to exclude.
    pub excluded: Vec<String>,
}

/// Errors that stop a scan: only an unreadable root.
#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    #[error("cannot read project folder {path}: {source}")]
    Root {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a folder; give the folder that holds the code")]
    NotAFolder { path: PathBuf },
}

/// Walks `root` and returns the files to index, sorted by relative path.
pub fn scan(root: &Path, options: &ScanOptions) -> Result<ScanResult, ScanError> {
    let meta = std::fs::metadata(root).map_err(|source| ScanError::Root {
        path: root.to_path_buf(),
        source,
    })?;
    if !meta.is_dir() {
        return Err(ScanError::NotAFolder {
            path: root.to_path_buf(),
        });
    }
    std::fs::read_dir(root).map_err(|source| ScanError::Root {
        path: root.to_path_buf(),
        source,
    })?;

    let mut result = ScanResult::default();
    let walker = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| {
            if entry.depth() == 0 {
                return true;
            }
            let name = entry.file_name().to_string_lossy();
            let skipped = if entry.file_type().is_dir() {
                SKIPPED_DIRS.contains(&name.as_ref())
            } else {
                is_app_file(&name)
            };
            let excluded = !options.excluded.is_empty()
                && is_excluded(&relative_path(root, entry.path()), &options.excluded);
            !skipped && !excluded
        });
    for entry in walker {
        match entry {
            Ok(entry) => {
                let file_type = entry.file_type();
                if file_type.is_dir() {
                    continue;
                }
                let relative = relative_path(root, entry.path());
                if !file_type.is_file() {
                    // Named pipes, sockets and devices: reading them could block forever.
                    result.problems.push(ScanProblem {
                        relative,
                        message: format!("{}; skipped", special_file_description(&file_type)),
                    });
                    continue;
                }
                match entry.metadata() {
                    Ok(meta) => result.files.push(FoundFile {
                        path: entry.path().to_path_buf(),
                        relative,
                        bytes: meta.len(),
                    }),
                    Err(err) => result.problems.push(ScanProblem {
                        relative,
                        message: format!("cannot read file metadata: {err}"),
                    }),
                }
            }
            Err(err) => result.problems.push(describe_walk_error(root, &err)),
        }
    }
    result.files.sort_by(|a, b| a.relative.cmp(&b.relative));
    result.files.dedup_by(|a, b| a.relative == b.relative);
    Ok(result)
}

fn describe_walk_error(root: &Path, err: &walkdir::Error) -> ScanProblem {
    let relative = err
        .path()
        .map(|p| relative_path(root, p))
        .unwrap_or_else(|| ".".to_string());
    let message = if let Some(ancestor) = err.loop_ancestor() {
        format!(
            "symbolic link loops back to {}; not followed",
            relative_path(root, ancestor)
        )
    } else if let Some(io) = err.io_error() {
        match io.kind() {
            std::io::ErrorKind::PermissionDenied => {
                "permission denied; check the file's access rights".to_string()
            }
            std::io::ErrorKind::NotFound => {
                "broken symbolic link (its target does not exist)".to_string()
            }
            _ => format!("cannot read: {io}"),
        }
    } else {
        err.to_string()
    };
    ScanProblem { relative, message }
}

fn special_file_description(file_type: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "not a regular file (named pipe)";
        }
        if file_type.is_socket() {
            return "not a regular file (socket)";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "not a regular file (device)";
        }
    }
    let _ = file_type;
    "not a regular file"
}

/// `path` relative to `root`, `/`-separated; `.` for the root itself.
pub fn relative_path(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<_> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    }
}

fn is_excluded(relative: &str, excluded: &[String]) -> bool {
    excluded.iter().any(|ex| {
        let ex = ex.trim_matches('/');
        !ex.is_empty()
            && (relative == ex
                || relative.starts_with(ex) && relative.as_bytes().get(ex.len()) == Some(&b'/'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn app_files_are_recognised_and_user_files_are_not() {
        for name in [
            "legacylens-rules.json.recovery.json",
            "legacylens-rules.json.bak",
            "team-rules.json.bak",
        ] {
            assert!(is_app_file(name), "{name}");
        }
        for name in ["README.md", "config.json", "PAYCALC.cbl", "PAYCALC.cbl.bak"] {
            assert!(!is_app_file(name), "{name}");
        }
    }

    #[test]
    fn lists_files_sorted_and_skips_tool_folders() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("src/b")).unwrap();
        fs::create_dir_all(root.join(".git/objects")).unwrap();
        fs::create_dir_all(root.join("target/debug")).unwrap();
        fs::create_dir_all(root.join("node_modules/x")).unwrap();
        fs::write(root.join("src/b/Z.java"), "class Z {}").unwrap();
        fs::write(root.join("src/A.java"), "class A {}").unwrap();
        fs::write(root.join(".git/objects/x"), "blob").unwrap();
        fs::write(root.join("target/debug/out"), "bin").unwrap();
        fs::write(root.join("node_modules/x/i.js"), "js").unwrap();
        let result = scan(root, &ScanOptions::default()).unwrap();
        let names: Vec<_> = result.files.iter().map(|f| f.relative.as_str()).collect();
        assert_eq!(names, ["src/A.java", "src/b/Z.java"]);
        assert!(result.problems.is_empty());
    }

    #[test]
    fn excluded_paths_are_left_out() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("gen/x")).unwrap();
        fs::create_dir_all(root.join("generated")).unwrap();
        fs::write(root.join("gen/x/A.java"), "class A {}").unwrap();
        fs::write(root.join("generated/B.java"), "class B {}").unwrap();
        let options = ScanOptions {
            excluded: vec!["gen".into()],
        };
        let result = scan(root, &options).unwrap();
        let names: Vec<_> = result.files.iter().map(|f| f.relative.as_str()).collect();
        assert_eq!(names, ["generated/B.java"]);
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loop_is_a_problem_not_a_hang() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("a")).unwrap();
        fs::write(root.join("a/PROG.cbl"), "x").unwrap();
        std::os::unix::fs::symlink(root.join("a"), root.join("a/loop")).unwrap();
        std::os::unix::fs::symlink(root.join("missing"), root.join("dangling")).unwrap();
        let fifo = std::process::Command::new("mkfifo")
            .arg(root.join("pipe"))
            .status()
            .is_ok_and(|s| s.success());
        let result = scan(root, &ScanOptions::default()).unwrap();
        if fifo {
            assert!(
                result
                    .problems
                    .iter()
                    .any(|p| p.relative == "pipe" && p.message.contains("named pipe")),
                "{:?}",
                result.problems
            );
        }
        assert_eq!(result.files.len(), 1);
        assert!(
            result
                .problems
                .iter()
                .any(|p| p.message.contains("loops back")),
            "{:?}",
            result.problems
        );
        assert!(result.problems.iter().any(|p| p.message.contains("broken")));
    }

    #[test]
    fn missing_root_is_an_error() {
        let err = scan(Path::new("/definitely/not/here"), &ScanOptions::default()).unwrap_err();
        assert!(err.to_string().contains("/definitely/not/here"));
    }
}
