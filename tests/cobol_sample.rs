//! The COBOL side of the sample estate, checked against `sample_repos/benefits/cobol/EXPECTED.md`
//! (facts written down by hand before the code was run): every file parses cleanly, the
//! program-level call graph, JCL steps → programs, paragraph order with lines, copybook
//! inclusion and the copybooks that are missing on purpose, condition-names, SQL tables.

use std::collections::BTreeSet;
use std::process::Command;

use serde_json::Value;

const COBOL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/sample_repos/benefits/cobol");

fn run(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn tsv(args: &[&str]) -> Vec<Vec<String>> {
    run(args)
        .lines()
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

#[test]
fn every_cobol_file_parses_without_errors_and_reports_its_copybooks() {
    let index: Value = serde_json::from_str(&run(&["index", COBOL, "--format", "json"])).unwrap();
    let files = index["files"].as_array().unwrap();
    let cobol: Vec<&Value> = files
        .iter()
        .filter(|f| f["kind"].as_str().unwrap().starts_with("cobol"))
        .collect();
    assert!(cobol.len() >= 50, "{}", cobol.len());
    for f in &cobol {
        assert_eq!(f["error_nodes"], 0, "{}", f["path"]);
        assert_eq!(f["missing_nodes"], 0, "{}", f["path"]);
        assert_eq!(f["error_bytes"], 0, "{}", f["path"]);
    }
    // Missing on purpose: IBM-supplied SQLCA, DFHAID, DFHBMSCA, and the lost OLDRATES.
    let missing: BTreeSet<String> = cobol
        .iter()
        .flat_map(|f| f["missing_copybooks"].as_array().unwrap())
        .map(|m| m.as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        missing,
        ["DFHAID", "DFHBMSCA", "OLDRATES", "SQLCA"]
            .map(String::from)
            .into(),
    );
    let paycalc = cobol
        .iter()
        .find(|f| f["path"] == "cbl/PAYCALC.cbl")
        .unwrap();
    let copybooks: Vec<&str> = paycalc["copybooks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert!(
        copybooks.contains(&"CLAIMREC") && copybooks.contains(&"RATETAB"),
        "{copybooks:?}"
    );
    // CLMMAST contains COPY ADDRREC: nested copybooks are listed for the program.
    let vsup = cobol
        .iter()
        .find(|f| f["path"] == "cbl/BENVSUP1.cbl")
        .unwrap();
    let vsup_copybooks = vsup["copybooks"].to_string();
    assert!(
        vsup_copybooks.contains("CLMMAST") && vsup_copybooks.contains("ADDRREC"),
        "{vsup_copybooks}"
    );
}

#[test]
fn program_call_graph_matches_expected() {
    let edges: BTreeSet<(String, String, String)> = tsv(&["graph", "calls", COBOL])
        .into_iter()
        .map(|c| (c[0].clone(), c[1].clone(), c[2].clone()))
        .collect();
    let expected: BTreeSet<(String, String, String)> = [
        ("BENEXT01", "DATEUTL", "call"),
        ("BENPAY01", "DATEUTL", "call"),
        ("BENPAY01", "ELIGCHK", "call"),
        ("BENPAY01", "PAYCALC", "call"),
        // Dynamic CALLs: the data item's VALUE (PAYCALC), a MOVE of a literal (BENBACS1), a
        // VALUE in an online program (BENSGN1).
        ("PAYCALC", "PAYRND", "call-dynamic"),
        ("BENSGN1", "DATEUTL", "call-dynamic"),
        ("ELIGCHK", "DATEUTL", "call"),
        ("BENBACS1", "MODCHK", "call"),
        ("BENBACS1", "ADDRFMT", "call-dynamic"),
        ("BENOVP01", "DATEUTL", "call"),
        ("BENMI01", "DATEUTL", "call"),
        ("BENVSUP1", "NINOCHK", "call"),
        ("BENVAL1", "NINOCHK", "call"),
        ("BENONL1", "BENVAL1", "cics-link"),
        ("BENONL1", "BENUPD1", "cics-xctl"),
        ("BENUPD1", "BENVAL1", "cics-link"),
        ("BENUPD1", "BENONL1", "cics-xctl"),
        // BENLST1 (transaction BL01) goes back to the officers' enquiry or, for supervisors, to
        // the supervisor menu BENSUPM, which belongs to another suite (unresolved).
        ("BENLST1", "BENONL1", "cics-xctl"),
        ("BENLST1", "BENSUPM", "cics-xctl"),
        // Kept as nodes outside the project: DSNTIAR (IBM system service, external, through
        // copybook SQLERRP) and transaction PAYL of another system (unresolved).
        ("BENEXT01", "DSNTIAR", "call"),
        ("BENPAY01", "DSNTIAR", "call"),
        ("BENOVP01", "DSNTIAR", "call"),
        ("BENMI01", "DSNTIAR", "call"),
        ("BENRTN01", "DSNTIAR", "call"),
        // BENADJ01 abends through the IBM Language Environment service CEE3ABD.
        ("BENADJ01", "CEE3ABD", "call"),
        ("BENUPD1", "PAYL", "cics-start"),
        // RETURN TRANSID('PAY1') in BENONL1: transaction PAY1 runs BENONL1.
        ("PAY1", "BENONL1", "transid"),
        ("PAY2", "BENUPD1", "transid"),
        ("BL01", "BENLST1", "transid"),
        ("BMNU", "BENMNU1", "transid"),
        ("BHLP", "BENHLP1", "transid"),
        ("BADR", "BENADR1", "transid"),
        // The region's CSD (csd/BENCSD.csd): DEFINE TRANSACTION(t) PROGRAM(p).
        ("PAY1", "BENONL1", "csd-transaction"),
        ("PAY2", "BENUPD1", "csd-transaction"),
        ("BL01", "BENLST1", "csd-transaction"),
        ("BMNU", "BENMNU1", "csd-transaction"),
        ("BHLP", "BENHLP1", "csd-transaction"),
        ("BADR", "BENADR1", "csd-transaction"),
        ("BRTE", "BENRTE1", "csd-transaction"),
        // The main menu: a table REDEFINing FILLERs with VALUE program names, indexed by the
        // option keyed; PF3 sets an 88-level whose VALUE names the sign-off program.
        ("BENMNU1", "BENONL1", "cics-xctl-dynamic"),
        ("BENMNU1", "BENLST1", "cics-xctl-dynamic"),
        ("BENMNU1", "BENADR1", "cics-xctl-dynamic"),
        ("BENMNU1", "BENHLP1", "cics-xctl-dynamic"),
        ("BENMNU1", "BENSGN1", "cics-xctl-dynamic"),
        // Help: EVALUATE branches MOVE one program name each.
        ("BENHLP1", "BENMNU1", "cics-xctl-dynamic"),
        ("BENHLP1", "BENADR1", "cics-xctl-dynamic"),
        ("BENHLP1", "BENONL1", "cics-xctl-dynamic"),
        // Address change: back to whoever put its name in the COMMAREA (BENMNU1, BENHLP1),
        // and a LINK through a VALUE constant.
        ("BENADR1", "BENMNU1", "cics-xctl-dynamic"),
        ("BENADR1", "BENHLP1", "cics-xctl-dynamic"),
        ("BENADR1", "BENVAL1", "cics-link-dynamic"),
        // The router reads the program from its control file: open, with the fallback literal.
        ("BENRTE1", "BENMNU1", "cics-xctl-dynamic"),
        ("BENRTE1", "(RT-TARGET-PROGRAM)", "cics-xctl-dynamic"),
    ]
    .into_iter()
    .map(|(a, b, k)| (a.to_string(), b.to_string(), k.to_string()))
    .collect();
    let program_edges: BTreeSet<_> = edges
        .iter()
        .filter(|e| e.2 != "executes")
        .cloned()
        .collect();
    assert_eq!(program_edges, expected);
    // JCL steps run programs, also DB2 programs run under IKJEFT01 through SYSTSIN.
    let runs: BTreeSet<(String, String)> = edges
        .iter()
        .filter(|e| e.2 == "executes")
        .map(|e| (e.0.clone(), e.1.clone()))
        .collect();
    for (step, program) in [
        ("BENPAYJ.STEP010.PAYCALC", "BENPAY01"),
        ("BENEXTJ.STEP010.DB2RUN", "BENEXT01"),
        ("BENBACSJ.STEP020", "BENBACS1"),
        ("BENRPTJ.STEP010.RPT010", "BENRPT01"),
        ("BENMSTJ.STEP030", "BENVSUP1"),
        ("BENADJJ.STEP030", "BENADJ01"),
    ] {
        assert!(
            runs.contains(&(step.to_string(), program.to_string())),
            "{step} -> {program}: {runs:?}"
        );
    }
}

#[test]
fn paragraphs_are_listed_in_source_order_with_their_lines() {
    let symbols = tsv(&["symbols", COBOL]);
    let paragraphs = |program: &str| -> Vec<(String, String)> {
        symbols
            .iter()
            .filter(|c| {
                c[0] == "paragraph"
                    && c[1].starts_with(&format!("{program}."))
                    && c[2].starts_with("cbl/")
            })
            .map(|c| (c[3].clone(), c[1].rsplit('.').next().unwrap().to_string()))
            .collect()
    };
    let benpay: Vec<String> = paragraphs("BENPAY01")
        .iter()
        .map(|(l, p)| format!("{l} {p}"))
        .collect();
    let expected = "200 0000-MAINLINE, 210 1000-INITIALISE, 223 1010-READ-CONTROL-CARD, 256 1020-LOAD-RATES, \
        292 1030-READ-HEADER, 309 1099-EXIT, 315 2000-PROCESS-CLAIM, 350 2090-NEXT, 353 2099-EXIT, \
        356 2050-SEQUENCE-CHECK, 368 2100-CHECK-PAYDAY, 387 2200-CHECK-ELIGIBILITY, 409 2300-REJECT-CLAIM, \
        426 2310-SUSPEND-CLAIM, 447 2400-CALCULATE-PAYMENT, 475 2500-ISSUE-PAYMENT, 490 2510-NEXT-PAYMENT-ID, \
        499 2520-BUILD-REFERENCE, 519 2530-WRITE-PAYMENT-RECORD, 571 2540-INSERT-PAYMENT, 609 2550-UPDATE-CLAIM, \
        626 2560-INSERT-AUDIT, 653 2570-COMMIT-CHECK, 663 2900-CHECK-TRAILER, 675 7000-READ-CLAIM, \
        686 7500-ISO-DATE, 693 9000-TERMINATE, 725 9990-ABEND, 738 8500-ORDER-BOOK-ROUTE";
    let expected: Vec<String> = expected.split(", ").map(str::to_string).collect();
    assert_eq!(benpay, expected);
    // BENADJ01 (EXPECTED.md §4): PERFORM-only, no THRU, no GO TO.
    let benadj: Vec<String> = paragraphs("BENADJ01")
        .iter()
        .map(|(l, p)| format!("{l} {p}"))
        .collect();
    let expected = "176 0000-MAINLINE, 183 1000-INITIALISE, 213 2000-PROCESS-ADJUSTMENT, \
        229 3000-VALIDATE-ADJUSTMENT, 276 3100-EDIT-TRANSACTION, 301 3200-READ-AWARD-MASTER, \
        325 3300-ARREARS-INTEREST, 344 4000-POST-ADJUSTMENT, 389 5000-WRITE-REJECT, \
        409 6000-WRITE-AUDIT, 426 7000-READ-ADJUSTMENT, 439 8000-PRINT-DETAIL, \
        455 8100-PRINT-HEADINGS, 467 9000-TERMINATE, 491 9990-ABEND";
    let expected: Vec<String> = expected.split(", ").map(str::to_string).collect();
    assert_eq!(benadj, expected);
    // The paragraph that comes from COPY SQLERRP is in the copybook, at its own line.
    assert!(symbols.iter().any(|c| c[0] == "paragraph"
        && c[1] == "BENPAY01.9800-DB2-ERROR"
        && c[2] == "cpy/SQLERRP.cpy"
        && c[3] == "12"));
}

#[test]
fn condition_names_and_sql_tables() {
    let symbols = tsv(&["symbols", COBOL]);
    // 269 condition-names are written in the estate (copybook ones counted once).
    let written: BTreeSet<(String, String)> = symbols
        .iter()
        .filter(|c| c[0] == "condition-name")
        .map(|c| (c[2].clone(), c[3].clone()))
        .collect();
    assert_eq!(written.len(), 269);
    let refs = tsv(&["refs", COBOL]);
    let has = |from: &str, to: &str, kind: &str| {
        refs.iter()
            .any(|r| r[0].starts_with(from) && r[1] == to && r[2] == kind)
    };
    assert!(has("BENPAY01.2540-INSERT-PAYMENT", "PAYMENT", "sql-insert"));
    assert!(has("BENPAY01", "CLAIM", "sql-update"));
    // The payment amount written to the PAYMENT table comes from a host variable.
    assert!(
        refs.iter()
            .any(|r| r[0] == "BENPAY01.2540-INSERT-PAYMENT" && r[2] == "read" && r[3] == "project")
    );
    // IF / EVALUATE / WHEN conditions are listed for the rule miner.
    let conditions = tsv(&["conditions", COBOL]);
    assert!(
        conditions
            .iter()
            .any(|c| c[0].starts_with("ELIGCHK.") && c[1] == "when")
    );
    assert!(
        conditions
            .iter()
            .any(|c| c[0].starts_with("ELIGCHK.") && c[1] == "evaluate")
    );
}

#[test]
fn jcl_steps_read_and_write_the_datasets_that_chain_the_nightly_jobs() {
    let refs = tsv(&["refs", COBOL]);
    let access = |step: &str, dataset: &str, kind: &str| {
        refs.iter()
            .any(|r| r[0] == step && r[1] == dataset && r[2] == kind)
    };
    // BENEXTJ writes the daily claims GDG that BENPAYJ reads; BENPAYJ writes the daily payments
    // that BENOVPJ reads (EXPECTED.md, "Which job feeds which").
    assert!(access(
        "BENEXTJ.STEP010.DB2RUN",
        "BEN.PROD.CLAIMS.DAILY",
        "write"
    ));
    assert!(access(
        "BENPAYJ.STEP010.PAYCALC",
        "BEN.PROD.CLAIMS.DAILY",
        "read"
    ));
    assert!(access(
        "BENPAYJ.STEP010.PAYCALC",
        "BEN.PROD.PAYMENTS.DAILY",
        "write"
    ));
    assert!(access(
        "BENOVPJ.STEP010.DB2RUN",
        "BEN.PROD.PAYMENTS.DAILY",
        "read"
    ));
    // Step → DD name → dataset with its disposition (the DD comes from the PROC, with the
    // job's symbolic parameters substituted).
    let symbols = tsv(&["symbols", COBOL]);
    let payout = symbols
        .iter()
        .find(|c| c[0] == "jcl-dd" && c[1] == "BENPAYJ.STEP010.PAYCALC.PAYOUT")
        .expect("the PAYOUT DD of BENPAYJ");
    assert_eq!(
        payout[4],
        "DSN=BEN.PROD.PAYMENTS.DAILY(+1) DISP=(NEW,CATLG,DELETE)"
    );
    // A temporary dataset belongs to its job.
    assert!(access("BENBACSJ.STEP010", "BENBACSJ.&&PAYSRT", "write"));
    assert!(access("BENBACSJ.STEP020", "BENBACSJ.&&PAYSRT", "read"));
}
