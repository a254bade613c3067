//! Unit tests for the SQL analyzer: lexing rules, table extraction for every
//! statement form, host variables, COBOL and Java specifics, DDL parsing,
//! script splitting, and a random-input robustness test.

use super::*;
use TableAccess::{Ddl, Delete, Insert, Read, Update};

/// (name, access) pairs in order.
fn tabs(s: &SqlStatement) -> Vec<(String, TableAccess)> {
    s.tables
        .iter()
        .map(|t| (t.name.clone(), t.access))
        .collect()
}

fn t(name: &str, a: TableAccess) -> (String, TableAccess) {
    (name.to_string(), a)
}

fn hv(s: &SqlStatement) -> Vec<(String, Option<String>, HostVarDirection)> {
    s.host_variables
        .iter()
        .map(|h| (h.name.clone(), h.indicator.clone(), h.direction))
        .collect()
}

fn h(
    name: &str,
    ind: Option<&str>,
    d: HostVarDirection,
) -> (String, Option<String>, HostVarDirection) {
    (name.to_string(), ind.map(str::to_string), d)
}

use HostVarDirection::{Input, Output};

// ----- lexical behaviour --------------------------------------------------

#[test]
fn keywords_are_case_insensitive_and_identifiers_upper_cased() {
    let s = analyze("select c.id from claim c where c.status = 'O'");
    assert_eq!(s.kind, StatementKind::Select);
    assert_eq!(tabs(&s), vec![t("CLAIM", Read)]);
    assert_eq!(s.tables[0].offset, 17);
    assert_eq!(s.columns, vec!["ID"]);
}

#[test]
fn quoted_identifiers_and_schema_qualified_names() {
    let sql = r#"SELECT * FROM "Payroll"."Claim" C JOIN PAYROLL.CLAIMANT CL ON 1 = 1"#;
    let s = analyze(sql);
    assert_eq!(
        tabs(&s),
        vec![t("PAYROLL.CLAIM", Read), t("PAYROLL.CLAIMANT", Read)]
    );
    assert_eq!(s.tables[0].offset, sql.find("\"Payroll\"").unwrap());
    assert_eq!(s.tables[0].base_name(), "CLAIM");
    assert_eq!(s.tables[1].schema(), Some("PAYROLL"));
    let s = analyze(r#"SELECT 1 FROM "odd""name""#);
    assert_eq!(tabs(&s), vec![t("ODD\"NAME", Read)]);
}

#[test]
fn string_literals_never_yield_tables() {
    let s = analyze(
        "SELECT 'it''s FROM FAKE1' AS X FROM REAL1 WHERE NOTE = 'JOIN FAKE2 ON' AND A = X'00FF'",
    );
    assert_eq!(tabs(&s), vec![t("REAL1", Read)]);
}

#[test]
fn comments_are_skipped() {
    let s = analyze(
        "-- SELECT * FROM FAKE1\nSELECT /* FROM FAKE2 */ A -- JOIN FAKE3\n FROM /* x */ REAL1 -- end",
    );
    assert_eq!(tabs(&s), vec![t("REAL1", Read)]);
    assert_eq!(s.kind, StatementKind::Select);
}

#[test]
fn unicode_whitespace_separates_tokens() {
    let s = analyze("SELECT\u{a0}A FROM\u{2003}CLAIM\u{3000}C WHERE X = 1");
    assert_eq!(tabs(&s), vec![t("CLAIM", Read)]);
    assert!(split_statements("\u{a0};\u{2003}").is_empty());
}

#[test]
fn unicode_identifiers_and_offsets() {
    let sql = "SELECT é FROM ÉTÉ_T WHERE X = 'ü'";
    let s = analyze(sql);
    assert_eq!(tabs(&s), vec![t("ÉTÉ_T", Read)]);
    assert_eq!(s.tables[0].offset, sql.find("ÉTÉ").unwrap());
}

// ----- SELECT -------------------------------------------------------------

#[test]
fn select_comma_list_with_aliases() {
    let s = analyze(
        "SELECT C.ID, CL.NAME FROM CLAIM C, CLAIMANT AS CL, PAYROLL.POLICY WHERE C.X = CL.X",
    );
    assert_eq!(
        tabs(&s),
        vec![
            t("CLAIM", Read),
            t("CLAIMANT", Read),
            t("PAYROLL.POLICY", Read)
        ]
    );
    assert_eq!(s.columns, vec!["ID", "NAME"]);
}

#[test]
fn select_all_join_forms() {
    let s = analyze(
        "SELECT * FROM A INNER JOIN B ON A.X = B.X LEFT OUTER JOIN C ON C.X = A.X \
         RIGHT JOIN D ON D.X = A.X FULL OUTER JOIN E ON E.X = A.X CROSS JOIN F \
         LEFT JOIN G USING (X) JOIN H ON H.X = A.X, I",
    );
    let names: Vec<_> = s.tables.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, vec!["A", "B", "C", "D", "E", "F", "G", "H", "I"]);
    assert!(s.tables.iter().all(|t| t.access == Read));
}

#[test]
fn subqueries_in_from_where_exists_in() {
    let s = analyze(
        "SELECT X.A FROM (SELECT A FROM T1 WHERE B IN (SELECT B FROM T2)) X \
         WHERE EXISTS (SELECT 1 FROM T3 WHERE T3.A = X.A) AND X.A = (SELECT MAX(A) FROM T4)",
    );
    assert_eq!(
        tabs(&s),
        vec![t("T1", Read), t("T2", Read), t("T3", Read), t("T4", Read)]
    );
    assert_eq!(s.columns, vec!["A"]);
}

#[test]
fn union_and_parenthesised_queries() {
    let s = analyze("(SELECT A FROM T1) UNION ALL (SELECT A FROM T2) EXCEPT SELECT A FROM T3");
    assert_eq!(s.kind, StatementKind::Select);
    assert_eq!(tabs(&s), vec![t("T1", Read), t("T2", Read), t("T3", Read)]);
}

