//! Record layouts scored against GnuCOBOL: `cobc -fsyntax-only -std=ibm -t … -ftsymbols` lists
//! the size of every data item of a program it accepts (a group's size is the sum of its items',
//! slack bytes and REDEFINES included, so offsets are checked through sizes).
//!
//! 1. The sample estate's programs (`sample_repos/benefits/cobol/cbl`, copybooks from `../cpy`):
//!    every item cobc lists must agree. Programs cobc rejects as written (EXEC SQL / CICS, a
//!    `CBL` card, CICS copybooks such as DFHAID) are compared through their DATA DIVISION alone
//!    (`records::oracle::data_division_only`): all 20 programs, every data item.
//! 2. ≥ 200 generated records (seeded, deterministic) covering every usage, OCCURS (and
//!    DEPENDING ON), REDEFINES, RENAMES, nesting, group USAGE, SYNC and SIGN SEPARATE: ≥ 99.9 %.
//!
//! GnuCOBOL is compared under `LayoutOptions::gnucobol()`: 8-byte pointers, SYNC of 8-byte
//! binaries on a doubleword. The generator leaves out what the two compilers lay out
//! differently on purpose (SYNC on a group, SYNC inside a table entry) and what cobc 3.1 does
//! not accept (DBCS `G` / DISPLAY-1).
//!
//! Run `legacylens layout DIR --check-cobc` for the same score on any folder.
//! Needs GnuCOBOL (`cobc`; Debian package `gnucobol`), which CI installs.

#[allow(dead_code)]
#[path = "../src/test_rng.rs"]
mod test_rng;

use std::fmt::Write as _;
use std::path::Path;

use legacylens::records::oracle;
use test_rng::Rng;

fn require_cobc() {
    assert!(
        oracle::cobc_available(),
        "cannot run cobc; install GnuCOBOL (Debian: gnucobol)"
    );
}

#[test]
fn sample_layouts_agree_with_cobc() {
    require_cobc();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos");
    let model = legacylens::index::index_path(&root).unwrap();
    let report = oracle::check(&model, &root);
    println!("{}", report.summary());
    for (path, why) in &report.skipped {
        println!("skipped {path}: {why}");
    }
    for m in &report.mismatches {
        println!("mismatch {m:?}");
    }
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    assert!(report.programs.len() >= 20, "{:?}", report.programs);
    assert!(report.compared >= 3300, "{}", report.summary());
    assert_eq!(report.agreed, report.compared, "{}", report.summary());
    assert_eq!(report.cobc_only, 0, "{}", report.summary());
}

/// One generated record's text, written in fixed format from column 8.
struct Generator {
    rng: Rng,
    out: String,
    names: usize,
}

/// Pictures and usages for elementary items: (picture, usage, display size when known).
const EDITED: [&str; 12] = [
    "ZZ,ZZ9.99CR",
    "$$,$$9.99-",
    "99/99/99",
    "+ZZZ9",
    "***9.99",
    "-9(5).99",
    "ZZZ9.99DB",
    "9(3)B9(3)",
    "ZZ9.99+",
    "Z(4)9",
    "$Z,ZZ9.99",
    "9(2)0(3)",
];

impl Generator {
    fn name(&mut self, record: usize) -> String {
        self.names += 1;
        format!("R{record}-F{}", self.names)
    }

