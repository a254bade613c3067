//! Panic isolation: a bug while processing one file must not stop the indexing of the others.
//! [`isolate`] runs one piece of per-file work and turns a panic into an error diagnostic that
//! names the file, the stage and the panic message; whatever that work had built is dropped
//! during unwinding (the pipeline's per-file stages only return values, they share no locks,
//! so nothing half-done is left behind and no lock is poisoned).
//!
//! For tests, debug builds (`debug_assertions`) can force a panic in a stage for a given file
//! name: [`force_panic`] from test code, or the environment variable
//! `LEGACYLENS_DEBUG_PANIC=stage:name[,stage:name…]` for a spawned binary (`stage` is `load`,
//! `cobol`, `resolve`, `workspace` (the app's indexing job) or `mine` (the app's rule mining),
//! or `*` for all; `name` is a file's name, or the project folder's name for `workspace` and
//! `mine`). Release builds compile the hook to nothing.

use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::model::{Diagnostic, FileId, Severity};

/// Runs `work`; a panic becomes `Err(message)`.
pub fn catch<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(work)).map_err(|payload| message(payload.as_ref()))
}

/// The text of a panic payload (`&str` or `String`; anything else is named as such).
pub fn message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "a panic without a message".to_string()
    }
}

/// Runs the per-file `work` of `stage` for `file` (`path` relative to the root); a panic
/// becomes an error diagnostic `internal.panic` in that file.
pub fn isolate<T>(
    stage: &str,
    file: FileId,
    path: &str,
    work: impl FnOnce() -> T,
) -> Result<T, Diagnostic> {
    catch(|| {
        debug_panic_point(stage, path);
        work()
    })
    .map_err(|msg| panic_diagnostic(stage, file, path, &msg))
}

/// The diagnostic for a panic in `stage` while processing `path`.
pub fn panic_diagnostic(stage: &str, file: FileId, path: &str, msg: &str) -> Diagnostic {
    let what = match stage {
        "load" => "reading, decoding or parsing",
        "cobol" => "preprocessing, parsing or reading the COBOL",
        "resolve" => "resolving the Java bodies",
        _ => stage,
    };
    Diagnostic::new(
        Severity::Error,
        "internal.panic",
        format!(
            "LegacyLens failed while {what} of {path} (an internal error, please report it): {msg}; the rest of the project was indexed"
        ),
    )
    .in_file(file)
}

/// Panics when a test asked for a panic in `stage` for the file `path` (debug builds only).
#[inline]
pub fn debug_panic_point(stage: &str, path: &str) {
    #[cfg(debug_assertions)]
    {
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        let wanted = |spec: &str| {
            spec.split(',').any(|one| {
                one.split_once(':')
                    .is_some_and(|(s, n)| (s == stage || s == "*") && n == name)
            })
        };
        let forced = FORCED
            .lock()
            .map(|v| v.iter().any(|spec| wanted(spec)))
            .unwrap_or(false);
        let from_env = std::env::var("LEGACYLENS_DEBUG_PANIC").is_ok_and(|v| wanted(&v));
        if forced || from_env {
            panic!("forced test panic in {stage} for {name}");
        }
    }
    #[cfg(not(debug_assertions))]
    let _ = (stage, path);
}

#[cfg(debug_assertions)]
static FORCED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Forces a panic in `stage` for files named `name` from now on, in this process (debug
/// builds only; for tests — use names no other test uses).
#[cfg(debug_assertions)]
pub fn force_panic(stage: &str, name: &str) {
    if let Ok(mut v) = FORCED.lock() {
        v.push(format!("{stage}:{name}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_a_diagnostic_naming_the_file() {
        force_panic("load", "UNIT-PANIC.cbl");
        let d = isolate("load", FileId(3), "src/UNIT-PANIC.cbl", || 1).unwrap_err();
        assert_eq!(d.code, "internal.panic");
        assert_eq!(d.file, Some(FileId(3)));
        assert!(d.message.contains("src/UNIT-PANIC.cbl"), "{}", d.message);
        assert!(d.message.contains("forced test panic"), "{}", d.message);
        assert_eq!(
            isolate("cobol", FileId(3), "src/UNIT-PANIC.cbl", || 2),
            Ok(2)
        );
        assert_eq!(catch(|| -> u8 { panic!("{}", "boom") }), Err("boom".into()));
    }
}