#[test]
fn cte_names_are_not_tables() {
    let s = analyze(
        "WITH OPEN_CLAIMS (ID) AS (SELECT ID FROM CLAIM WHERE ST = 'O'), \
         BIG AS (SELECT ID FROM OPEN_CLAIMS JOIN PAYMENT P ON 1=1) \
         SELECT B.ID FROM BIG B JOIN OPEN_CLAIMS O ON O.ID = B.ID",
    );
    assert_eq!(s.kind, StatementKind::Select);
    assert_eq!(tabs(&s), vec![t("CLAIM", Read), t("PAYMENT", Read)]);
    assert_eq!(s.columns, vec!["ID"]);
    let s = analyze(
        "WITH RECURSIVE R AS (SELECT 1 FROM T) DELETE FROM X WHERE ID IN (SELECT * FROM R)",
    );
    assert_eq!(s.kind, StatementKind::Delete);
    assert_eq!(tabs(&s), vec![t("T", Read), t("X", Delete)]);
}

#[test]
fn cobol_singleton_select_into() {
    let s = analyze(
        "SELECT CLAIM_AMT, CLAIM_DT\n  INTO :WS-CLAIM-AMT, :WS-CLAIM-DT :WS-DT-IND\n  FROM PAYROLL.CLAIM\n WHERE CLAIM_ID = :WS-CLAIM-ID\n  WITH UR",
    );
    assert_eq!(s.kind, StatementKind::Select);
    assert_eq!(tabs(&s), vec![t("PAYROLL.CLAIM", Read)]);
    assert_eq!(
        hv(&s),
        vec![
            h("WS-CLAIM-AMT", None, Output),
            h("WS-CLAIM-DT", Some("WS-DT-IND"), Output),
            h("WS-CLAIM-ID", None, Input),
        ]
    );
    assert_eq!(s.columns, vec!["CLAIM_AMT", "CLAIM_DT"]);
}

#[test]
fn select_trailing_clauses() {
    let s = analyze(
        "SELECT A, B FROM T WHERE A > 1 ORDER BY A, B FETCH FIRST 10 ROWS ONLY FOR UPDATE OF B, C WITH UR",
    );
    assert_eq!(tabs(&s), vec![t("T", Read)]);
    let s = analyze("SELECT A FROM T1 GROUP BY A, B HAVING COUNT(*) > 1 OPTIMIZE FOR 1 ROW");
    assert_eq!(tabs(&s), vec![t("T1", Read)]);
}

#[test]
fn from_inside_functions_is_not_a_table() {
    let s = analyze(
        "SELECT EXTRACT(YEAR FROM D), SUBSTRING(X FROM 2 FOR 3), TRIM(LEADING '0' FROM Y) \
         FROM T WHERE A IS DISTINCT FROM B",
    );
    assert_eq!(tabs(&s), vec![t("T", Read)]);
}

#[test]
fn table_functions_and_data_change_references() {
    let s = analyze("SELECT * FROM TABLE(MYFN(:HV)) AS F, LATERAL (SELECT * FROM T2) L");
    assert_eq!(tabs(&s), vec![t("T2", Read)]);
    let s = analyze("SELECT ID FROM FINAL TABLE (INSERT INTO CLAIM (A) VALUES (1))");
    assert_eq!(tabs(&s), vec![t("CLAIM", Insert)]);
    assert_eq!(s.kind, StatementKind::Select);
}

#[test]
fn select_list_columns_are_best_effort() {
    let s = analyze("SELECT DISTINCT T.A AS X, B Y, C, COUNT(*), D + 1, 'K', *, T.* FROM T");
    assert_eq!(s.columns, vec!["A", "B", "C"]);
}

#[test]
fn nested_join_parentheses_and_misc_select_shapes() {
    let s =
        analyze("SELECT T1.A FROM T1 INNER JOIN (T2 INNER JOIN T3 ON T2.X = T3.X) ON T1.X = T2.X");
    assert_eq!(tabs(&s), vec![t("T1", Read), t("T2", Read), t("T3", Read)]);
    let s = analyze(
        "SELECT ROW_NUMBER() OVER (PARTITION BY A ORDER BY B) RN, C FROM T FOR UPDATE NOWAIT",
    );
    assert_eq!(tabs(&s), vec![t("T", Read)]);
    assert_eq!(s.columns, vec!["C"]);
    let s = analyze("SELECT * FROM T1 WITH (NOLOCK) JOIN T2 ON 1 = 1");
    assert_eq!(tabs(&s), vec![t("T1", Read), t("T2", Read)]);
    let s = analyze("UPDATE T1 A SET A.X = B.Y FROM T2 B WHERE A.ID = B.ID");
    assert_eq!(tabs(&s), vec![t("T1", Update), t("T2", Read)]);
}

#[test]
fn java_dao_concatenation_shapes() {
    let s = analyze(
        "INSERT INTO CLAIM_HISTORY (__EXPR__, ARCHIVED_DATE) SELECT __EXPR__, CURRENT DATE FROM CLAIM WHERE STATUS = 'C'",
    );
    assert_eq!(tabs(&s), vec![t("CLAIM_HISTORY", Insert), t("CLAIM", Read)]);
    assert_eq!(s.columns, vec!["ARCHIVED_DATE"]);
    let s = analyze("SELECT __EXPR__ FROM OVERPAYMENT WHERE CLAIM_ID = ? AND STATUS IN ('O', 'R')");
    assert_eq!(tabs(&s), vec![t("OVERPAYMENT", Read)]);
    assert!(s.columns.is_empty() && s.host_variables.is_empty());
    let s = analyze("VALUES NEXT VALUE FOR __EXPR__");
    assert_eq!((s.kind, s.tables.len()), (StatementKind::Select, 0));
    assert_eq!(
        called_routine("EXEC dbo.usp_Claims ?, ?").as_deref(),
        Some("DBO.USP_CLAIMS")
    );
}

#[test]
fn declare_global_temporary_table() {
    let s = analyze("DECLARE GLOBAL TEMPORARY TABLE SESSION.TMP (A INT) ON COMMIT PRESERVE ROWS");
    assert_eq!(s.kind, StatementKind::Create);
    assert_eq!(tabs(&s), vec![t("SESSION.TMP", Ddl)]);
    let objs = parse_ddl("DECLARE GLOBAL TEMPORARY TABLE SESSION.TMP (A INT NOT NULL)");
    assert_eq!(objs[0].name, "SESSION.TMP");
    assert_eq!(objs[0].columns[0].data_type, "INT");
}