    /// One entry, wrapped before column 73 (fixed format).
    fn line(&mut self, depth: usize, text: &str) {
        let indent = " ".repeat(7 + depth * 2);
        let mut current = indent.clone();
        for word in text.split(' ') {
            if current.len() + 1 + word.len() > 72 && current.trim() != "" {
                let _ = writeln!(self.out, "{current}");
                current = format!("{indent}    ");
            }
            if !current.trim().is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        let _ = writeln!(self.out, "{current}");
    }

    fn digits(&mut self, max: usize) -> usize {
        1 + self.rng.below(max)
    }

    /// An elementary item's clauses (after the name) and its DISPLAY size when it is a plain
    /// X/9 item a REDEFINES may overlay.
    fn elementary(&mut self, in_table: bool, group_usage: bool) -> (String, Option<usize>) {
        if group_usage {
            let d = self.digits(15);
            return (format!("PIC S9({d})"), None);
        }
        let sync = if !in_table && self.rng.below(3) == 0 {
            " SYNC"
        } else {
            ""
        };
        match self.rng.below(17) {
            0 | 1 => {
                let n = self.digits(30);
                (format!("PIC X({n})"), Some(n))
            }
            2 => {
                let n = self.digits(12);
                (format!("PIC A({n})"), None)
            }
            3 => {
                let n = self.digits(18);
                (format!("PIC 9({n})"), Some(n))
            }
            4 => {
                let i = self.digits(9);
                let f = self.rng.below(6);
                let sign = *self.rng.pick(&[
                    "",
                    " SIGN LEADING",
                    " SIGN TRAILING",
                    " SIGN LEADING SEPARATE",
                    " SIGN TRAILING SEPARATE",
                    " SIGN IS TRAILING SEPARATE CHARACTER",
                ]);
                let v = if f > 0 {
                    format!("V9({f})")
                } else {
                    String::new()
                };
                (format!("PIC S9({i}){v}{sign}"), None)
            }
            5 | 6 => {
                let d = self.digits(18);
                let usage =
                    *self
                        .rng
                        .pick(&["COMP", "BINARY", "COMP-4", "COMP-5", "COMPUTATIONAL"]);
                let s = if self.rng.below(2) == 0 { "S" } else { "" };
                (format!("PIC {s}9({d}) {usage}{sync}"), None)
            }
            7 | 8 => {
                let i = self.digits(12);
                let f = self.rng.below(6);
                let v = if f > 0 {
                    format!("V9({f})")
                } else {
                    String::new()
                };
                let usage = *self
                    .rng
                    .pick(&["COMP-3", "PACKED-DECIMAL", "USAGE IS COMP-3"]);
                (format!("PIC S9({i}){v} {usage}{sync}"), None)
            }
            9 => (format!("COMP-1{sync}"), None),
            10 => (format!("COMP-2{sync}"), None),
            11 => {
                let usage = *self.rng.pick(&["POINTER", "INDEX", "PROCEDURE-POINTER"]);
                (format!("USAGE {usage}{sync}"), None)
            }
            12 => {
                let n = self.digits(10);
                (format!("PIC N({n})"), None)
            }
            13 | 14 => (format!("PIC {}", self.rng.pick(&EDITED)), None),
            15 => (
                format!("PIC {}", self.rng.pick(&["XXBXX", "X(3)/X(2)", "X(2)0X"])),
                None,
            ),
            _ => (
                format!(
                    "PIC {}",
                    self.rng.pick(&["9(3)PP", "PP99", "SPP9(2)", "9(4)P"])
                ),
                None,
            ),
        }
    }

    /// Items under a group at `level`; returns the names of its plain elementary items (for
    /// RENAMES) when `top`.
    fn group(
        &mut self,
        record: usize,
        level: usize,
        depth: usize,
        in_table: bool,
        top: bool,
    ) -> Vec<String> {
        let mut plain = Vec::new();
        let count = 1 + self.rng.below(6);
        for _ in 0..count {
            let name = self.name(record);
            let occurs = if self.rng.below(5) == 0 {
                format!(" OCCURS {}", 1 + self.rng.below(4))
            } else {
                String::new()
            };
            if depth < 4 && self.rng.below(4) == 0 {
                // A group, sometimes with a USAGE for all its items.
                let group_usage = self.rng.below(5) == 0;
                let usage = if group_usage {
                    format!(" USAGE {}", self.rng.pick(&["COMP-3", "BINARY", "COMP-5"]))
                } else {
                    String::new()
                };
                self.line(depth, &format!("{level:02} {name}{usage}{occurs}."));
                if group_usage {
                    for _ in 0..1 + self.rng.below(3) {
                        let child = self.name(record);
                        let (clauses, _) = self.elementary(true, true);
                        self.line(depth + 1, &format!("{:02} {child} {clauses}.", level + 5));
                    }
                } else {
                    self.group(
                        record,
                        level + 5,
                        depth + 1,
                        in_table || !occurs.is_empty(),
                        false,
                    );
                }
                continue;
            }
            let (clauses, display) = self.elementary(in_table || !occurs.is_empty(), false);
            let filler = if self.rng.below(12) == 0 {
                "FILLER"
            } else {
                &name
            };
            self.line(depth, &format!("{level:02} {filler} {clauses}{occurs}."));
            if clauses.starts_with("PIC X") && filler != "FILLER" && self.rng.below(3) == 0 {
                self.line(depth + 1, &format!("88 {name}-ON VALUE 'Y'."));
            }
            if let Some(size) = display.filter(|_| occurs.is_empty() && filler != "FILLER") {
                if top {
                    plain.push(name.clone());
                }
                // REDEFINES the item just written, no longer than it.
                if self.rng.below(3) == 0 {
                    let over = self.name(record);
                    match self.rng.below(3) {
                        0 => {
                            let k = 1 + self.rng.below(size);
                            self.line(
                                depth,
                                &format!("{level:02} {over} REDEFINES {name} PIC X({k})."),
                            );
                        }
                        1 if size >= 2 => {
                            let a = 1 + self.rng.below(size - 1);
                            self.line(depth, &format!("{level:02} {over} REDEFINES {name}."));
                            let x = self.name(record);
                            let y = self.name(record);
                            self.line(depth + 1, &format!("{:02} {x} PIC 9({a}).", level + 5));
                            self.line(
                                depth + 1,
                                &format!("{:02} {y} PIC X({}).", level + 5, size - a),
                            );
                        }
                        _ => {
                            let d = (2 * size - 1).min(17);
                            self.line(
                                depth,
                                &format!("{level:02} {over} REDEFINES {name} PIC S9({d}) COMP-3."),
                            );
                        }
                    }
                }
            }
        }
        plain
    }

    fn record(&mut self, record: usize) {
        self.line(0, &format!("01 REC-{record}."));
        let counter = format!("R{record}-N");
        let depending = self.rng.below(4) == 0;
        if depending {
            self.line(1, &format!("05 {counter} PIC 9(2)."));
        }
        let plain = self.group(record, 5, 1, false, true);
        if depending {
            let name = self.name(record);
            let max = 2 + self.rng.below(8);
            self.line(
                1,
                &format!("05 {name} OCCURS 1 TO {max} TIMES DEPENDING ON {counter}."),
            );
            let a = self.name(record);
            let b = self.name(record);
            let width = 1 + self.rng.below(9);
            self.line(2, &format!("10 {a} PIC X({width})."));
            self.line(2, &format!("10 {b} PIC S9(5) COMP-3."));
        }
        if plain.len() >= 2 && self.rng.below(2) == 0 {
            let from = self.rng.below(plain.len() - 1);
            let thru = from + 1 + self.rng.below(plain.len() - from - 1);
            self.line(
                0,
                &format!(
                    "66 REN-{record} RENAMES {} THRU {}.",
                    plain[from], plain[thru]
                ),
            );
        }
        if self.rng.below(4) == 0 {
            let (clauses, _) = self.elementary(false, false);
            self.line(0, &format!("77 SOLO-{record} {clauses}."));
        }
    }
}

#[test]
fn generated_layouts_agree_with_cobc() {
    require_cobc();
    let temp = tempfile::tempdir().unwrap();
    // LAYOUT_ORACLE_DIR keeps the generated programs for a look.
    let kept = std::env::var_os("LAYOUT_ORACLE_DIR").map(std::path::PathBuf::from);
    let dir = kept.as_deref().unwrap_or(temp.path());
    let mut generator = Generator {
        rng: Rng(0x5EED_1A70_u64),
        out: String::new(),
        names: 0,
    };
    let programs = 24;
    let per_program = 10;
    for p in 0..programs {
        generator.out.clear();
        generator.out.push_str(&format!(
            "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. GEN{p:03}.\n       DATA DIVISION.\n       WORKING-STORAGE SECTION.\n"
        ));
        for r in 0..per_program {
            generator.record(p * per_program + r);
        }
        generator
            .out
            .push_str("       PROCEDURE DIVISION.\n           GOBACK.\n");
        std::fs::write(dir.join(format!("GEN{p:03}.cbl")), &generator.out).unwrap();
    }
    let model = legacylens::index::index_path(dir).unwrap();
    let report = oracle::check(&model, dir);
    println!(
        "generated records: {}; {}",
        programs * per_program,
        report.summary()
    );
    for (path, why) in &report.skipped {
        println!("skipped {path}: {why}");
    }
    for m in report.mismatches.iter().take(40) {
        println!("mismatch {m:?}");
    }
    assert!(programs * per_program >= 200);
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    assert!(report.compared >= 2000, "{}", report.summary());
    assert!(
        report.agreed as f64 >= 0.999 * report.compared as f64,
        "{}",
        report.summary()
    );
}
