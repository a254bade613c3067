//! `legacylens screens` end to end on the bundled sample: one picture per map written to
//! `--out` and compared with the golden pictures in `tests/golden/screens` (read by eye before
//! they were checked in; `LEGACYLENS_UPDATE_GOLDEN=1 cargo test --test cli_screens` rewrites
//! them), one map to standard output with `--map`, and a clear error for an unknown map.

use std::path::Path;
use std::process::{Command, Output, Stdio};

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

/// Every map of the sample, as `MAPSET.MAP`.
const MAPS: [&str; 6] = [
    "BENMS01.PAY1MAP",
    "BENMS02.PAY2MAP",
    "BENMS03.PAY3MAP",
    "BENMS04.AUTHMAP",
    "BENMS05.EARNMAP",
    "BENMS05.EARNHLP",
];

fn legacylens(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(args)
        .current_dir(MANIFEST_DIR)
        .stdin(Stdio::null())
        .output()
        .expect("run legacylens")
}

fn check_golden(name: &str, actual: &str) {
    let path = Path::new(MANIFEST_DIR)
        .join("tests/golden/screens")
        .join(name);
    if std::env::var_os("LEGACYLENS_UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} missing: run with LEGACYLENS_UPDATE_GOLDEN=1",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "{name} differs from the golden picture; review the change and rerun with \
         LEGACYLENS_UPDATE_GOLDEN=1"
    );
}

#[test]
fn every_map_of_the_sample_is_written_as_txt_and_svg_and_matches_its_golden_picture() {
    let out = tempfile::tempdir().unwrap();
    for format in ["txt", "svg"] {
        let dir = out.path().join(format);
        let run = legacylens(&[
            "screens",
            "sample_repos",
            "--format",
            format,
            "--out",
            dir.to_str().unwrap(),
        ]);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let listed = String::from_utf8(run.stdout).unwrap();
        let mut written: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        written.sort();
        let mut expected: Vec<String> = MAPS.iter().map(|m| format!("{m}.{format}")).collect();
        expected.sort();
        assert_eq!(written, expected);
        assert_eq!(
            listed.lines().count(),
            MAPS.len(),
            "one path per map: {listed}"
        );
        for name in &written {
            let text = std::fs::read_to_string(dir.join(name)).unwrap();
            check_golden(name, &text);
        }
    }
}

#[test]
fn txt_pictures_are_80_columns_with_slots_labels_and_a_field_list() {
    let run = legacylens(&["screens", "sample_repos", "--map", "pay1map"]);
    assert!(run.status.success());
    let text = String::from_utf8(run.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("BENMS01.PAY1MAP  24×80"));
    // The 24 rows of the screen sit between two rulers.
    assert!(lines[1].starts_with("----+----1"));
    assert_eq!(lines[1].chars().count(), 80);
    assert_eq!(lines[26], lines[1]);
    let screen = &lines[2..26];
    assert!(screen.iter().all(|l| l.chars().count() <= 80));
    // NINO: POS=(3,14) is its attribute byte, 9 input positions from column 15.
    assert_eq!(&screen[2][2..12], "NI NUMBER:");
    assert_eq!(&screen[2][14..23], "_________");
    assert_eq!(
        screen[2].as_bytes()[13],
        b' ',
        "the attribute byte is blank"
    );
    // An output field the program fills (NAME, 50 characters at row 5).
    assert_eq!(&screen[4][14..64], ".".repeat(50));
    // A continued INITIAL is shown whole.
    assert!(screen[23].contains("PF5=UPDATE PAYMENT DETAILS  CLEAR=RESET"));
    assert!(text.contains("  NINO        3,15     9  input   UNPROT,NORM,IC,FSET\n"));

    // A dark field, an OCCURS field and a group.
    let auth =
        String::from_utf8(legacylens(&["screens", "sample_repos", "--map", "AUTHMAP"]).stdout)
            .unwrap();
    assert!(auth.contains("  PASSWORD           : ********\n"), "{auth}");
    let earn = String::from_utf8(
        legacylens(&["screens", "sample_repos", "--map", "BENMS05.EARNMAP"]).stdout,
    )
    .unwrap();
    assert!(earn.contains("  HOURS : ____ ____ ____ ____ ____ ____ ____\n"));
    assert!(earn.contains("  WEEK ENDING DATE : __/__/____\n"), "{earn}");
    // A mapset name selects all its maps.
    let both =
        String::from_utf8(legacylens(&["screens", "sample_repos", "--map", "BENMS05"]).stdout)
            .unwrap();
    assert!(both.contains("BENMS05.EARNMAP  24×80") && both.contains("BENMS05.EARNHLP  5×80"));
}