// ----- INSERT / UPDATE / DELETE / MERGE -------------------------------------

#[test]
fn insert_values() {
    let s = analyze(
        "INSERT INTO PAYROLL.CLAIM (CLAIM_ID, AMT, \"Note\") VALUES (:HV-ID, :HV-AMT:HV-IND, ?)",
    );
    assert_eq!(s.kind, StatementKind::Insert);
    assert_eq!(tabs(&s), vec![t("PAYROLL.CLAIM", Insert)]);
    assert_eq!(s.columns, vec!["CLAIM_ID", "AMT", "NOTE"]);
    assert_eq!(
        hv(&s),
        vec![h("HV-ID", None, Input), h("HV-AMT", Some("HV-IND"), Input)]
    );
}

#[test]
fn insert_select() {
    let s = analyze("INSERT INTO CLAIM_HIST SELECT * FROM CLAIM C JOIN X ON 1=1 WHERE C.ST = 'C'");
    assert_eq!(
        tabs(&s),
        vec![t("CLAIM_HIST", Insert), t("CLAIM", Read), t("X", Read)]
    );
    let s = analyze("INSERT INTO H (A, B) SELECT A, B FROM U");
    assert_eq!(tabs(&s), vec![t("H", Insert), t("U", Read)]);
    assert_eq!(s.columns, vec!["A", "B"]);
}

#[test]
fn update_with_subquery() {
    let s = analyze(
        "UPDATE PAYROLL.CLAIM C SET STATUS = 'P', C.AMT = (SELECT SUM(AMT) FROM PAYMENT P WHERE P.ID = C.ID), \
         UPD_TS = CURRENT TIMESTAMP WHERE ID IN (SELECT ID FROM QUEUE) AND X = :WS-X",
    );
    assert_eq!(s.kind, StatementKind::Update);
    assert_eq!(
        tabs(&s),
        vec![
            t("PAYROLL.CLAIM", Update),
            t("PAYMENT", Read),
            t("QUEUE", Read)
        ]
    );
    assert_eq!(s.columns, vec!["STATUS", "AMT", "UPD_TS"]);
    assert_eq!(hv(&s), vec![h("WS-X", None, Input)]);
}

#[test]
fn update_multi_column_set() {
    let s = analyze("UPDATE T SET (A, B) = (SELECT X, Y FROM U) WHERE 1 = 1");
    assert_eq!(tabs(&s), vec![t("T", Update), t("U", Read)]);
    assert_eq!(s.columns, vec!["A", "B"]);
}

#[test]
fn delete_forms() {
    let s = analyze("DELETE FROM CLAIM WHERE ID = :ID");
    assert_eq!(s.kind, StatementKind::Delete);
    assert_eq!(tabs(&s), vec![t("CLAIM", Delete)]);
    let s = analyze("delete claim c where exists (select 1 from hold h where h.id = c.id)");
    assert_eq!(tabs(&s), vec![t("CLAIM", Delete), t("HOLD", Read)]);
}

#[test]
fn merge_lists_update_and_insert() {
    let sql = "MERGE INTO ACCT A USING (SELECT ID, AMT FROM TXN WHERE D = :D) T ON (A.ID = T.ID) \
         WHEN MATCHED THEN UPDATE SET A.BAL = A.BAL + T.AMT \
         WHEN NOT MATCHED THEN INSERT (ID, BAL) VALUES (T.ID, T.AMT)";
    let s = analyze(sql);
    assert_eq!(s.kind, StatementKind::Merge);
    assert_eq!(
        tabs(&s),
        vec![t("ACCT", Update), t("ACCT", Insert), t("TXN", Read)]
    );
    assert_eq!(s.tables[0].offset, s.tables[1].offset);
    assert_eq!(s.columns, vec!["BAL", "ID"]);
    let s = analyze("MERGE INTO T USING U ON T.K = U.K WHEN MATCHED THEN DELETE");
    assert_eq!(tabs(&s), vec![t("T", Update), t("T", Insert), t("U", Read)]);
}

#[test]
fn tables_with_filters_by_access() {
    let s = analyze("INSERT INTO A SELECT * FROM B, C");
    let reads: Vec<_> = s.tables_with(Read).map(|t| t.name.as_str()).collect();
    assert_eq!(reads, vec!["B", "C"]);
    assert_eq!(s.tables_with(Insert).count(), 1);
    assert!(s.writes());
    assert_eq!(s.table_names(), vec!["A", "B", "C"]);
}

// ----- cursors and embedded-SQL statements ----------------------------------

#[test]
fn declare_cursor() {
    let s = analyze(
        "DECLARE CLM-CSR CURSOR WITH HOLD FOR\n SELECT CLAIM_ID, AMT FROM CLAIM WHERE ST = :WS-ST\n FOR FETCH ONLY",
    );
    assert_eq!(s.kind, StatementKind::DeclareCursor);
    assert_eq!(s.cursor.as_deref(), Some("CLM-CSR"));
    assert_eq!(tabs(&s), vec![t("CLAIM", Read)]);
    assert_eq!(s.columns, vec!["CLAIM_ID", "AMT"]);
    assert_eq!(hv(&s), vec![h("WS-ST", None, Input)]);
    let s = analyze("DECLARE C2 SENSITIVE STATIC SCROLL CURSOR WITH RETURN FOR S2");
    assert_eq!(s.kind, StatementKind::DeclareCursor);
    assert_eq!(s.cursor.as_deref(), Some("C2"));
}

