//! The closed vocabularies of the model: file kinds, symbol kinds, reference kinds, severities.
//!
//! Each has a stable kebab-case label used in every output format (TSV, JSON, DOT, CSV); labels
//! are a public contract and never change meaning.

use serde::Serialize;

macro_rules! labelled_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable label used in outputs.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// Parses a label back (as printed by [`Self::label`]).
            pub fn from_label(label: &str) -> Option<Self> {
                match label { $($label => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

pub(crate) use labelled_enum;

labelled_enum! {
    /// What a file in the project is, decided from its extension and its content.
    FileKind {
        CobolProgram => "cobol-program",
        CobolCopybook => "cobol-copybook",
        Jcl => "jcl",
        Java => "java",
        SqlDdl => "sql-ddl",
        BmsMap => "bms-map",
        /// CICS resource definitions in DFHCSDUP input form.
        CicsCsd => "cics-csd",
        Other => "other",
    }
}

labelled_enum! {
    /// What a symbol is. COBOL, JCL, SQL and Java kinds share one vocabulary.
    SymbolKind {
        Program => "program",
        Section => "section",
        Paragraph => "paragraph",
        DataItem => "data-item",
        ConditionName => "condition-name",
        IndexName => "index-name",
        File => "file",
        Copybook => "copybook",
        JclJob => "jcl-job",
        JclStep => "jcl-step",
        JclProc => "jcl-proc",
        JclDd => "jcl-dd",
        Dataset => "dataset",
        DbTable => "db-table",
        DbView => "db-view",
        DbColumn => "db-column",
        CicsTransaction => "cics-transaction",
        CicsMap => "cics-map",
        /// A BMS mapset (`DFHMSD`): the load module holding one or more maps.
        CicsMapset => "cics-mapset",
        /// A named field of a BMS map (`DFHMDF` with a label): `MAPSET.MAP.FIELD`.
        ScreenField => "screen-field",
        Package => "package",
        Class => "class",
        Interface => "interface",
        Enum => "enum",
        Record => "record",
        Annotation => "annotation",
        Method => "method",
        Constructor => "constructor",
        Initializer => "initializer",
        Field => "field",
        EnumConstant => "enum-constant",
    }
}

/// Symbol kinds live in separate namespaces so a COBOL program, a DB table and a Java class
/// may share a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Namespace {
    Java,
    Cobol,
    Jcl,
    Db,
    Cics,
    /// BMS mapsets, maps and screen fields: a mapset may share its name with a transaction.
    Screen,
}

impl Namespace {
    pub const ALL: &'static [Namespace] = &[
        Namespace::Java,
        Namespace::Cobol,
        Namespace::Jcl,
        Namespace::Db,
        Namespace::Cics,
        Namespace::Screen,
    ];
}

impl SymbolKind {
    pub fn namespace(self) -> Namespace {
        use SymbolKind::*;
        match self {
            Program | Section | Paragraph | DataItem | ConditionName | IndexName | File
            | Copybook => Namespace::Cobol,
            JclJob | JclStep | JclProc | JclDd | Dataset => Namespace::Jcl,
            DbTable | DbView | DbColumn => Namespace::Db,
            CicsTransaction => Namespace::Cics,
            CicsMap | CicsMapset | ScreenField => Namespace::Screen,
            Package | Class | Interface | Enum | Record | Annotation | Method | Constructor
            | Initializer | Field | EnumConstant => Namespace::Java,
        }
    }

    /// Java type declarations.
    pub fn is_java_type(self) -> bool {
        matches!(
            self,
            SymbolKind::Class
                | SymbolKind::Interface
                | SymbolKind::Enum
                | SymbolKind::Record
                | SymbolKind::Annotation
        )
    }

    /// Things that can be called: methods, constructors, initialisers, programs, paragraphs.
    pub fn is_callable(self) -> bool {
        matches!(
            self,
            SymbolKind::Method
                | SymbolKind::Constructor
                | SymbolKind::Initializer
                | SymbolKind::Program
                | SymbolKind::Section
                | SymbolKind::Paragraph
        )
    }
}

labelled_enum! {
    /// How one symbol uses another.
    RefKind {
        Call => "call",
        Instantiate => "instantiate",
        Perform => "perform",
        /// The last procedure of `PERFORM a THRU b` (the reference to `a` is a `perform`).
        PerformThru => "perform-thru",
        GoTo => "go-to",
        /// `ALTER p TO PROCEED TO q`: from the altered paragraph `p` to its new target `q`.
        Alter => "alter",
        Include => "include",
        Read => "read",
        Write => "write",
        /// REWRITE of a file record (COBOL, CICS).
        Update => "update",
        /// DELETE of a file record (COBOL, CICS).
        Delete => "delete",
        Extends => "extends",
        Implements => "implements",
        SqlSelect => "sql-select",
        SqlInsert => "sql-insert",
        SqlUpdate => "sql-update",
        SqlDelete => "sql-delete",
        CicsLink => "cics-link",
        CicsXctl => "cics-xctl",
        CicsStart => "cics-start",
        CicsReturnTransid => "cics-return-transid",
        /// `CALL var`: one edge per literal that can reach `var` (see `cobol::dynamic_targets`).
        CallDynamic => "call-dynamic",
        /// `EXEC CICS XCTL PROGRAM(var)`, resolved through the values that reach `var`.
        CicsXctlDynamic => "cics-xctl-dynamic",
        /// `EXEC CICS LINK PROGRAM(var)`, resolved through the values that reach `var`.
        CicsLinkDynamic => "cics-link-dynamic",
        /// A CSD `DEFINE TRANSACTION(t) PROGRAM(p)`: from the transaction to its program.
        CsdTransaction => "csd-transaction",
        Executes => "executes",
        TypeUse => "type-use",
    }
}

impl RefKind {
    /// References that are edges of the call graph.
    pub fn is_call_edge(self) -> bool {
        matches!(
            self,
            RefKind::Call
                | RefKind::Instantiate
                | RefKind::CicsLink
                | RefKind::CicsXctl
                | RefKind::CicsStart
                | RefKind::CicsReturnTransid
                | RefKind::Executes
                | RefKind::CallDynamic
                | RefKind::CicsXctlDynamic
                | RefKind::CicsLinkDynamic
                | RefKind::CsdTransaction
        )
    }

    /// The static kind a dynamic call stands for (`call-dynamic` → `call`); others unchanged.
    pub fn undynamic(self) -> RefKind {
        match self {
            RefKind::CallDynamic => RefKind::Call,
            RefKind::CicsXctlDynamic => RefKind::CicsXctl,
            RefKind::CicsLinkDynamic => RefKind::CicsLink,
            k => k,
        }
    }

    /// SQL accesses to DB tables.
    pub fn is_sql(self) -> bool {
        matches!(
            self,
            RefKind::SqlSelect | RefKind::SqlInsert | RefKind::SqlUpdate | RefKind::SqlDelete
        )
    }
}

labelled_enum! {
    /// How bad a diagnostic is.
    Severity {
        Error => "error",
        Warning => "warning",
        Info => "info",
    }
}