#[test]
fn svg_has_a_title_per_named_field_and_draws_dark_and_bright_fields() {
    let run = legacylens(&[
        "screens",
        "sample_repos",
        "--map",
        "AUTHMAP",
        "--format",
        "svg",
    ]);
    assert!(run.status.success());
    let svg = String::from_utf8(run.stdout).unwrap();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.trim_end().ends_with("</svg>"));
    assert!(
        svg.contains(
            "<title>PASSWD: dark input (not displayed), 8 characters at row 12, column 24"
        )
    );
    assert!(
        svg.contains("stroke-dasharray"),
        "dark fields as dashed boxes"
    );
    assert!(
        svg.contains("font-weight=\"bold\""),
        "bright labels in bold"
    );
    assert!(svg.contains("data-field=\"REASON\""));
    // The quotes of INITIAL='… PF12=''NOT NOW''' are escaped for XML.
    assert!(svg.contains("PF12=&#39;NOT NOW&#39;"));
}

#[test]
fn an_unknown_map_is_an_error_naming_the_maps_there_are() {
    let run = legacylens(&["screens", "sample_repos", "--map", "NOSUCH"]);
    assert_eq!(run.status.code(), Some(2));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("no map named NOSUCH"), "{err}");
    assert!(err.contains("BENMS01.PAY1MAP"), "{err}");
}

fn stdout_of(args: &[&str]) -> String {
    let run = legacylens(args);
    assert!(
        run.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    String::from_utf8(run.stdout).unwrap()
}

#[test]
fn maps_are_symbols_programs_send_and_receive_them_and_fields_meet_the_symbolic_map() {
    // Mapsets, maps and fields are symbols where the source defines them.
    let symbols = stdout_of(&["symbols", "sample_repos"]);
    for row in [
        "cics-mapset\tBENMS01\tbenefits/cobol/bms/BENMS01.bms\t12\t",
        "cics-map\tBENMS01.PAY1MAP\tbenefits/cobol/bms/BENMS01.bms\t14\t24×80 screen, 26 named fields",
        "screen-field\tBENMS01.PAY1MAP.NINO\tbenefits/cobol/bms/BENMS01.bms\t24\trow 3, column 15, 9 characters, UNPROT,NORM,IC,FSET",
        "screen-field\tBENMS05.EARNMAP.HOURS\tbenefits/cobol/bms/BENMS05.bms\t39\t",
    ] {
        assert!(symbols.contains(row), "{row}");
    }
    // EXEC CICS SEND/RECEIVE MAP resolve to those maps.
    let refs = stdout_of(&["refs", "sample_repos"]);
    assert!(refs.contains(
        "BENONL1.2000-PROCESS-ENQUIRY\tBENMS01.PAY1MAP\tread\tproject\tbenefits/cobol/cbl/BENONL1.cbl:161"
    ));
    assert!(refs.lines().any(|l| l.starts_with("BENUPD1.")
        && l.contains("\tBENMS02.PAY2MAP\twrite\tproject\tbenefits/cobol/cbl/BENUPD1.cbl:167")));
    // Program → map edges in the resource graph.
    let resources = stdout_of(&["graph", "resources", "sample_repos"]);
    for edge in [
        "BENONL1\tBENMS01.PAY1MAP\treceive\t",
        "BENONL1\tBENMS01.PAY1MAP\tsend\t",
        "BENLST1\tBENMS03.PAY3MAP\tsend\t",
        "BENUPD1\tBENMS02.PAY2MAP\treceive\t",
    ] {
        assert!(resources.contains(edge), "{edge}");
    }
    // Screen fields meet the symbolic-map items: what can come back feeds <field>I, every
    // <field>O feeds its field.
    let dataflow = stdout_of(&["graph", "dataflow", "sample_repos"]);
    assert!(dataflow.contains("BENMS01.PAY1MAP.NINO\tBENONL1.PAY1MAPI.NINOI\tscreen-input\t"));
    assert!(dataflow.contains("BENONL1.PAY1MAPO.NAMEO\tBENMS01.PAY1MAP.NAME\tscreen-output\t"));
    assert!(
        !dataflow.contains("BENMS01.PAY1MAP.NAME\tBENONL1.PAY1MAPI.NAMEI\t"),
        "a protected field without FSET never comes back"
    );
}