#[test]
fn open_fetch_close() {
    let s = analyze("OPEN C1");
    assert_eq!(
        (s.kind, s.cursor.as_deref()),
        (StatementKind::Open, Some("C1"))
    );
    let s = analyze("OPEN CLM-CSR-2 USING :A, :B");
    assert_eq!(s.cursor.as_deref(), Some("CLM-CSR-2"));
    assert_eq!(hv(&s), vec![h("A", None, Input), h("B", None, Input)]);
    let s = analyze("FETCH C1 INTO :A, :B:BI");
    assert_eq!(
        (s.kind, s.cursor.as_deref()),
        (StatementKind::Fetch, Some("C1"))
    );
    assert_eq!(
        hv(&s),
        vec![h("A", None, Output), h("B", Some("BI"), Output)]
    );
    let s = analyze("FETCH NEXT FROM CLM-CSR INTO :WS-ID, :WS-AMT INDICATOR :WS-AMT-IND");
    assert_eq!(s.cursor.as_deref(), Some("CLM-CSR"));
    assert_eq!(
        hv(&s),
        vec![
            h("WS-ID", None, Output),
            h("WS-AMT", Some("WS-AMT-IND"), Output)
        ]
    );
    let s = analyze("FETCH NEXT ROWSET FROM C9 FOR 10 ROWS INTO :ARR");
    assert_eq!(s.cursor.as_deref(), Some("C9"));
    let s = analyze("fetch absolute :N from c3 into :x");
    assert_eq!(s.cursor.as_deref(), Some("C3"));
    assert_eq!(hv(&s), vec![h("N", None, Input), h("X", None, Output)]);
    let s = analyze("CLOSE C1");
    assert_eq!(
        (s.kind, s.cursor.as_deref()),
        (StatementKind::Close, Some("C1"))
    );
    assert!(s.tables.is_empty());
}

#[test]
fn positioned_update_and_delete() {
    let s = analyze("UPDATE CLAIM SET ST = :ST WHERE CURRENT OF CLM-CSR");
    assert_eq!(s.kind, StatementKind::Update);
    assert_eq!(s.cursor.as_deref(), Some("CLM-CSR"));
    assert_eq!(tabs(&s), vec![t("CLAIM", Update)]);
    assert_eq!(s.columns, vec!["ST"]);
    let s = analyze("DELETE FROM CLAIM WHERE CURRENT OF C1");
    assert_eq!(
        (s.cursor.as_deref(), tabs(&s)),
        (Some("C1"), vec![t("CLAIM", Delete)])
    );
}

#[test]
fn call_commit_rollback() {
    let s = analyze("CALL PAYROLL.CALC_CLAIM(:WS-ID, :WS-OUT)");
    assert_eq!(s.kind, StatementKind::Call);
    assert!(s.tables.is_empty());
    assert_eq!(s.host_variables.len(), 2);
    assert_eq!(
        called_routine("CALL PAYROLL.CALC_CLAIM(?)").as_deref(),
        Some("PAYROLL.CALC_CLAIM")
    );
    assert_eq!(
        called_routine("{call upd_claim(?, ?)}").as_deref(),
        Some("UPD_CLAIM")
    );
    assert_eq!(analyze("{? = call f(?)}").kind, StatementKind::Call);
    assert_eq!(called_routine("SELECT 1 FROM T"), None);
    assert_eq!(analyze("COMMIT WORK").kind, StatementKind::Commit);
    assert_eq!(analyze("commit").kind, StatementKind::Commit);
    assert_eq!(analyze("ROLLBACK").kind, StatementKind::Rollback);
    assert_eq!(
        analyze("ROLLBACK WORK TO SAVEPOINT S1").kind,
        StatementKind::Rollback
    );
}

#[test]
fn lock_table_modes() {
    let s = analyze("LOCK TABLE PAYROLL.CLAIM IN EXCLUSIVE MODE");
    assert_eq!(s.kind, StatementKind::Lock);
    assert_eq!(tabs(&s), vec![t("PAYROLL.CLAIM", Update)]);
    let s = analyze("LOCK TABLE CLAIM PARTITION 3 IN SHARE MODE");
    assert_eq!(tabs(&s), vec![t("CLAIM", Read)]);
}

#[test]
fn include_and_whenever() {
    let s = analyze("INCLUDE SQLCA");
    assert_eq!(
        (s.kind, s.include.as_deref()),
        (StatementKind::Include, Some("SQLCA"))
    );
    let s = analyze("EXEC SQL INCLUDE clmdcl END-EXEC.");
    assert_eq!(s.include.as_deref(), Some("CLMDCL"));
    let s = analyze("INCLUDE CLAIM-REC");
    assert_eq!(s.include.as_deref(), Some("CLAIM-REC"));
    let s = analyze("WHENEVER SQLERROR GO TO 9999-ABEND");
    assert_eq!(s.kind, StatementKind::WheneverOrOther);
    assert!(s.tables.is_empty() && s.include.is_none());
    assert_eq!(
        analyze("WHENEVER NOT FOUND CONTINUE").kind,
        StatementKind::WheneverOrOther
    );
}

#[test]
fn exec_sql_wrapper_is_stripped() {
    let s = analyze("  EXEC SQL\n     SELECT A INTO :A FROM T1\n  END-EXEC.\n  MOVE X TO Y FROM Z");
    assert_eq!(s.kind, StatementKind::Select);
    assert_eq!(tabs(&s), vec![t("T1", Read)]);
}

#[test]
fn other_embedded_statements() {
    assert_eq!(
        analyze("BEGIN DECLARE SECTION").kind,
        StatementKind::WheneverOrOther
    );
    assert_eq!(
        analyze("PREPARE S1 FROM :STMT").kind,
        StatementKind::WheneverOrOther
    );
    let s = analyze("PREPARE S1 INTO :SQLDA FROM :STMT");
    assert_eq!(
        hv(&s),
        vec![h("SQLDA", None, Output), h("STMT", None, Input)]
    );
    assert!(s.tables.is_empty());
    let s = analyze("SET :WS-TS = CURRENT TIMESTAMP");
    assert_eq!(hv(&s), vec![h("WS-TS", None, Output)]);
    let s = analyze("SET :A = (SELECT MAX(X) FROM T WHERE K = :K), :B = 1");
    assert_eq!(
        hv(&s),
        vec![
            h("A", None, Output),
            h("K", None, Input),
            h("B", None, Output)
        ]
    );
    assert_eq!(tabs(&s), vec![t("T", Read)]);
    let s = analyze("VALUES (CURRENT DATE) INTO :WS-DATE");
    assert_eq!(hv(&s), vec![h("WS-DATE", None, Output)]);
    let s = analyze("DECLARE CLAIM TABLE (CLAIM_ID CHAR(9) NOT NULL, AMT DECIMAL(9,2))");
    assert_eq!(s.kind, StatementKind::WheneverOrOther);
    assert_eq!(tabs(&s), vec![t("CLAIM", Ddl)]);
    assert_eq!(analyze("GRANT SELECT ON CLAIM TO PUBLIC").tables, vec![]);
    assert_eq!(analyze("").kind, StatementKind::Other);
    assert_eq!(
        analyze("   -- nothing\n /* at all */ ").kind,
        StatementKind::Other
    );
}

