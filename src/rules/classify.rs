//! Business versus technical data (PRODUCT.md §6). Every COBOL data item and Java field gets a
//! class with the reason for it, so the miner can tell a rule on the claimant's earnings from
//! plumbing on a row index, and the app can say why in hover.
//!
//! *Technical*: screen map records (symbolic maps of BMS mapsets, records sent to or received
//! from a map), CICS `EIB*`/`DFH*` fields and RESP codes, SQLCODE/SQLSTATE, file statuses,
//! paging, cursor, row and loop indexes, counters and control totals, end-of-file and
//! first-time switches, message buffers, return-code and abend plumbing, program names.
//! *Business*: items of file records and DB host variables, items whose values come from or go
//! to them, money and rates (signed decimals), dates, quantities and codes named as such,
//! coded values with 88-level names, and Java fields of domain classes.
//! Technical evidence from the name wins over business evidence from the picture.

use std::collections::{HashMap, HashSet, VecDeque};

use serde::Serialize;

use super::facts::{data_chain, end_symbol};
use crate::model::{FlowKind, Model, Span, SymbolId, SymbolKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DataClass {
    Business,
    Technical,
    /// Neither: work fields, switches, constants with no business name.
    Neutral,
}

impl DataClass {
    pub fn label(self) -> &'static str {
        match self {
            DataClass::Business => "business",
            DataClass::Technical => "technical",
            DataClass::Neutral => "neutral",
        }
    }
}

/// A data item's class and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DataClassOf {
    pub class: DataClass,
    pub reason: &'static str,
}

/// The class of every COBOL data item, condition-name and Java field of a model.
#[derive(Debug, Default)]
pub struct DataClassification {
    classes: HashMap<SymbolId, DataClassOf>,
    /// Items of file records, DB host variables and DB columns.
    persistent: HashSet<SymbolId>,
    /// Switches and codes whose values are only literals set here and there (no value flows
    /// into them from other data): the flags that carry a decision to a later outcome.
    flags: HashSet<SymbolId>,
    /// Items passed between programs (CALL USING / LINKAGE) or persistent: where a value
    /// computed becomes an output.
    outputs: HashSet<SymbolId>,
    /// Technical-named items (a tally, a work counter) whose values come from business data.
    from_business: HashSet<SymbolId>,
    /// Items that are outputs or whose values reach one within four moves or computations.
    feeds_output: HashSet<SymbolId>,
}

const NEUTRAL: DataClassOf = DataClassOf {
    class: DataClass::Neutral,
    reason: "no business or technical evidence",
};

impl DataClassification {
    pub fn of(&self, id: SymbolId) -> DataClassOf {
        self.classes.get(&id).copied().unwrap_or(NEUTRAL)
    }

    pub fn class(&self, id: SymbolId) -> DataClass {
        self.of(id).class
    }

    pub fn is_technical(&self, id: SymbolId) -> bool {
        self.class(id) == DataClass::Technical
    }

    pub fn is_business(&self, id: SymbolId) -> bool {
        self.class(id) == DataClass::Business
    }

    /// An item of a file record, DB host-variable structure or a DB column (or a group above).
    pub fn is_persistent(&self, id: SymbolId) -> bool {
        self.persistent.contains(&id)
    }

    /// Is a Java method's class plumbing (utilities, I/O, web glue, batch drivers)?
    pub fn is_technical_owner(&self, model: &Model, owner: SymbolId) -> bool {
        is_plumbing_owner(model, owner)
            || java_class_of(model, owner).is_some_and(|class| {
                let qn = class.qualified_name.to_ascii_lowercase();
                qn.contains(".web.")
            })
    }

    /// Persistent data or a parameter passed between programs (or an item inside one).
    pub fn is_output(&self, model: &Model, id: SymbolId) -> bool {
        data_chain(model, id).any(|c| self.outputs.contains(&c) || self.persistent.contains(&c))
    }

    /// An output, or a work field whose value reaches one (`WS-DISREGARD` → the weekly amount).
    pub fn feeds_output(&self, id: SymbolId) -> bool {
        self.feeds_output.contains(&id)
    }

