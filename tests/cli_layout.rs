//! `legacylens layout` end to end on the bundled sample: the TSV columns and header, one record
//! with `--record`, CSV through the formula-neutralising cells, JSON, Markdown and JSON Schema,
//! and a clear error for an unknown record.

use std::process::{Command, Output, Stdio};

use serde_json::Value;

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

fn legacylens(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(args)
        .current_dir(MANIFEST_DIR)
        .stdin(Stdio::null())
        .output()
        .expect("run legacylens")
}

fn stdout_of(args: &[&str]) -> String {
    let out = legacylens(args);
    assert!(
        out.status.success(),
        "legacylens {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

const RECORD: &str = "PAYCALC.RP-ROUNDING-AREA";

#[test]
fn tsv_has_the_columns_in_order_and_every_item() {
    let tsv = stdout_of(&["layout", "sample_repos", "--record", RECORD]);
    let lines: Vec<&str> = tsv.lines().collect();
    assert_eq!(
        lines[0],
        "owner\tname\tlevel\toffset\tsize\tusage\tpicture\toccurs\tredefines"
    );
    assert_eq!(
        &lines[1..],
        [
            "PAYCALC\tPAYCALC.RP-ROUNDING-AREA\t01\t0\t20\t\t\t\t",
            "PAYCALC\tPAYCALC.RP-ROUNDING-AREA.RP-FUNCTION\t05\t0\t1\tDISPLAY\tX\t\t",
            "PAYCALC\tPAYCALC.RP-ROUNDING-AREA.RP-APPLY-MINIMUM\t05\t1\t1\tDISPLAY\tX\t\t",
            "PAYCALC\tPAYCALC.RP-ROUNDING-AREA.RP-AMOUNT-IN\t05\t2\t7\tCOMP-3\tS9(9)V9(4)\t\t",
            "PAYCALC\tPAYCALC.RP-ROUNDING-AREA.RP-MINIMUM\t05\t9\t3\tCOMP-3\tS9(3)V99\t\t",
            "PAYCALC\tPAYCALC.RP-ROUNDING-AREA.RP-AMOUNT-OUT\t05\t12\t6\tCOMP-3\tS9(9)V99\t\t",
            "PAYCALC\tPAYCALC.RP-ROUNDING-AREA.RP-RETURN-CODE\t05\t18\t2\tBINARY\tS9(4)\t\t",
        ]
    );
    // The whole estate: every name is a symbol `legacylens symbols` prints.
    let all = stdout_of(&["layout", "sample_repos"]);
    let symbols = stdout_of(&["symbols", "sample_repos"]);
    let names: std::collections::HashSet<&str> = symbols
        .lines()
        .filter_map(|l| l.split('\t').nth(1))
        .collect();
    let rows: Vec<&str> = all.lines().skip(1).collect();
    assert!(rows.len() > 3000, "{}", rows.len());
    for row in rows {
        let name = row.split('\t').nth(1).unwrap();
        assert!(names.contains(name), "{name} is not a symbol");
    }
}

#[test]
fn csv_json_markdown_and_json_schema() {
    let csv = stdout_of(&[
        "layout",
        "sample_repos",
        "--record",
        RECORD,
        "--format",
        "csv",
    ]);
    assert!(csv.starts_with("owner,name,level,offset,size,usage,picture,occurs,redefines\n"));
    assert!(csv.contains("PAYCALC,PAYCALC.RP-ROUNDING-AREA.RP-MINIMUM,05,9,3,COMP-3,S9(3)V99,,\n"));

    let json: Value = serde_json::from_str(&stdout_of(&[
        "layout",
        "sample_repos",
        "--record",
        RECORD,
        "--format",
        "json",
    ]))
    .unwrap();
    let fields = json["records"][0]["fields"].as_array().unwrap();
    let code = fields
        .iter()
        .find(|f| f["simple_name"] == "RP-RETURN-CODE")
        .unwrap();
    assert_eq!(code["kind"], "binary");
    assert_eq!(code["conditions"][0]["name"], "RP-OK");

    let md = stdout_of(&[
        "layout",
        "sample_repos",
        "--record",
        RECORD,
        "--format",
        "md",
    ]);
    assert!(
        md.starts_with("## PAYCALC.RP-ROUNDING-AREA (PAYCALC, 20 bytes)"),
        "{md}"
    );

    let schema: Value = serde_json::from_str(&stdout_of(&[
        "layout",
        "sample_repos",
        "--record",
        RECORD,
        "--format",
        "json-schema",
    ]))
    .unwrap();
    let props = &schema[0]["properties"];
    assert_eq!(props["RP-MINIMUM"]["type"], "number");
    assert_eq!(props["RP-MINIMUM"]["multipleOf"], 0.01);
    assert_eq!(props["RP-MINIMUM"]["maximum"], 999.99);
    assert_eq!(props["RP-MINIMUM"]["minimum"], -999.99);
    assert_eq!(props["RP-FUNCTION"]["maxLength"], 1);
    assert_eq!(props["RP-RETURN-CODE"]["type"], "integer");
}

#[test]
fn tables_and_redefines_in_the_schema() {
    // A record with an OCCURS table and a REDEFINES somewhere in the estate.
    let schema: Value = serde_json::from_str(&stdout_of(&[
        "layout",
        "sample_repos",
        "--format",
        "json-schema",
    ]))
    .unwrap();
    let text = schema.to_string();
    assert!(text.contains("\"maxItems\""), "arrays for OCCURS");
    assert!(text.contains("\"oneOf\""), "oneOf for REDEFINES");
}

#[test]
fn an_unknown_record_is_an_error() {
    let out = legacylens(&["layout", "sample_repos", "--record", "NO-SUCH-RECORD"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no record named NO-SUCH-RECORD"));
}