// ----- host variables ---------------------------------------------------------

#[test]
fn host_variable_forms() {
    let s = analyze(
        "SELECT A FROM T WHERE A = :SIMPLE AND B = :WITH-HYPHENS-1 AND C = :REC.FIELD \
         AND D = :HV :IND AND E = :HV2:IND2 AND F = :HV3 INDICATOR :IND3 AND G = ?",
    );
    assert_eq!(
        hv(&s),
        vec![
            h("SIMPLE", None, Input),
            h("WITH-HYPHENS-1", None, Input),
            h("REC.FIELD", None, Input),
            h("HV", Some("IND"), Input),
            h("HV2", Some("IND2"), Input),
            h("HV3", Some("IND3"), Input),
        ]
    );
    let off = s.host_variables[0].offset;
    assert_eq!(
        &"SELECT A FROM T WHERE A = :SIMPLE"[off..off + 7],
        ":SIMPLE"
    );
}

#[test]
fn host_variables_not_confused() {
    let s = analyze(
        "SELECT X::INT, TIME '10:30:00', ':NOTHV' FROM T WHERE A = ? AND B = ? AND TS > '2020-01-01 10:00:00'",
    );
    assert!(s.host_variables.is_empty(), "{:?}", s.host_variables);
    assert_eq!(tabs(&s), vec![t("T", Read)]);
    // lowercase Java-style named parameter is still a host variable, upper-cased
    let s = analyze("select * from t where id = :claimId");
    assert_eq!(hv(&s), vec![h("CLAIMID", None, Input)]);
    // subtraction with spaces is not part of the name; trailing hyphen is not either
    let s = analyze("SELECT :A - 1, :B- 2 FROM T");
    assert_eq!(hv(&s), vec![h("A", None, Input), h("B", None, Input)]);
}

// ----- Java placeholders -----------------------------------------------------

#[test]
fn expr_placeholder_from_java() {
    let s = analyze("SELECT * FROM CLAIM WHERE ID = __EXPR__");
    assert_eq!(tabs(&s), vec![t("CLAIM", Read)]);
    let s = analyze("SELECT * FROM __EXPR__");
    assert!(s.tables.is_empty());
    assert_eq!(s.kind, StatementKind::Select);
    let s = analyze("SELECT * FROM __EXPR__ X, CLAIM C WHERE C.A = __EXPR__ ORDER BY __EXPR__");
    assert_eq!(tabs(&s), vec![t("CLAIM", Read)]);
    let s = analyze(
        "SELECT * FROM __EXPR__.CLAIM JOIN SCHEMA1.__EXPR__ ON 1=1 JOIN CLAIM___EXPR__ ON 1=1",
    );
    assert_eq!(tabs(&s), vec![t("CLAIM", Read)]);
    let s = analyze("INSERT INTO __EXPR__ (A, B) VALUES (?, __EXPR__)");
    assert!(s.tables.is_empty());
    assert_eq!(s.columns, vec!["A", "B"]);
    let s = analyze("__EXPR__ FROM CLAIM C WHERE C.ID = ?");
    assert_eq!(s.kind, StatementKind::Other);
    assert_eq!(tabs(&s), vec![t("CLAIM", Read)]);
    let s = analyze("UPDATE CLAIM SET __EXPR__ WHERE ID = ?");
    assert_eq!(tabs(&s), vec![t("CLAIM", Update)]);
}

// ----- DDL through analyze ----------------------------------------------------

#[test]
fn ddl_statements_through_analyze() {
    let s = analyze(
        "CREATE TABLE PAYROLL.CLAIM (ID CHAR(9) NOT NULL, P CHAR(9) REFERENCES POLICY (ID))",
    );
    assert_eq!(s.kind, StatementKind::Create);
    assert_eq!(tabs(&s), vec![t("PAYROLL.CLAIM", Ddl), t("POLICY", Ddl)]);
    let s = analyze("CREATE VIEW V_OPEN AS SELECT * FROM CLAIM WHERE ST = 'O'");
    assert_eq!(tabs(&s), vec![t("V_OPEN", Ddl), t("CLAIM", Read)]);
    let s = analyze("CREATE UNIQUE INDEX IX1 ON CLAIM (ID ASC)");
    assert_eq!(tabs(&s), vec![t("CLAIM", Ddl)]);
    let s = analyze(
        "ALTER TABLE CLAIM ADD CONSTRAINT FK1 FOREIGN KEY (P) REFERENCES POLICY ON DELETE CASCADE",
    );
    assert_eq!(s.kind, StatementKind::Alter);
    assert_eq!(tabs(&s), vec![t("CLAIM", Ddl), t("POLICY", Ddl)]);
    let s = analyze("DROP TABLE IF EXISTS CLAIM");
    assert_eq!(
        (s.kind, tabs(&s)),
        (StatementKind::Drop, vec![t("CLAIM", Ddl)])
    );
    assert!(analyze("DROP INDEX IX1").tables.is_empty());
    let s = analyze("TRUNCATE TABLE CLAIM_WORK");
    assert_eq!(
        (s.kind, tabs(&s)),
        (StatementKind::Delete, vec![t("CLAIM_WORK", Delete)])
    );
    let s = analyze("CREATE TABLESPACE TS1 IN DB1 USING STOGROUP SG1");
    assert_eq!(s.kind, StatementKind::Create);
    assert!(s.tables.is_empty());
    let s = analyze(
        "CREATE TRIGGER TRG1 AFTER INSERT ON CLAIM REFERENCING NEW AS N FOR EACH ROW MODE DB2SQL \
         BEGIN ATOMIC INSERT INTO AUDIT_LOG VALUES (N.ID); END",
    );
    assert_eq!(tabs(&s), vec![t("CLAIM", Ddl), t("AUDIT_LOG", Insert)]);
}

