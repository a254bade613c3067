use super::*;

fn index(source: &str) -> Model {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("T.cbl"), source).unwrap();
    crate::index::index_path(dir.path()).unwrap()
}

fn program(data: &str) -> String {
    let mut s = String::from(
        "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. T.\n       DATA DIVISION.\n       WORKING-STORAGE SECTION.\n",
    );
    for line in data.lines() {
        s.push_str("       ");
        s.push_str(line.trim_start());
        s.push('\n');
    }
    s.push_str("       PROCEDURE DIVISION.\n           GOBACK.\n");
    s
}

/// (simple name, offset, size) of every field of every record.
fn placed(model: &Model, options: &LayoutOptions) -> Vec<(String, Option<u32>, Option<u32>)> {
    all_records(model, options)
        .iter()
        .flat_map(|r| r.fields.iter())
        .map(|f| (f.simple_name.clone(), f.offset, f.size))
        .collect()
}

fn row(name: &str, offset: u32, size: u32) -> (String, Option<u32>, Option<u32>) {
    (name.to_string(), Some(offset), Some(size))
}

#[test]
fn usages_sizes_and_offsets_follow_ibm() {
    let model = index(&program(
        "01 A.
           05 B PIC X(3).
           05 C PIC S9(4) COMP SYNC.
           05 D PIC S9(5)V99 COMP-3 OCCURS 3.
           05 E REDEFINES D PIC X(12).
           05 F PIC S9(3) SIGN LEADING SEPARATE.
           05 G PIC N(4).
           05 H USAGE POINTER.
           05 I COMP-2.
           05 J PIC ZZ,ZZ9.99CR.
        66 K RENAMES B THRU C.
        77 L PIC 9(18) BINARY.",
    ));
    let ibm = placed(&model, &LayoutOptions::ibm());
    assert_eq!(
        ibm,
        vec![
            row("A", 0, 53),
            row("B", 0, 3),
            row("C", 4, 2),
            row("D", 6, 4),
            row("E", 6, 12),
            row("F", 18, 4),
            row("G", 22, 8),
            row("H", 30, 4),
            row("I", 34, 8),
            row("J", 42, 11),
            row("K", 0, 6),
            row("L", 0, 8),
        ]
    );
    let gnu = placed(&model, &LayoutOptions::gnucobol());
    assert_eq!(gnu[0], row("A", 0, 57));
}

#[test]
fn group_usage_sync_and_depending_on() {
    let model = index(&program(
        "01 R SYNC.
           05 X PIC X.
           05 G COMP-3.
              10 P1 PIC S9(5).
              10 P2 PIC 9(4)V9.
           05 N PIC S9(9) COMP.
           05 T OCCURS 1 TO 5 DEPENDING ON N.
              10 T1 PIC X(2).
              10 T2 PIC S9(4) BINARY.
              88 T2-ZERO VALUE 0.",
    ));
    let records = all_records(&model, &LayoutOptions::ibm());
    let fields = &records[0].fields;
    let get = |n: &str| fields.iter().find(|f| f.simple_name == n).unwrap();
    assert_eq!((get("P1").offset, get("P1").size), (Some(1), Some(3)));
    assert_eq!(get("P1").usage, "COMP-3");
    assert_eq!((get("N").offset, get("N").slack_before), (Some(8), 1));
    // Each entry of T keeps T2 on a halfword: 2 + 2 bytes.
    assert_eq!((get("T").offset, get("T").size), (Some(12), Some(4)));
    assert_eq!(get("T").total_size, Some(20));
    assert_eq!(get("T2").conditions[0].name, "T2-ZERO");
    assert_eq!(records[0].size, Some(32));
}

#[test]
fn bad_pictures_give_unknown_sizes_not_panics() {
    let model = index(&program(
        "01 R.
           05 A PIC 9(ABC).
           05 B PIC X(2).
           05 C PIC X COMP-3.",
    ));
    let records = all_records(&model, &LayoutOptions::ibm());
    let f = &records[0].fields;
    assert_eq!(f[1].size, None);
    assert!(f[1].problem.is_some());
    assert_eq!(f[2].offset, None);
    assert_eq!(f[2].size, Some(2));
    assert_eq!(f[0].size, None);
    let tsv = export::to_tsv(&records);
    assert!(
        tsv.starts_with("owner\tname\tlevel\toffset\tsize\tusage\tpicture\toccurs\tredefines\n")
    );
    assert!(tsv.contains("T\tT.R.A\t05\t0\t?\t"), "{tsv}");
}