    /// A technical-named item that takes its value from business data (`INSPECT … TALLYING`).
    pub fn is_from_business(&self, id: SymbolId) -> bool {
        self.from_business.contains(&id)
    }

    /// A switch, indicator or code set only from literals (or one of its 88-levels).
    pub fn is_flag(&self, id: SymbolId) -> bool {
        self.flags.contains(&id)
    }
}

/// The Java class (or interface, enum) a member belongs to.
fn java_class_of(model: &Model, owner: SymbolId) -> Option<&crate::model::Symbol> {
    model.ancestors(owner).find(|s| {
        matches!(
            s.kind,
            SymbolKind::Class | SymbolKind::Interface | SymbolKind::Enum
        )
    })
}

/// A member of a Java class that is plumbing, never the business: parsers, I/O, XML, caches,
/// logging, scheduling, reflection and utility classes, and the JDK or servlet API.
pub fn is_plumbing_owner(model: &Model, owner: SymbolId) -> bool {
    let Some(class) = java_class_of(model, owner) else {
        return false;
    };
    let qn = class.qualified_name.to_ascii_lowercase();
    let package_says = [
        ".util",
        ".io.",
        ".parser",
        ".xml",
        ".cache",
        ".log",
        ".reflect",
        ".scheduler",
    ]
    .iter()
    .any(|w| qn.contains(w))
        || qn.starts_with("javax.")
        || qn.starts_with("java.");
    let name = class.name.as_str();
    let name_says = [
        "Parser",
        "Reader",
        "Writer",
        "Loader",
        "Cache",
        "Logger",
        "Scheduler",
        "Stream",
        "Util",
        "Utils",
        "Filter",
        "Listener",
        "Pool",
        "Encoder",
        "Decoder",
        "Tokenizer",
        "Formatter",
        "Paginator",
        "Pager",
    ]
    .iter()
    .any(|s| name.ends_with(s));
    package_says || name_says
}

/// Names of switches, indicators and reason or result codes.
pub fn is_flag_name(name: &str) -> bool {
    name_tokens(name).iter().any(|t| {
        matches!(
            t.as_str(),
            "SW" | "SWITCH"
                | "FLAG"
                | "FLG"
                | "IND"
                | "VALID"
                | "INVALID"
                | "OK"
                | "FOUND"
                | "REASON"
                | "RSN"
                | "REJECT"
                | "REJ"
                | "ERROR"
                | "ERR"
                | "RESULT"
                | "OUTCOME"
                | "DECISION"
        )
    })
}