// ----- split_statements -----------------------------------------------------------

#[test]
fn split_on_semicolons_outside_quotes_and_comments() {
    let script = "SELECT ';' FROM A; -- comment; here\nINSERT INTO B VALUES (1) /* ; */ ;\n\n  ;UPDATE C SET X = \"a;b\"";
    let parts = split_statements(script);
    let texts: Vec<&str> = parts.iter().map(|p| p.1).collect();
    assert_eq!(
        texts,
        vec![
            "SELECT ';' FROM A",
            "INSERT INTO B VALUES (1)",
            "UPDATE C SET X = \"a;b\""
        ]
    );
    for (off, text) in &parts {
        assert_eq!(&script[*off..off + text.len()], *text);
    }
    assert!(split_statements("").is_empty());
    assert!(split_statements(" ; ;; -- x\n").is_empty());
}

#[test]
fn split_honours_db2_set_terminator() {
    let script = "--#SET TERMINATOR @\nCREATE PROCEDURE P1 () BEGIN UPDATE T SET A = 1; DELETE FROM U; END@\n\
                  --#SET TERMINATOR ;\nSELECT 1 FROM V;";
    let parts = split_statements(script);
    assert_eq!(parts.len(), 2);
    assert!(parts[0].1.starts_with("CREATE PROCEDURE P1"));
    assert!(parts[0].1.ends_with("END"));
    assert_eq!(parts[1].1, "SELECT 1 FROM V");
    let s = analyze(parts[0].1);
    assert_eq!(tabs(&s), vec![t("T", Update), t("U", Delete)]);
}

#[test]
fn split_keeps_routine_bodies_whole() {
    let script = "CREATE PROCEDURE P2 (IN X INT)\nLANGUAGE SQL\nBEGIN\n  DECLARE V INT;\n  IF X > 0 THEN\n    UPDATE T SET A = CASE WHEN X = 1 THEN 2 ELSE 3 END;\n  END IF;\n  BEGIN\n    DELETE FROM U;\n  END;\nEND;\nSELECT * FROM W;";
    let parts = split_statements(script);
    assert_eq!(parts.len(), 2, "{parts:?}");
    assert!(parts[0].1.ends_with("END"));
    assert_eq!(parts[1].1, "SELECT * FROM W");
    let stmts = analyze_script(script);
    assert_eq!(tabs(&stmts[0]), vec![t("T", Update), t("U", Delete)]);
    let w = &stmts[1].tables[0];
    assert_eq!(&script[w.offset..w.offset + 1], "W");
}

// ----- parse_ddl -------------------------------------------------------------------

const DDL: &str = r#"
-- Claims schema
SET SCHEMA PAYROLL;
CREATE TABLESPACE CLMTS IN CLMDB USING STOGROUP SG1 PRIQTY 720;
CREATE TABLE PAYROLL.CLAIM (
    CLAIM_ID     CHAR(9)       NOT NULL,
    POLICY_NO    CHAR(10)      NOT NULL REFERENCES PAYROLL.POLICY (POLICY_NO),
    CLAIM_AMT    DECIMAL(9, 2) NOT NULL WITH DEFAULT,
    DESCR        VARCHAR(40),   /* free text */
    OPENED       DATE          NOT NULL WITH DEFAULT CURRENT DATE,
    UPD_TS       TIMESTAMP,
    RAW          CHAR(8) FOR BIT DATA,
    CONSTRAINT PK_CLAIM PRIMARY KEY (CLAIM_ID),
    CONSTRAINT FK_CLMT FOREIGN KEY (CLAIMANT_ID) REFERENCES PAYROLL.CLAIMANT (ID) ON DELETE RESTRICT,
    CHECK (CLAIM_AMT >= 0)
) IN CLMDB.CLMTS;
CREATE TABLE "Claimant" ("Id" INTEGER PRIMARY KEY, NAME VARCHAR(60) NOT NULL, TZ TIMESTAMP WITH TIME ZONE);
COMMENT ON TABLE PAYROLL.CLAIM IS 'Claims; one row per claim';
GRANT SELECT, UPDATE ON PAYROLL.CLAIM TO CLMUSER;
CREATE UNIQUE INDEX PAYROLL.XCLAIM1 ON PAYROLL.CLAIM (CLAIM_ID ASC, OPENED DESC) USING STOGROUP SG1;
CREATE VIEW PAYROLL.V_OPEN_CLAIM (ID, AMT) AS
  SELECT C.CLAIM_ID, C.CLAIM_AMT FROM PAYROLL.CLAIM C JOIN CLAIMANT P ON P.ID = C.CLAIMANT_ID WHERE C.STATUS = 'O'
  WITH CHECK OPTION;
CREATE VIEW V2 AS SELECT CLAIM_ID, DESCR AS D FROM PAYROLL.CLAIM;
ALTER TABLE PAYROLL.CLAIM ADD COLUMN CLOSED_DT DATE;
ALTER TABLE PAYROLL.CLAIM ADD CONSTRAINT FK_POL2 FOREIGN KEY (X) REFERENCES PAYROLL.AGENT;
"#;

