//! Who is recorded in audit and review entries when nobody said: `git config user.name` in
//! the project (the name the team's commits carry), else the operating-system user. The app
//! asks the user once and keeps the answer in its settings; the CLI takes `--author NAME`.

use std::path::Path;
use std::process::{Command, Stdio};

/// The name to record for changes made in `project`, when the user gave none: git's
/// `user.name`, else `USER` / `USERNAME` / `LOGNAME`. `None` when none is known.
pub fn default_author(project: &Path) -> Option<String> {
    git_user_name(project).or_else(os_user)
}

/// `git config user.name` run in `project` (so a repository's own setting wins over the
/// global one); `None` without git or without a name.
pub fn git_user_name(project: &Path) -> Option<String> {
    let dir = if project.is_dir() {
        project
    } else {
        Path::new(".")
    };
    let out = Command::new("git")
        .args(["config", "user.name"])
        .current_dir(dir)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    clean(&String::from_utf8_lossy(&out.stdout))
}

/// The operating-system user.
pub fn os_user() -> Option<String> {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().and_then(|s| clean(&s)))
}

/// A name as given, trimmed; `None` when blank.
pub fn clean(name: &str) -> Option<String> {
    let name = name.trim();
    (!name.is_empty()).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repository_user_name_is_the_default_author() {
        let dir = tempfile::tempdir().unwrap();
        let git = |args: &[&str]| {
            Command::new("git")
                .args(args)
                .current_dir(dir.path())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        };
        if !git(&["init", "-q"]) {
            return; // no git on this machine: nothing to read
        }
        assert!(git(&["config", "user.name", "Ada Analyst"]));
        assert_eq!(git_user_name(dir.path()).as_deref(), Some("Ada Analyst"));
        assert_eq!(default_author(dir.path()).as_deref(), Some("Ada Analyst"));
    }

    #[test]
    fn blank_names_are_no_names() {
        assert_eq!(clean("  "), None);
        assert_eq!(clean(" Bo \n").as_deref(), Some("Bo"));
    }
}