/// Words of a COBOL or Java name: `WS-ROW-IDX` → [WS, ROW, IDX]; `rowIndex` → [ROW, INDEX].
pub fn name_tokens(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if c == '-' || c == '_' || c == '.' || c == '#' {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        cur.push(c.to_ascii_uppercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn has_any(tokens: &[String], words: &[&str]) -> bool {
    tokens.iter().any(|t| words.contains(&t.as_str()))
}

/// Technical by name alone, with the reason.
pub fn technical_name(name: &str) -> Option<&'static str> {
    let upper = name.to_ascii_uppercase();
    let t = name_tokens(name);
    if upper.starts_with("EIB") || upper.starts_with("DFH") {
        return Some("CICS interface field");
    }
    if upper.contains("SQLCODE")
        || upper.contains("SQLSTATE")
        || upper.starts_with("SQLERR")
        || upper == "SQLCA"
    {
        return Some("SQL status");
    }
    if has_any(&t, &["RESP", "RESP2", "RESPONSE"]) {
        return Some("CICS response code");
    }
    if upper.contains("RETURN-CODE")
        || upper.contains("RET-CODE")
        || has_any(&t, &["RC", "ABEND", "ABND", "DEBUG", "DBG", "TRACE"])
    {
        return Some("return-code or abend plumbing");
    }
    if has_any(&t, &["FS", "FSTAT", "FILESTAT"])
        || upper.contains("FILE-STAT")
        || upper.contains("FILE-STATUS")
    {
        return Some("file status");
    }
    if has_any(&t, &["EOF", "EOJ"])
        || upper.contains("END-OF-")
        || upper.contains("FIRST-TIME")
        || upper.contains("NO-MORE")
        || upper.contains("MORE-RECORDS")
    {
        return Some("end-of-file or first-time switch");
    }
    if has_any(
        &t,
        &[
            "CURSOR",
            "CURS",
            "PAGE",
            "PAGES",
            "PAGING",
            "ROW",
            "ROWS",
            "IDX",
            "INDEX",
            "INDX",
            "SUB",
            "SUBSCRIPT",
            "PTR",
            "CTR",
            "COUNTER",
            "TALLY",
            "LINECNT",
        ],
    ) {
        return Some("paging, cursor, index or counter");
    }
    if has_any(&t, &["COUNT", "CNT"])
        && has_any(
            &t,
            &[
                "REC", "RECS", "RECORD", "RECORDS", "READ", "READS", "WRITTEN", "LINE", "LINES",
                "LOOP", "IN", "OUT", "INPUT", "OUTPUT", "PRINTED",
            ],
        )
    {
        return Some("record counter");
    }
    if upper.contains("CONTROL-TOT")
        || upper.contains("CTL-TOT")
        || upper.contains("CTLTOT")
        || has_any(&t, &["TOTALS"])
    {
        return Some("control totals");
    }
    if has_any(
        &t,
        &[
            "MSG", "MESSAGE", "MESSAGES", "ERRMSG", "PGM", "PROGRAM", "TRANSID", "MAPSET",
        ],
    ) {
        return Some("message buffer or program name");
    }
    if has_any(&t, &["DB2", "SQL"]) || upper.contains("ERROR-AREA") || upper.contains("ERR-AREA") {
        return Some("SQL error plumbing");
    }
    if has_any(&t, &["LEN", "LENGTH", "LNG"]) {
        return Some("length of a text");
    }
    if upper.contains("DRY-RUN") || upper.contains("DRYRUN") || upper.contains("TEST-MODE") {
        return Some("run mode");
    }
    if upper.contains("PROGRAM-STATE") || upper.contains("CALLING") {
        return Some("conversation state");
    }
    None
}

/// Technical groups whose every item is technical (file statuses, control totals, SQL error
/// areas, switches groups are not: a group of switches holds business flags too).
pub fn technical_group_name(name: &str) -> Option<&'static str> {
    let upper = name.to_ascii_uppercase();
    if upper == "DFHCOMMAREA" || upper.contains("COMMAREA") {
        return None;
    }
    let t = name_tokens(name);
    if upper.contains("FILE-STAT") || has_any(&t, &["FS", "FSTAT", "STATUSES"]) {
        return Some("file status");
    }
    if upper.contains("CONTROL-TOT")
        || upper.contains("CTL-TOT")
        || has_any(&t, &["TOTALS", "COUNTERS", "COUNTS"])
    {
        return Some("control totals");
    }
    if has_any(&t, &["DB2", "SQL", "SQLCA"])
        || upper.contains("ERROR-AREA")
        || upper.contains("ERR-AREA")
    {
        return Some("SQL error plumbing");
    }
    if upper.starts_with("EIB") || upper.starts_with("DFH") {
        return Some("CICS interface field");
    }
    if upper.contains("CONTROL-CARD") || upper.contains("CTL-CARD") || upper.contains("RUN-PARM") {
        return Some("run parameters (control card)");
    }
    if has_any(&t, &["PAGING", "CURSOR", "SCREEN", "MAP"]) {
        return Some("paging, cursor or screen work area");
    }
    None
}

/// Business by name, with the reason.
pub fn business_name(name: &str) -> Option<&'static str> {
    let t = name_tokens(name);
    if has_any(
        &t,
        &[
            "AMOUNT",
            "AMT",
            "BALANCE",
            "BAL",
            "RATE",
            "PCT",
            "PERCENT",
            "PREMIUM",
            "INCOME",
            "EARNINGS",
            "EARN",
            "CAPITAL",
            "INTEREST",
            "DEBT",
            "FEE",
            "TAX",
            "LIMIT",
            "CAP",
            "THRESHOLD",
            "ALLOWANCE",
            "DEDUCTION",
            "RECOVERY",
            "OUTSTANDING",
            "PAID",
            "GROSS",
            "NET",
            "PRICE",
            "COST",
            "SALARY",
            "WAGE",
            "PENSION",
        ],
    ) {
        return Some("money or rate");
    }
    if has_any(
        &t,
        &[
            "DATE", "DT", "DOB", "AGE", "DAYS", "WEEKS", "MONTHS", "YEARS", "PERIOD", "EXPIRY",
            "HOURS",
        ],
    ) {
        return Some("date, age or period");
    }
    if has_any(
        &t,
        &[
            "CLAIM",
            "CLAIMANT",
            "BENEFIT",
            "PAYMENT",
            "AWARD",
            "NINO",
            "DEPENDANT",
            "DEP",
            "PARTNER",
            "SCORE",
            "REASON",
            "RESULT",
            "STATUS",
            "METHOD",
            "ACCOUNT",
            "POLICY",
            "CUSTOMER",
            "ELIGIBLE",
            "ELIGIBILITY",
            "OVERPAYMENT",
            "OVP",
            "TYPE",
            "CATEGORY",
            "REGION",
            "GRADE",
            "CODE",
        ],
    ) {
        return Some("business name");
    }
    None
}