#[test]
fn parse_ddl_tables() {
    let objs = parse_ddl(DDL);
    let names: Vec<(&str, DdlKind)> = objs.iter().map(|o| (o.name.as_str(), o.kind)).collect();
    assert_eq!(
        names,
        vec![
            ("CLMTS", DdlKind::Other),
            ("PAYROLL.CLAIM", DdlKind::Table),
            ("CLAIMANT", DdlKind::Table),
            ("PAYROLL.XCLAIM1", DdlKind::Index),
            ("PAYROLL.V_OPEN_CLAIM", DdlKind::View),
            ("V2", DdlKind::View),
        ]
    );
    let claim = &objs[1];
    assert_eq!(&DDL[claim.offset..claim.offset + 13], "PAYROLL.CLAIM");
    let cols: Vec<(&str, &str, bool, bool)> = claim
        .columns
        .iter()
        .map(|c| {
            (
                c.name.as_str(),
                c.data_type.as_str(),
                c.nullable,
                c.primary_key,
            )
        })
        .collect();
    assert_eq!(
        cols,
        vec![
            ("CLAIM_ID", "CHAR(9)", false, true),
            ("POLICY_NO", "CHAR(10)", false, false),
            ("CLAIM_AMT", "DECIMAL(9,2)", false, false),
            ("DESCR", "VARCHAR(40)", true, false),
            ("OPENED", "DATE", false, false),
            ("UPD_TS", "TIMESTAMP", true, false),
            ("RAW", "CHAR(8) FOR BIT DATA", true, false),
            ("CLOSED_DT", "DATE", true, false),
        ]
    );
    for c in &claim.columns {
        assert_eq!(&DDL[c.offset..c.offset + c.name.len()], c.name);
    }
    assert_eq!(
        claim.references,
        vec!["PAYROLL.POLICY", "PAYROLL.CLAIMANT", "PAYROLL.AGENT"]
    );
    let cl = &objs[2];
    assert_eq!(cl.columns[0].name, "ID");
    assert!(cl.columns[0].primary_key && !cl.columns[0].nullable);
    assert_eq!(cl.columns[2].data_type, "TIMESTAMP WITH TIME ZONE");
}

#[test]
fn parse_ddl_index_and_views() {
    let objs = parse_ddl(DDL);
    let ix = &objs[3];
    assert_eq!(ix.references, vec!["PAYROLL.CLAIM"]);
    let ixcols: Vec<&str> = ix.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(ixcols, vec!["CLAIM_ID", "OPENED"]);
    let v = &objs[4];
    assert_eq!(v.references, vec!["PAYROLL.CLAIM", "CLAIMANT"]);
    let vcols: Vec<&str> = v.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(vcols, vec!["ID", "AMT"]);
    let v2 = &objs[5];
    assert_eq!(v2.references, vec!["PAYROLL.CLAIM"]);
    let v2cols: Vec<&str> = v2.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(v2cols, vec!["CLAIM_ID", "DESCR"]);
    for c in &v2.columns {
        assert_eq!(&DDL[c.offset..c.offset + c.name.len()], c.name);
    }
}

#[test]
fn parse_ddl_dclgen_and_misc() {
    let src = "EXEC SQL DECLARE PAYROLL.CLAIM TABLE\n ( CLAIM_ID CHAR(9) NOT NULL,\n   AMT DECIMAL(9, 2) ) END-EXEC.";
    let objs = parse_ddl(src);
    assert_eq!(objs.len(), 1);
    assert_eq!(objs[0].kind, DdlKind::Table);
    assert_eq!(objs[0].name, "PAYROLL.CLAIM");
    assert_eq!(objs[0].columns.len(), 2);
    assert_eq!(objs[0].columns[1].data_type, "DECIMAL(9,2)");

    let objs = parse_ddl(
        "CREATE ALIAS CLM FOR PAYROLL.CLAIM; CREATE TABLE T2 (A INT, B INT, PRIMARY KEY (A, B)) ;\
         CREATE TABLE T3 AS (SELECT * FROM T2) WITH NO DATA; ALTER TABLE EXT ADD COLUMN Z INT",
    );
    assert_eq!(objs[0].kind, DdlKind::Other);
    assert_eq!(objs[0].references, vec!["PAYROLL.CLAIM"]);
    assert!(objs[1].columns.iter().all(|c| c.primary_key && !c.nullable));
    assert_eq!(objs[2].references, vec!["T2"]);
    assert_eq!(
        (objs[3].name.as_str(), objs[3].kind),
        ("EXT", DdlKind::Other)
    );
    assert!(
        parse_ddl("GRANT ALL ON T TO U; COMMENT ON COLUMN T.A IS 'x'; SET SCHEMA X").is_empty()
    );
    assert!(parse_ddl("CREATE TABLE (").is_empty() || parse_ddl("CREATE TABLE (").len() <= 1);
    let objs = parse_ddl(
        "CREATE TABLE K (KEY CHAR(10) NOT NULL, INDEX INTEGER, KEY IX1 (KEY), INDEX (X))",
    );
    let kcols: Vec<(&str, &str)> = objs[0]
        .columns
        .iter()
        .map(|c| (c.name.as_str(), c.data_type.as_str()))
        .collect();
    assert_eq!(kcols, vec![("KEY", "CHAR(10)"), ("INDEX", "INTEGER")]);
    let objs = parse_ddl("CREATE TABLE T4 (A CHAR(3");
    assert_eq!(objs[0].columns[0].data_type, "CHAR(3");
}

// ----- serde names ---------------------------------------------------------------

#[test]
fn serde_names_are_snake_case() {
    use serde::Deserialize;
    use serde::de::IntoDeserializer;
    use serde::de::value::{Error, StrDeserializer};
    let de: StrDeserializer<'_, Error> = "declare_cursor".into_deserializer();
    assert_eq!(
        StatementKind::deserialize(de).unwrap(),
        StatementKind::DeclareCursor
    );
    let de: StrDeserializer<'_, Error> = "whenever_or_other".into_deserializer();
    assert_eq!(
        StatementKind::deserialize(de).unwrap(),
        StatementKind::WheneverOrOther
    );
    let de: StrDeserializer<'_, Error> = "ddl".into_deserializer();
    assert_eq!(TableAccess::deserialize(de).unwrap(), TableAccess::Ddl);
    let de: StrDeserializer<'_, Error> = "output".into_deserializer();
    assert_eq!(
        HostVarDirection::deserialize(de).unwrap(),
        HostVarDirection::Output
    );
    let de: StrDeserializer<'_, Error> = "index".into_deserializer();
    assert_eq!(DdlKind::deserialize(de).unwrap(), DdlKind::Index);
}

// ----- robustness ------------------------------------------------------------------

use crate::test_rng::Rng as XorShift;