#[test]
fn one_record_is_laid_out_as_in_the_whole_program() {
    let model = index(&program(
        "01 A.
           05 B PIC X(3).
           05 C OCCURS 2 INDEXED BY IX.
              10 D PIC S9(4) COMP.
              88 D-ZERO VALUE 0.
           05 E PIC X.
        01 F PIC X(4).",
    ));
    let options = LayoutOptions::ibm();
    let all = all_records(&model, &options);
    let e = model.symbol_named("T.A.E").unwrap();
    let one = record_of(&model, e, &options).unwrap();
    assert_eq!(one.name, all[0].name);
    let fields = |r: &RecordLayout| -> Vec<(String, Option<u32>, Option<u32>)> {
        r.fields
            .iter()
            .map(|f| (f.name.clone(), f.offset, f.size))
            .collect()
    };
    assert_eq!(fields(&one), fields(&all[0]));
    assert_eq!(one.size, Some(8));
}

#[test]
fn a_copybook_nobody_includes_owns_its_records() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("CUSTREC.cpy"),
        "       01 CUST-REC.\n           05 CUST-ID PIC 9(8) COMP.\n           05 CUST-NAME PIC X(30).\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("T.cbl"), program("01 W PIC X.")).unwrap();
    let model = crate::index::index_path(dir.path()).unwrap();
    let records = all_records(&model, &LayoutOptions::ibm());
    let cust = records
        .iter()
        .find(|r| r.owner == "CUSTREC")
        .expect("the copybook's record");
    assert_eq!(cust.name, "CUSTREC.CUST-REC");
    assert_eq!(cust.size, Some(34));
    assert_eq!(cust.fields[2].name, "CUSTREC.CUST-REC.CUST-NAME");
    assert_eq!(cust.fields[2].offset, Some(4));
}

#[test]
fn random_data_divisions_never_panic() {
    let mut rng = crate::test_rng::Rng(0x001A_4007);
    let levels = ["01", "05", "10", "15", "66", "77", "88", "03", "49"];
    let clauses = [
        "PIC X(5)",
        "PIC S9(4) COMP",
        "PIC 9(999999999) COMP-3",
        "PIC X(999999999)",
        "PIC ZZ9.99-",
        "PIC 9(",
        "PIC N(3)",
        "COMP-1",
        "COMP-2",
        "USAGE POINTER",
        "USAGE INDEX",
        "PROCEDURE-POINTER",
        "OCCURS 4000000000",
        "OCCURS 3",
        "OCCURS 1 TO 9 DEPENDING ON A1",
        "REDEFINES A1",
        "REDEFINES NOWHERE",
        "RENAMES A1 THRU A3",
        "RENAMES A3",
        "SIGN LEADING SEPARATE",
        "SYNC",
        "VALUE 'Y'",
        "USAGE COMP-3",
        "BLANK WHEN ZERO",
        "PIC S9(30) BINARY",
        "PIC X COMP",
    ];
    for _ in 0..12 {
        let mut data = String::new();
        for i in 0..25 {
            let level = rng.pick(&levels);
            let mut line = format!("{level} A{i}");
            for _ in 0..rng.below(3) {
                line.push(' ');
                let clause = clauses[rng.below(clauses.len())];
                line.push_str(clause);
            }
            line.push_str(".\n");
            data.push_str(&line);
        }
        let model = index(&program(&data));
        for options in [LayoutOptions::ibm(), LayoutOptions::gnucobol()] {
            let records = all_records(&model, &options);
            let _ = export::to_tsv(&records);
            let _ = export::to_csv(&records);
            let _ = export::to_markdown(&records);
            let _ = export::to_json_schema(&records);
            for r in &records {
                for f in &r.fields {
                    let _ = record_of(&model, f.symbol, &options);
                }
            }
        }
    }
}