/// The PICTURE string of a data item's detail (`05 PIC S9(7)V99 COMP-3` → `S9(7)V99`),
/// upper-cased, without a sentence period.
pub fn picture(detail: &str) -> Option<String> {
    detail
        .split_whitespace()
        .skip_while(|w| !w.eq_ignore_ascii_case("PIC") && !w.eq_ignore_ascii_case("PICTURE"))
        .nth(1)
        .map(|p| p.trim_end_matches('.').to_ascii_uppercase())
}

/// Signed decimal pictures (`S9(7)V99`) hold money or rates.
fn is_money_picture(detail: &str) -> bool {
    picture(detail).is_some_and(|pic| pic.starts_with('S') && pic.contains('V'))
}

/// Is the Java class of a field a domain, service or rules class (not plumbing)?
fn java_domain_field(model: &Model, id: SymbolId) -> Option<DataClassOf> {
    let field = model.symbol(id);
    let class = model.ancestors(id).find(|s| {
        matches!(
            s.kind,
            SymbolKind::Class | SymbolKind::Interface | SymbolKind::Enum
        )
    })?;
    let qn = class.qualified_name.to_ascii_lowercase();
    let fname = field.name.to_ascii_lowercase();
    if [
        "log",
        "logger",
        "cache",
        "lock",
        "mutex",
        "instance",
        "serialversionuid",
    ]
    .iter()
    .any(|w| fname == *w || fname.ends_with(w))
        || [
            ".util", ".io.", ".parser", ".xml", ".cache", ".log", ".servlet", ".web.", ".batch",
        ]
        .iter()
        .any(|w| qn.contains(w))
    {
        return Some(DataClassOf {
            class: DataClass::Technical,
            reason: "plumbing class or field",
        });
    }
    if [
        ".model.", ".domain.", ".entity.", ".rules", ".service", ".dao.", ".bean",
    ]
    .iter()
    .any(|w| qn.contains(w))
    {
        return Some(DataClassOf {
            class: DataClass::Business,
            reason: "field of a domain or service class",
        });
    }
    None
}

