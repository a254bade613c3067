//! Routines of IBM's run time and subsystems that COBOL programs CALL (Language Environment
//! `CEE*`, DB2 `DSN*`, IMS `CBLTDLI`/`AIBTDLI`, MQ `MQ*`, COBOL run time `IGZ*`/`ILBO*`, CICS
//! `DFH*`) and the utilities JCL steps run (`IDCAMS`, `SORT`, `IEBGENER`, `IKJEFT01` …). They
//! are never in a project's sources: a call to one is a reference to a system service (kind
//! `system` in the graphs), not an unresolved name and never a problem.
//!
//! The built-in table is extended per project (`system_services` in
//! `.legacylens/project.json`): a name, or a prefix ending in `*`.

use serde::Serialize;

/// Name prefixes of IBM system services.
const PREFIXES: &[&str] = &[
    "CEE", "DSN", "CBLTDLI", "AIBTDLI", "MQ", "IGZ", "ILBO", "DFH",
];

/// IBM utilities and run-time entry points known by their whole name.
const NAMES: &[&str] = &[
    "SORT", "DFSORT", "ICEMAN", "ICETOOL", "SYNCSORT", "IDCAMS", "IEBGENER", "ICEGENER", "IEBCOPY",
    "IEBUPDTE", "IEBPTPCH", "IEBCOMPR", "IEFBR14", "IEHLIST", "IEHPROGM", "IKJEFT01", "IKJEFT1A",
    "IKJEFT1B", "IRXJCL", "BPXBATCH", "ADRDSSU", "DFSRRC00", "IEWL", "IGYCRCTL",
];

/// Whether `name` (as written in a CALL, quotes allowed, any case) is a built-in IBM system
/// service or utility.
pub fn is_system_service(name: &str) -> bool {
    let n = normalise(name);
    PREFIXES.iter().any(|p| n.starts_with(p)) || NAMES.contains(&n.as_str())
}

fn normalise(name: &str) -> String {
    name.trim().trim_matches(['\'', '"']).to_ascii_uppercase()
}

/// The built-in table plus a project's own entries.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SystemServices {
    /// Whole names added by the project (upper case).
    names: Vec<String>,
    /// Prefixes added by the project (`VENDOR*` → `VENDOR`).
    prefixes: Vec<String>,
}

impl SystemServices {
    /// The built-in table extended by `extra` (names, or prefixes ending in `*`; blanks
    /// ignored).
    pub fn with_extra(extra: &[String]) -> SystemServices {
        let mut out = SystemServices::default();
        for e in extra {
            let n = normalise(e);
            match n.strip_suffix('*') {
                Some(p) if !p.is_empty() => out.prefixes.push(p.to_string()),
                Some(_) => {}
                None if !n.is_empty() => out.names.push(n),
                None => {}
            }
        }
        out
    }

    /// Whether `name` is a system service: built-in or added by the project.
    pub fn contains(&self, name: &str) -> bool {
        if is_system_service(name) {
            return true;
        }
        let n = normalise(name);
        self.names.contains(&n) || self.prefixes.iter().any(|p| n.starts_with(p.as_str()))
    }

    /// The table as users read it: built-in prefixes (`CEE*`) and names, then the project's.
    pub fn describe(&self) -> Vec<String> {
        PREFIXES
            .iter()
            .map(|p| format!("{p}*"))
            .chain(NAMES.iter().map(|n| n.to_string()))
            .chain(self.prefixes.iter().map(|p| format!("{p}*")))
            .chain(self.names.iter().cloned())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_prefixes() {
        for n in [
            "CEE3ABD",
            "'ceedays'",
            "DSNTIAR",
            "MQPUT",
            "CBLTDLI",
            "IGZEBST",
            "DFHEI1",
            "IDCAMS",
            "sort",
            "IKJEFT01",
        ] {
            assert!(is_system_service(n), "{n}");
        }
        for n in ["PAYCALC", "DATEUTL", "ABEND01", "SORTER"] {
            assert!(!is_system_service(n), "{n}");
        }
    }

    #[test]
    fn project_entries_extend_the_table() {
        let s = SystemServices::with_extra(&["xyzlog".into(), "ACME*".into(), " ".into()]);
        assert!(s.contains("XYZLOG"));
        assert!(s.contains("'AcmeTrace'"));
        assert!(s.contains("CEEDAYS"));
        assert!(!s.contains("XYZLOG2"));
        assert!(!s.contains("PAYCALC"));
        assert!(s.describe().contains(&"ACME*".to_string()));
        assert!(!SystemServices::default().contains("XYZLOG"));
    }
}
