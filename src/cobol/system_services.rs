//! Routines of IBM's run time and subsystems that COBOL programs CALL (Language Environment
//! `CEE*`, DB2 `DSN*`, IMS `CBLTDLI`/`AIBTDLI`, MQ `MQ*`, COBOL run time `IGZ*`/`ILBO*`, CICS
//! `DFH*`). They are never in a project's sources: a call to one is a reference to an external
//! system service, not an unresolved name.

/// Name prefixes of IBM system services.
const PREFIXES: &[&str] = &[
    "CEE", "DSN", "CBLTDLI", "AIBTDLI", "MQ", "IGZ", "ILBO", "DFH",
];

/// Whether `name` (as written in a CALL, quotes allowed, any case) is an IBM system service.
pub fn is_system_service(name: &str) -> bool {
    let n = name.trim_matches(['\'', '"']).to_ascii_uppercase();
    PREFIXES.iter().any(|p| n.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::is_system_service;

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
        ] {
            assert!(is_system_service(n), "{n}");
        }
        for n in ["PAYCALC", "DATEUTL", "ABEND01"] {
            assert!(!is_system_service(n), "{n}");
        }
    }
}