/// Classifies every data item, condition-name and Java field of `model`.
pub fn classify(model: &Model) -> DataClassification {
    let kind = |id: SymbolId| model.symbol(id).kind;
    // Screen map records and persistent records, from the flows that tie them to maps,
    // files, tables and host variables.
    let mut map_records: HashSet<SymbolId> = HashSet::new();
    let mut persistent_roots: HashSet<SymbolId> = HashSet::new();
    let mapsets: HashSet<String> = model
        .symbols
        .iter()
        .filter(|s| s.kind == SymbolKind::CicsMap)
        .filter_map(|s| s.qualified_name.split('.').next())
        .map(str::to_ascii_uppercase)
        .collect();
    for f in &model.flows {
        let (Some(s), Some(t)) = (end_symbol(&f.source), end_symbol(&f.target)) else {
            continue;
        };
        match f.kind {
            FlowKind::Read | FlowKind::Write => {
                for (a, b) in [(s, t), (t, s)] {
                    match kind(a) {
                        SymbolKind::CicsMap => {
                            map_records.insert(b);
                        }
                        SymbolKind::File | SymbolKind::DbTable | SymbolKind::Dataset => {
                            persistent_roots.insert(b);
                        }
                        _ => {}
                    }
                }
            }
            FlowKind::SqlSelect
            | FlowKind::SqlInsert
            | FlowKind::SqlUpdate
            | FlowKind::SqlWhere => {
                for x in [s, t] {
                    if matches!(kind(x), SymbolKind::DataItem) {
                        persistent_roots.insert(x);
                    }
                }
            }
            _ => {}
        }
    }
    // Files that are symbolic-map copybooks (named after a BMS mapset).
    let map_files: Vec<bool> = model
        .files
        .iter()
        .map(|f| {
            let name = f.path.rsplit('/').next().unwrap_or(&f.path);
            let stem = name.split('.').next().unwrap_or(name);
            mapsets.contains(&stem.to_ascii_uppercase())
        })
        .collect();
    let in_map_copybook = |id: SymbolId| {
        model
            .symbol(id)
            .span
            .is_some_and(|sp| map_files.get(sp.file.index()).copied().unwrap_or(false))
    };

    // Items named by `FILE STATUS IS …` (the file's detail says so), by program and name.
    let file_statuses: HashSet<(String, String)> = model
        .symbols
        .iter()
        .filter(|s| s.kind == SymbolKind::File)
        .filter_map(|s| {
            let status = s.detail.as_deref()?.split(" FILE STATUS ").nth(1)?;
            let program = s.qualified_name.split('.').next()?;
            Some((program.to_string(), status.trim().to_ascii_uppercase()))
        })
        .collect();
    let is_file_status = |s: &crate::model::Symbol| {
        !file_statuses.is_empty()
            && file_statuses.contains(&(
                s.qualified_name
                    .split('.')
                    .next()
                    .unwrap_or_default()
                    .to_string(),
                s.name.to_ascii_uppercase(),
            ))
    };

    let mut persistent: HashSet<SymbolId> = HashSet::new();
    let mut classes: HashMap<SymbolId, DataClassOf> = HashMap::new();
    // Technical groups, by group (every item of a record asks about the same groups).
    let mut group_names: HashMap<SymbolId, Option<&'static str>> = HashMap::new();
    for s in &model.symbols {
        match s.kind {
            SymbolKind::DataItem | SymbolKind::ConditionName => {}
            SymbolKind::Field => {
                if let Some(c) = java_domain_field(model, s.id) {
                    classes.insert(s.id, c);
                }
                continue;
            }
            SymbolKind::DbColumn => {
                persistent.insert(s.id);
                classes.insert(
                    s.id,
                    DataClassOf {
                        class: DataClass::Business,
                        reason: "DB column",
                    },
                );
                continue;
            }
            _ => continue,
        }
        let chain: Vec<SymbolId> = data_chain(model, s.id).collect();
        if chain.iter().any(|c| persistent_roots.contains(c)) {
            persistent.insert(s.id);
        }
        let technical = if chain.iter().any(|c| map_records.contains(c)) || in_map_copybook(s.id) {
            Some("screen map field")
        } else if is_file_status(s) {
            Some("file status")
        } else {
            technical_name(&s.name).or_else(|| {
                chain.iter().skip(1).find_map(|&c| {
                    *group_names
                        .entry(c)
                        .or_insert_with(|| technical_group_name(&model.symbol(c).name))
                })
            })
        };
        let class = if let Some(reason) = technical {
            DataClassOf {
                class: DataClass::Technical,
                reason,
            }
        } else if persistent.contains(&s.id) {
            DataClassOf {
                class: DataClass::Business,
                reason: "item of a file record or DB row",
            }
        } else if s.detail.as_deref().is_some_and(is_money_picture) {
            DataClassOf {
                class: DataClass::Business,
                reason: "signed decimal (money or rate)",
            }
        } else if let Some(reason) = business_name(&s.name) {
            DataClassOf {
                class: DataClass::Business,
                reason,
            }
        } else {
            NEUTRAL
        };
        classes.insert(s.id, class);
    }
    // Lineage: neutral items whose values come from or go to persistent data (two hops over
    // moves and computations) are business too.
    let mut next: HashMap<SymbolId, Vec<SymbolId>> = HashMap::new();
    for f in &model.flows {
        if !matches!(
            f.kind,
            FlowKind::Move
                | FlowKind::Compute
                | FlowKind::Unstring
                | FlowKind::StringOp
                | FlowKind::CallUsing
                | FlowKind::CallReturn
                | FlowKind::SqlSelect
                | FlowKind::SqlInsert
                | FlowKind::SqlUpdate
                | FlowKind::SqlWhere
        ) {
            continue;
        }
        if let (Some(a), Some(b)) = (end_symbol(&f.source), end_symbol(&f.target)) {
            next.entry(a).or_default().push(b);
            next.entry(b).or_default().push(a);
        }
    }
    // Roots: persistent items, and parameters passed between programs that are business.
    let mut roots: HashSet<SymbolId> = persistent.clone();
    for f in &model.flows {
        let end = match f.kind {
            FlowKind::CallUsing => end_symbol(&f.target),
            FlowKind::CallReturn => end_symbol(&f.source),
            _ => None,
        };
        if let Some(p) = end
            && classes
                .get(&p)
                .is_some_and(|c| c.class == DataClass::Business)
        {
            roots.insert(p);
        }
    }
    // Values shown to the user by DISPLAY (a console program's answer, a batch job's log of
    // what it decided) are business outputs, unless their name says plumbing.
    let display_at: HashSet<(u32, u32)> = model
        .displays
        .iter()
        .filter(|d| d.data_operands > 0)
        .map(|d| (d.span.file.0, d.span.start))
        .collect();
    if !display_at.is_empty() {
        for r in &model.references {
            if r.kind == crate::model::RefKind::Read
                && display_at.contains(&(r.span.file.0, r.span.start))
                && let crate::model::RefTarget::Symbol { id } = r.target
                && kind(id) == SymbolKind::DataItem
                && let Some(c) = classes.get_mut(&id)
                && c.class != DataClass::Technical
            {
                if c.class == DataClass::Neutral {
                    *c = DataClassOf {
                        class: DataClass::Business,
                        reason: "shown to the user",
                    };
                }
                roots.insert(id);
            }
        }
    }
    // Data that decides what the user is told (`IF WS-REMAINDER = 0 DISPLAY 'CARD NUMBER IS
    // VALID'`) is business, and so is what it is derived from (below, over the flows).
    let told: Vec<&crate::model::DisplayStatement> = model
        .displays
        .iter()
        .filter(|d| {
            let program =
                super::facts::program_of(model, d.owner).map(|p| model.symbol(p).name.as_str());
            super::outcome::displayed_message(d, program).is_some()
        })
        .collect();
    if !told.is_empty() {
        let owners: HashSet<SymbolId> = told.iter().map(|d| d.owner).collect();
        let mut reads_of: HashMap<SymbolId, Vec<(Span, SymbolId)>> = HashMap::new();
        for r in &model.references {
            if r.kind == crate::model::RefKind::Read
                && owners.contains(&r.from)
                && let crate::model::RefTarget::Symbol { id } = r.target
            {
                reads_of.entry(r.from).or_default().push((r.span, id));
            }
        }
        let mut told_by_owner: HashMap<SymbolId, Vec<Span>> = HashMap::new();
        for d in &told {
            told_by_owner.entry(d.owner).or_default().push(d.span);
        }
        for c in &model.conditions {
            let Some(spans) = told_by_owner.get(&c.owner) else {
                continue;
            };
            let decides = spans.iter().any(|span| {
                [c.consequence, c.alternative]
                    .iter()
                    .flatten()
                    .any(|branch| super::facts::within(span, branch))
            });
            if !decides {
                continue;
            }
            for (span, id) in reads_of.get(&c.owner).into_iter().flatten() {
                if !super::facts::within(span, &c.span) {
                    continue;
                }
                let var = match model.symbol(*id).kind {
                    SymbolKind::ConditionName => model.symbol(*id).parent.unwrap_or(*id),
                    SymbolKind::DataItem => *id,
                    _ => continue,
                };
                if let Some(class) = classes.get_mut(&var)
                    && class.class != DataClass::Technical
                {
                    if class.class == DataClass::Neutral {
                        *class = DataClassOf {
                            class: DataClass::Business,
                            reason: "decides what the user is told",
                        };
                    }
                    roots.insert(var);
                }
            }
        }
    }
    // Items inside a business parameter group are roots too.
    for s in &model.symbols {
        if s.kind == SymbolKind::DataItem
            && data_chain(model, s.id).skip(1).any(|a| roots.contains(&a))
            && classes
                .get(&s.id)
                .is_some_and(|c| c.class != DataClass::Technical)
        {
            roots.insert(s.id);
        }
    }
    let mut queue: VecDeque<(SymbolId, u32)> = roots.iter().map(|&p| (p, 0)).collect();
    let mut seen: HashSet<SymbolId> = roots.clone();
    while let Some((id, d)) = queue.pop_front() {
        if d >= 2 {
            continue;
        }
        for &n in next.get(&id).into_iter().flatten() {
            if !seen.insert(n) {
                continue;
            }
            if let Some(c) = classes.get_mut(&n)
                && c.class == DataClass::Neutral
            {
                *c = DataClassOf {
                    class: DataClass::Business,
                    reason: "value comes from or goes to persistent data",
                };
            }
            queue.push_back((n, d + 1));
        }
    }
    // Codes with named values are business unless technical.
    for s in &model.symbols {
        if s.kind == SymbolKind::ConditionName
            && let Some(p) = s.parent
            && let Some(c) = classes.get_mut(&p)
            && c.class == DataClass::Neutral
            && !name_tokens(&model.symbol(p).name)
                .iter()
                .any(|t| t == "SW" || t == "SWITCH" || t == "FLAG" || t == "IND")
        {
            *c = DataClassOf {
                class: DataClass::Business,
                reason: "code with named values (88-levels)",
            };
        }
    }
    // A condition-name takes its variable's class.
    for s in &model.symbols {
        if s.kind == SymbolKind::ConditionName
            && let Some(p) = s.parent
            && let Some(&c) = classes.get(&p)
        {
            classes.insert(s.id, c);
        }
    }
    // Flags.
    let mut derived: HashSet<SymbolId> = HashSet::new();
    for f in &model.flows {
        if !matches!(
            f.kind,
            FlowKind::Contains | FlowKind::ContainedBy | FlowKind::Redefines
        ) && let Some(t) = end_symbol(&f.target)
        {
            derived.insert(t);
        }
    }
    let mut written: HashSet<SymbolId> = HashSet::new();
    for r in &model.references {
        if r.kind == crate::model::RefKind::Write
            && let crate::model::RefTarget::Symbol { id } = r.target
        {
            let s = model.symbol(id);
            written.insert(if s.kind == SymbolKind::ConditionName {
                s.parent.unwrap_or(id)
            } else {
                id
            });
        }
    }
    let with_names: HashSet<SymbolId> = model
        .symbols
        .iter()
        .filter(|s| s.kind == SymbolKind::ConditionName)
        .filter_map(|s| s.parent)
        .collect();
    let mut flags: HashSet<SymbolId> = model
        .symbols
        .iter()
        .filter(|s| s.kind == SymbolKind::DataItem)
        .filter(|s| !derived.contains(&s.id) && !persistent.contains(&s.id))
        .filter(|s| written.contains(&s.id))
        .filter(|s| is_flag_name(&s.name) || with_names.contains(&s.id))
        .map(|s| s.id)
        .collect();
    let names_of_flags: Vec<SymbolId> = model
        .symbols
        .iter()
        .filter(|s| s.kind == SymbolKind::ConditionName)
        .filter(|s| s.parent.is_some_and(|p| flags.contains(&p)))
        .map(|s| s.id)
        .collect();
    flags.extend(names_of_flags);
    let mut outputs: HashSet<SymbolId> = HashSet::new();
    let mut from_business: HashSet<SymbolId> = HashSet::new();
    for f in &model.flows {
        let (Some(a), Some(b)) = (end_symbol(&f.source), end_symbol(&f.target)) else {
            continue;
        };
        match f.kind {
            FlowKind::CallUsing => {
                outputs.insert(b);
            }
            FlowKind::CallReturn => {
                outputs.insert(a);
            }
            FlowKind::Inspect | FlowKind::Compute | FlowKind::Move | FlowKind::Unstring
                if classes
                    .get(&a)
                    .is_some_and(|c| c.class == DataClass::Business)
                    && classes
                        .get(&b)
                        .is_some_and(|c| c.class == DataClass::Technical) =>
            {
                from_business.insert(b);
            }
            _ => {}
        }
    }
    // Items whose values reach an output within four moves or computations.
    let mut into: HashMap<SymbolId, Vec<SymbolId>> = HashMap::new();
    for f in &model.flows {
        if matches!(
            f.kind,
            FlowKind::Move | FlowKind::Compute | FlowKind::CallUsing | FlowKind::Write
        ) && let (Some(a), Some(b)) = (end_symbol(&f.source), end_symbol(&f.target))
        {
            into.entry(b).or_default().push(a);
        }
    }
    let mut feeds_output: HashSet<SymbolId> = HashSet::new();
    let mut queue: VecDeque<(SymbolId, u32)> = model
        .symbols
        .iter()
        .filter(|s| s.kind == SymbolKind::DataItem)
        .filter(|s| {
            data_chain(model, s.id).any(|c| outputs.contains(&c) || persistent.contains(&c))
        })
        .map(|s| (s.id, 0))
        .collect();
    for &(id, _) in &queue {
        feeds_output.insert(id);
    }
    while let Some((id, d)) = queue.pop_front() {
        if d >= 4 {
            continue;
        }
        for &src in into.get(&id).into_iter().flatten() {
            if feeds_output.insert(src) {
                queue.push_back((src, d + 1));
            }
        }
    }
    DataClassification {
        classes,
        persistent,
        flags,
        outputs,
        from_business,
        feeds_output,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_of_cobol_and_java_names() {
        assert_eq!(name_tokens("WS-ROW-IDX"), vec!["WS", "ROW", "IDX"]);
        assert_eq!(name_tokens("rowIndex"), vec!["ROW", "INDEX"]);
    }

    #[test]
    fn technical_names() {
        assert!(technical_name("EIBAID").is_some());
        assert!(technical_name("WS-RESP").is_some());
        assert!(technical_name("WS-MASTER-FS").is_some());
        assert!(technical_name("WS-ROW-IDX").is_some());
        assert!(technical_name("WS-END-OF-CLAIMS").is_some());
        assert!(technical_name("WS-RECORDS-READ-COUNT").is_some());
        assert!(technical_name("CM-TOTAL-PAID").is_none());
        assert!(technical_name("WS-DEP-COUNT").is_none());
        assert!(business_name("CM-TOTAL-PAID").is_some());
        assert!(business_name("AT-RISK-SCORE").is_some());
    }

    #[test]
    fn money_pictures() {
        assert!(is_money_picture("05 PIC S9(7)V99 COMP-3"));
        assert!(!is_money_picture("05 PIC 9(4) COMP"));
        assert!(!is_money_picture("05 PIC X(8) VALUE 'V'"));
    }
}
