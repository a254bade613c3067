//! What kind of link an edge of the impact graph is, so lineage and impact can follow the
//! value and leave the rest as opt-ins:
//! - **value**: the value itself moves (move, compute, read-into, write-from, SQL, call-using …);
//! - **structure**: a group holds its items, REDEFINES shares bytes (contains, contained-by,
//!   redefines);
//! - **keys**: a value chooses which record, row or table entry arrives (READ … KEY, SQL
//!   WHERE, an index-name subscript);
//! - **control**: a procedure reads or writes an item, performs or calls another.

use serde::{Deserialize, Serialize};

/// The class of an edge kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EdgeClass {
    Value,
    Structure,
    Keys,
    Control,
}

impl EdgeClass {
    /// The class of an edge kind label; kinds that move data (every flow kind not listed)
    /// are value flow.
    pub fn of(kind: &str) -> EdgeClass {
        match kind {
            "contains" | "contained-by" | "redefines" => EdgeClass::Structure,
            "record-key" | "sql-where" | "subscript" => EdgeClass::Keys,
            "read-by" | "writes" | "performed-by" | "called-by" | "perform" | "perform-thru"
            | "go-to" | "alter" | "fall-through" | "entry" => EdgeClass::Control,
            _ => EdgeClass::Value,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            EdgeClass::Value => "value",
            EdgeClass::Structure => "structure",
            EdgeClass::Keys => "keys",
            EdgeClass::Control => "control",
        }
    }
}

/// Which classes a walk follows besides value flow (which it always follows).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct EdgeClasses {
    pub structure: bool,
    pub keys: bool,
    pub control: bool,
}

impl EdgeClasses {
    /// Value flow only: the default of lineage and impact.
    pub const VALUE: EdgeClasses = EdgeClasses {
        structure: false,
        keys: false,
        control: false,
    };
    pub const ALL: EdgeClasses = EdgeClasses {
        structure: true,
        keys: true,
        control: true,
    };

    /// Parses the CLI's `--with` list: class names separated by commas (`structure,keys,control`;
    /// `value` is accepted and always on).
    pub fn parse(list: &str) -> Result<EdgeClasses, String> {
        let mut out = EdgeClasses::VALUE;
        for word in list.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            match word.to_ascii_lowercase().as_str() {
                "structure" => out.structure = true,
                "keys" | "key" => out.keys = true,
                "control" => out.control = true,
                "value" => {}
                "all" => out = EdgeClasses::ALL,
                other => {
                    return Err(format!(
                        "unknown edge class `{other}`; use structure, keys or control (comma-separated)"
                    ));
                }
            }
        }
        Ok(out)
    }

    pub fn follows(self, class: EdgeClass) -> bool {
        match class {
            EdgeClass::Value => true,
            EdgeClass::Structure => self.structure,
            EdgeClass::Keys => self.keys,
            EdgeClass::Control => self.control,
        }
    }

    /// The classes on, as the CLI spells them (empty for value flow only).
    pub fn names(self) -> Vec<&'static str> {
        [
            (self.structure, "structure"),
            (self.keys, "keys"),
            (self.control, "control"),
        ]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, name)| name)
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_flow_kind_has_its_class() {
        use crate::model::FlowKind;
        for kind in FlowKind::ALL {
            let expected = match kind {
                FlowKind::Contains | FlowKind::ContainedBy | FlowKind::Redefines => {
                    EdgeClass::Structure
                }
                FlowKind::RecordKey | FlowKind::SqlWhere => EdgeClass::Keys,
                _ => EdgeClass::Value,
            };
            assert_eq!(EdgeClass::of(kind.label()), expected, "{kind}");
        }
        for kind in ["read-by", "writes", "performed-by", "called-by"] {
            assert_eq!(EdgeClass::of(kind), EdgeClass::Control);
        }
    }

    #[test]
    fn with_list_parses_and_refuses_unknown_names() {
        let w = EdgeClasses::parse("structure, keys").unwrap();
        assert!(w.structure && w.keys && !w.control);
        assert_eq!(EdgeClasses::parse("").unwrap(), EdgeClasses::VALUE);
        assert_eq!(
            EdgeClasses::parse("structure,keys,control").unwrap(),
            EdgeClasses::ALL
        );
        let err = EdgeClasses::parse("structure,colour").unwrap_err();
        assert!(err.contains("colour"), "{err}");
        assert_eq!(
            EdgeClasses::parse("keys,control").unwrap().names(),
            ["keys", "control"]
        );
    }
}