const PIECES: &[&str] = &[
    "SELECT",
    "FROM",
    "WHERE",
    "INTO",
    "INSERT",
    "UPDATE",
    "DELETE",
    "MERGE",
    "USING",
    "SET",
    "VALUES",
    "WITH",
    "AS",
    "JOIN",
    "LEFT",
    "ON",
    "UNION",
    "DECLARE",
    "CURSOR",
    "FOR",
    "OPEN",
    "FETCH",
    "NEXT",
    "CLOSE",
    "CALL",
    "LOCK",
    "TABLE",
    "IN",
    "EXCLUSIVE",
    "MODE",
    "INCLUDE",
    "WHENEVER",
    "CREATE",
    "VIEW",
    "INDEX",
    "UNIQUE",
    "ALTER",
    "ADD",
    "DROP",
    "PRIMARY",
    "KEY",
    "FOREIGN",
    "REFERENCES",
    "NOT",
    "NULL",
    "CONSTRAINT",
    "DEFAULT",
    "CURRENT",
    "OF",
    "BEGIN",
    "END",
    "CASE",
    "IF",
    "LATERAL",
    "FINAL",
    "EXISTS",
    "DISTINCT",
    "IS",
    "INDICATOR",
    "EXEC",
    "SQL",
    "END-EXEC",
    "__EXPR__",
    "CLAIM",
    "PAYROLL.CLAIM",
    "T1",
    "C1",
    ":HV",
    ":HV:IND",
    ":WS-A-B",
    ":A.B",
    "::",
    ":",
    "?",
    "(",
    ")",
    "((",
    "))",
    ",",
    ".",
    ";",
    "'",
    "''",
    "\"",
    "`",
    "--",
    "/*",
    "*/",
    "\n",
    " ",
    "  ",
    "=",
    "*",
    "-",
    "X'",
    "10:30",
    "DECIMAL(9,2)",
    "é",
    "日本",
    "\u{0}",
    "\t",
    "--#SET TERMINATOR @\n",
    "@",
    "#",
    "$",
    "{",
    "}",
    "TRUNCATE",
    "RENAME",
    "TO",
    "GLOBAL",
    "TEMPORARY",
    "TRIGGER",
    "PROCEDURE",
    "ALIAS",
    "LIKE",
    "\r\n",
];

fn check_all(src: &str) {
    let s = analyze(src);
    for tu in &s.tables {
        assert!(!tu.name.is_empty());
        assert!(tu.offset < src.len().max(1));
        assert!(src.is_char_boundary(tu.offset));
    }
    for hv in &s.host_variables {
        assert!(src.is_char_boundary(hv.offset) && src[hv.offset..].starts_with(':'));
    }
    let _ = called_routine(src);
    for (off, text) in split_statements(src) {
        assert_eq!(src.get(off..off + text.len()), Some(text));
        assert!(!text.trim().is_empty());
    }
    for obj in parse_ddl(src) {
        assert!(src.is_char_boundary(obj.offset));
        for c in &obj.columns {
            assert!(src.is_char_boundary(c.offset));
        }
    }
    for st in analyze_script(src) {
        for tu in &st.tables {
            assert!(src.is_char_boundary(tu.offset));
        }
    }
}

#[test]
fn random_token_soup_never_panics() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for _ in 0..4000 {
        let len = rng.below(40);
        let mut s = String::new();
        for _ in 0..len {
            if rng.below(6) == 0 {
                // a random character, sometimes outside ASCII
                let c = char::from_u32((rng.next() % 0x3000) as u32).unwrap_or('?');
                s.push(c);
            } else {
                s.push_str(PIECES[rng.below(PIECES.len())]);
                if rng.below(3) > 0 {
                    s.push(' ');
                }
            }
        }
        check_all(&s);
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = XorShift(12345);
    for _ in 0..3000 {
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len).map(|_| (rng.next() & 0xFF) as u8).collect();
        let s = String::from_utf8_lossy(&bytes);
        check_all(&s);
    }
}

#[test]
fn garbage_and_edge_inputs() {
    for s in [
        "",
        " ",
        "(",
        ")",
        "((((",
        "))))",
        "'",
        "\"",
        "/*",
        "--",
        ":",
        "::",
        "SELECT",
        "SELECT * FROM",
        "SELECT * FROM (",
        "SELECT * FROM T WHERE X = 'unterminated",
        "INSERT INTO",
        "INSERT INTO T (",
        "UPDATE",
        "DELETE FROM",
        "MERGE INTO",
        "DECLARE",
        "DECLARE C CURSOR",
        "FETCH",
        "FETCH FROM",
        "CALL",
        "LOCK TABLE",
        "INCLUDE",
        "CREATE",
        "CREATE TABLE",
        "CREATE INDEX I ON",
        "CREATE VIEW V AS",
        "ALTER TABLE T ADD",
        "WITH X AS (",
        "END-EXEC",
        "EXEC SQL",
        "X'",
        "--#SET TERMINATOR",
        "--#SET TERMINATOR @@@\nA@@@B",
        "CREATE PROCEDURE P BEGIN BEGIN BEGIN ;",
    ] {
        check_all(s);
    }
    let s = analyze("SELECT * FROM T1 WHERE (((A = 1)");
    assert_eq!(tabs(&s), vec![t("T1", Read)]);
    let s = analyze("SELECT * FROM T1 WHERE A = 1))) , T2");
    assert_eq!(s.tables[0].name, "T1");
}

#[test]
fn deep_nesting_and_large_input_are_fast() {
    let mut s = String::from("SELECT * FROM T0 WHERE A IN ");
    for _ in 0..50_000 {
        s.push_str("(SELECT A FROM T1 WHERE B IN ");
    }
    s.push_str("(1)");
    for _ in 0..50_000 {
        s.push(')');
    }
    let start = std::time::Instant::now();
    let st = analyze(&s);
    assert_eq!(st.tables.len(), 50_001);
    let mut script = String::new();
    for i in 0..20_000 {
        script.push_str(&format!(
            "INSERT INTO T{i} (A, B) VALUES (:A{i}, 'x;y'); -- c\nCREATE TABLE U{i} (A CHAR(1) NOT NULL);\n"
        ));
    }
    assert_eq!(split_statements(&script).len(), 40_000);
    assert_eq!(parse_ddl(&script).len(), 20_000);
    assert!(
        start.elapsed().as_secs() < 20,
        "too slow: {:?}",
        start.elapsed()
    );
}
