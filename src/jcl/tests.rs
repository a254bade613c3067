//! Unit tests of the JCL parser and procedure expansion, on hand-written
//! fixtures in the style of real production JCL, plus a random-input test
//! that checks the parser never panics, hangs or returns bad spans.

use super::*;

fn no_lib(_: &str) -> Option<JclProc> {
    None
}

fn assert_clean(d: &JclDocument) {
    assert!(
        d.problems.is_empty(),
        "unexpected problems: {:#?}",
        d.problems
    );
}

fn has_problem(problems: &[JclProblem], line: u32, needle: &str) -> bool {
    problems
        .iter()
        .any(|p| p.line == line && p.message.contains(needle))
}

fn assert_problem(problems: &[JclProblem], line: u32, needle: &str) {
    assert!(
        has_problem(problems, line, needle),
        "expected a problem on line {line} containing {needle:?}, got {problems:#?}"
    );
}

/// A card image: the text padded to 72 columns, then a sequence number.
fn card(text: &str, seq: &str) -> String {
    format!("{text:<72}{seq}")
}

fn dd<'a>(step: &'a JclStep, name: &str) -> &'a JclDd {
    step.dds
        .iter()
        .find(|d| d.name == name)
        .unwrap_or_else(|| panic!("no DD {name} in step {}", step.name))
}

fn xdd<'a>(step: &'a ExpandedStep, name: &str) -> &'a JclDd {
    step.dds
        .iter()
        .find(|d| d.name == name)
        .unwrap_or_else(|| panic!("no DD {name} in expanded step {:?}", step.proc_step))
}

fn p(k: &str, v: &str) -> (String, String) {
    (k.to_string(), v.to_string())
}

const PAYROLL_JOB: &str = "\
//PAYROLL1 JOB (ACCT01,'DEPT 42'),'J. SMITH',CLASS=A,MSGCLASS=X,
//             NOTIFY=&SYSUID
//*--------------------------------------------------------------*
//* NIGHTLY PAYROLL RUN                                          *
//*--------------------------------------------------------------*
//STEP010  EXEC PGM=PAYCALC,REGION=4M,COND=(4,LT),
//             PARM='RUN=NIGHTLY,MODE=FULL'
//STEPLIB  DD DSN=PROD.PAYROLL.LOADLIB,DISP=SHR
//EMPMAST  DD DSNAME=PROD.EMPLOYEE.MASTER,DISP=SHR    EMPLOYEE FILE, SORTED
//PAYOUT   DD DSN=PROD.PAYROLL.OUT(+1),DISP=(NEW,CATLG,DELETE),
//            UNIT=SYSDA,SPACE=(CYL,(5,1),RLSE),
//            DCB=(RECFM=FB,LRECL=80,BLKSIZE=0)
//WORK     DD DSN=&&WORK1,DISP=(,PASS),UNIT=SYSDA,SPACE=(TRK,(10,5))
//SYSPRINT DD SYSOUT=*
//SYSOUT   DD SYSOUT=A
//SYSUDUMP DD DUMMY
//
";

#[test]
fn job_step_and_dds() {
    let d = parse_jcl(PAYROLL_JOB);
    assert_clean(&d);
    assert_eq!(d.jobs.len(), 1);
    let job = &d.jobs[0];
    assert_eq!(job.name, "PAYROLL1");
    assert_eq!(job.line, 1);
    assert_eq!(job.params[0], p("", "(ACCT01,'DEPT 42')"));
    assert_eq!(job.params[1], p("", "'J. SMITH'"));
    assert!(job.params.contains(&p("NOTIFY", "&SYSUID")));
    assert_eq!(job.span, (0, PAYROLL_JOB.len() - 1));
    assert_eq!(job.steps.len(), 1);

    let step = &job.steps[0];
    assert_eq!(step.name, "STEP010");
    assert_eq!(step.line, 6);
    assert_eq!(step.exec, ExecTarget::Program("PAYCALC".into()));
    assert_eq!(step.param("region"), Some("4M"));
    assert_eq!(step.param("COND"), Some("(4,LT)"));
    assert_eq!(step.param("PARM"), Some("'RUN=NIGHTLY,MODE=FULL'"));
    assert_eq!(
        unquote(step.param("PARM").unwrap()),
        "RUN=NIGHTLY,MODE=FULL"
    );
    let names: Vec<&str> = step.dds.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "STEPLIB", "EMPMAST", "PAYOUT", "WORK", "SYSPRINT", "SYSOUT", "SYSUDUMP"
        ]
    );

    let emp = dd(step, "EMPMAST");
    assert_eq!(emp.dsn.as_deref(), Some("PROD.EMPLOYEE.MASTER"));
    assert_eq!(emp.kind, DdKind::Dataset);
    assert!(emp.disp.as_ref().unwrap().reads());
    assert!(!emp.disp.as_ref().unwrap().writes());

    let out = dd(step, "PAYOUT");
    assert_eq!(out.line, 10);
    assert_eq!(out.dsn.as_deref(), Some("PROD.PAYROLL.OUT(+1)"));
    assert_eq!(
        out.disp,
        Some(Disposition {
            status: "NEW".into(),
            normal: Some("CATLG".into()),
            abnormal: Some("DELETE".into())
        })
    );
    assert_eq!(out.param("SPACE"), Some("(CYL,(5,1),RLSE)"));
    assert_eq!(out.param("DCB"), Some("(RECFM=FB,LRECL=80,BLKSIZE=0)"));
    let text = &PAYROLL_JOB[out.span.0..out.span.1];
    assert!(text.starts_with("//PAYOUT"));
    assert!(text.ends_with("BLKSIZE=0)"));

    let work = dd(step, "WORK");
    assert_eq!(work.dsn.as_deref(), Some("&&WORK1"));
    assert!(work.is_temporary());
    let wd = work.disp.as_ref().unwrap();
    assert_eq!(
        (wd.status.as_str(), wd.normal.as_deref()),
        ("NEW", Some("PASS"))
    );

    assert_eq!(dd(step, "SYSPRINT").kind, DdKind::Sysout("*".into()));
    assert_eq!(dd(step, "SYSOUT").kind, DdKind::Sysout("A".into()));
    assert_eq!(dd(step, "SYSUDUMP").kind, DdKind::Dummy);

    let step_text = &PAYROLL_JOB[step.span.0..step.span.1];
    assert!(step_text.starts_with("//STEP010"));
    assert!(step_text.ends_with("//SYSUDUMP DD DUMMY"));
}

#[test]
fn disposition_reads_and_writes() {
    let d = |s: &str| Disposition {
        status: s.into(),
        normal: None,
        abnormal: None,
    };
    assert!(d("NEW").writes() && !d("NEW").reads());
    assert!(d("MOD").writes() && !d("MOD").reads());
    assert!(d("OLD").writes() && d("OLD").reads());
    assert!(d("SHR").reads() && !d("SHR").writes());
    assert!(!d("&DISP").reads() && !d("&DISP").writes());
}

#[test]
fn sequence_numbers_crlf_and_short_lines() {
    let lines = [
        card("//SEQJOB   JOB 1,'OPS',CLASS=B", "00010000"),
        card("//* COMMENT CARD", "00020000"),
        card("//STEP1    EXEC PGM=IEBGENER", "00030000"),
        // Sequence field looks like operands: must be ignored.
        card("//SYSUT1   DD DSN=PROD.DAILY.EXTRACT,", "A,B=C,D"),
        card("//            DISP=SHR", "00050000"),
        card("//SYSUT2   DD SYSOUT=*", "00060000"),
        "//SYSIN    DD DUMMY".to_string(),
        card("//SYSPRINT DD SYSOUT=*", "00080000"),
    ];
    let text = lines.join("\r\n") + "\r\n";
    let d = parse_jcl(&text);
    assert_clean(&d);
    let job = &d.jobs[0];
    assert_eq!(
        job.params,
        vec![p("", "1"), p("", "'OPS'"), p("CLASS", "B")]
    );
    let step = &job.steps[0];
    assert_eq!(step.exec, ExecTarget::Program("IEBGENER".into()));
    let ut1 = dd(step, "SYSUT1");
    assert_eq!(
        ut1.params,
        vec![p("DSN", "PROD.DAILY.EXTRACT"), p("DISP", "SHR")]
    );
    assert_eq!(ut1.line, 4);
    // The span covers both card images (sequence numbers too), not the CRLF.
    let span_text = &text[ut1.span.0..ut1.span.1];
    assert!(span_text.starts_with("//SYSUT1"));
    assert!(span_text.ends_with("00050000"));
    assert_eq!(dd(step, "SYSIN").kind, DdKind::Dummy);
    assert_eq!(step.dds.len(), 4);
    assert!(!text[job.span.0..job.span.1].ends_with('\r'));
}

#[test]
fn comment_after_operands_and_column_72_comment_continuation() {
    let text = [
        "//J1 JOB 1".to_string(),
        format!(
            "{:<71}X{}",
            "//S1 EXEC PGM=REPORT1    THIS COMMENT RUNS TO COLUMN 71 AND", "00020000"
        ),
        "//             CONTINUES HERE, WITH COMMAS, ON THE NEXT LINE".to_string(),
        "//IN  DD DSN=A.B,DISP=SHR    IN FILE, COMMA, MORE".to_string(),
        "// DD DSN=A.C,DISP=SHR".to_string(),
    ]
    .join("\n");
    let d = parse_jcl(&text);
    assert_clean(&d);
    let step = &d.jobs[0].steps[0];
    assert_eq!(step.params, vec![p("PGM", "REPORT1")]);
    assert_eq!(step.dds.len(), 2);
    assert_eq!(step.dds[1].name, "");
    assert_eq!(step.dds[1].dsn.as_deref(), Some("A.C"));
}

#[test]
fn comma_continuation_with_comment_lines_between() {
    let text = "\
//J2 JOB 1
//STEP1 EXEC PGM=BIGPGM,
//*  REGION=8M,   <- commented out
//     REGION=4M,
//             TIME=(1,30)
";
    let d = parse_jcl(text);
    assert_clean(&d);
    let step = &d.jobs[0].steps[0];
    assert_eq!(
        step.params,
        vec![p("PGM", "BIGPGM"), p("REGION", "4M"), p("TIME", "(1,30)")]
    );
    assert_eq!(
        &text[step.span.0..step.span.1],
        "//STEP1 EXEC PGM=BIGPGM,\n//*  REGION=8M,   <- commented out\n//     REGION=4M,\n//             TIME=(1,30)"
    );
}

#[test]
fn quoted_string_continued_at_column_71() {
    let head = "//STEP1 EXEC PGM=REPORTX,PARM='THIS IS A VERY LONG PARAMETER STRING";
    let fill = 71 - head.len();
    let first = format!("{head}{}", "X".repeat(fill));
    assert_eq!(first.len(), 71);
    let text = format!(
        "//J3 JOB 1\n{}\n//             ES ON',REGION=2M\n//S2 EXEC PGM=Y,PARM='ABC\n//             DEF'\n",
        card(&first, "00020000")
    );
    let d = parse_jcl(&text);
    assert_clean(&d);
    let s1 = &d.jobs[0].steps[0];
    let expected = format!(
        "'THIS IS A VERY LONG PARAMETER STRING{}ES ON'",
        "X".repeat(fill)
    );
    assert_eq!(s1.param("PARM"), Some(expected.as_str()));
    assert_eq!(s1.param("REGION"), Some("2M"));
    // A line shorter than 71 columns had its trailing blanks trimmed: they
    // belong to the string.
    let s2 = &d.jobs[0].steps[1];
    let pad = 71 - "//S2 EXEC PGM=Y,PARM='ABC".len();
    let expected = format!("'ABC{}DEF'", " ".repeat(pad));
    assert_eq!(s2.param("PARM"), Some(expected.as_str()));
}

#[test]
fn doubled_apostrophes_and_blanks_in_quotes() {
    let text = "//J JOB 1\n//S1 EXEC PGM=MSG,PARM='IT''S A TEST, REALLY'   COMMENT\n";
    let d = parse_jcl(text);
    assert_clean(&d);
    let step = &d.jobs[0].steps[0];
    assert_eq!(step.param("PARM"), Some("'IT''S A TEST, REALLY'"));
    assert_eq!(unquote(step.param("PARM").unwrap()), "IT'S A TEST, REALLY");
}

#[test]
fn exec_targets() {
    let text = "\
//J4 JOB 1
//A EXEC PROC=PAYPROC
//B EXEC PAYPROC,HLQ=TEST,RUNDATE='2024-01-31'
//C EXEC PGM=*.LKED.SYSLMOD
//D EXEC PGM=*.LINK.LKED.SYSLMOD,COND=((4,LT),(8,LT,A))
//E EXEC
";
    let d = parse_jcl(text);
    let steps = &d.jobs[0].steps;
    assert_eq!(steps[0].exec, ExecTarget::Proc("PAYPROC".into()));
    assert_eq!(steps[1].exec, ExecTarget::Proc("PAYPROC".into()));
    assert_eq!(steps[1].param("RUNDATE"), Some("'2024-01-31'"));
    assert_eq!(steps[2].exec, ExecTarget::ReferBack("LKED.SYSLMOD".into()));
    assert_eq!(
        steps[3].exec,
        ExecTarget::ReferBack("LINK.LKED.SYSLMOD".into())
    );
    assert_eq!(steps[3].param("COND"), Some("((4,LT),(8,LT,A))"));
    assert_eq!(steps[4].exec, ExecTarget::Unknown);
    assert_problem(&d.problems, 6, "neither a program");
    assert_eq!(d.problems.len(), 1);
}

#[test]
fn dd_dataset_forms() {
    let text = "\
//J5 JOB 1
//S1 EXEC PGM=UPDATE
//OLDMAST DD DSN=PROD.MASTER(0),DISP=OLD
//NEWMAST DD DSN=PROD.MASTER(+1),DISP=(NEW,CATLG,DELETE),
//            LIKE=PROD.MASTER(0)
//SYMB    DD DSN=&HLQ..CUST.FILE,DISP=SHR
//MEMBER  DD DSN=PROD.PARMLIB(UPDPARM),DISP=SHR
//QUOTED  DD DSN='PROD.ODD.NAME',DISP=MOD
//TAPEIN  DD DSN=BKUP.FILE,DISP=OLD,UNIT=TAPE,
//            VOL=SER=T12345,LABEL=(1,SL)
//NULL    DD DSN=NULLFILE
//INTRDR  DD SYSOUT=(A,INTRDR)
//HFS     DD PATH='/u/app/data.txt',PATHOPTS=(ORDONLY)
//TEMP    DD DSN=&TEMP,DISP=(NEW,PASS),SPACE=(TRK,1)
//BACK    DD DSN=*.PREV.OUT,DISP=SHR
";
    let d = parse_jcl(text);
    assert_clean(&d);
    let s = &d.jobs[0].steps[0];
    assert_eq!(dd(s, "OLDMAST").dsn.as_deref(), Some("PROD.MASTER(0)"));
    assert_eq!(dd(s, "NEWMAST").dsn.as_deref(), Some("PROD.MASTER(+1)"));
    assert_eq!(dd(s, "SYMB").dsn.as_deref(), Some("&HLQ..CUST.FILE"));
    assert_eq!(
        dd(s, "MEMBER").dsn.as_deref(),
        Some("PROD.PARMLIB(UPDPARM)")
    );
    assert_eq!(dd(s, "QUOTED").dsn.as_deref(), Some("PROD.ODD.NAME"));
    assert_eq!(dd(s, "QUOTED").disp.as_ref().unwrap().status, "MOD");
    let tape = dd(s, "TAPEIN");
    assert_eq!(tape.param("VOL"), Some("SER=T12345"));
    assert_eq!(tape.param("volume"), Some("SER=T12345"));
    assert_eq!(tape.param("LABEL"), Some("(1,SL)"));
    assert_eq!(dd(s, "NULL").kind, DdKind::Dummy);
    assert_eq!(dd(s, "INTRDR").kind, DdKind::Sysout("A".into()));
    assert_eq!(dd(s, "INTRDR").param("SYSOUT"), Some("(A,INTRDR)"));
    assert_eq!(dd(s, "HFS").kind, DdKind::Other);
    assert_eq!(dd(s, "HFS").param("PATH"), Some("'/u/app/data.txt'"));
    assert!(dd(s, "TEMP").is_temporary());
    assert_eq!(dd(s, "BACK").dsn.as_deref(), Some("*.PREV.OUT"));
}

#[test]
fn in_stream_data_star_data_and_dlm() {
    let text = "\
//J6 JOB 1
//SORT01   EXEC PGM=SORT
//SORTIN   DD DSN=PROD.TRANS.DAILY,DISP=SHR
//SORTOUT  DD DSN=&&SORTED,DISP=(NEW,PASS)
//SYSIN    DD *
  SORT FIELDS=(1,10,CH,A)
  INCLUDE COND=(11,2,CH,EQ,C'NY')
/*
//LOAD     EXEC PGM=DBLOAD
//CTLCARDS DD DATA,DLM=$$
//THIS DD IS DATA, NOT JCL
/*
  MORE DATA
$$
//SYSIN2   DD *
 LINE ONE
//NEXT     DD DUMMY
//UPD      EXEC PGM=IEBUPDTE
//SYSIN    DD DATA
./ ADD NAME=MEMBER1
//JOBX JOB 1
//STEPX EXEC PGM=NOTREAL
/*
//STARDLM  DD *,DLM=@@
data line
/* not the end
//SYSPRINT DD SYSOUT=*
";
    let d = parse_jcl(text);
    assert_clean(&d);
    assert_eq!(d.jobs.len(), 1);
    let steps = &d.jobs[0].steps;
    let names: Vec<&str> = steps.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["SORT01", "LOAD", "UPD"]);
    let sysin = dd(&steps[0], "SYSIN");
    assert_eq!(
        sysin.kind,
        DdKind::InStream {
            first_line: 6,
            lines: 2
        }
    );
    assert!(text[sysin.span.0..sysin.span.1].ends_with("/*"));
    assert_eq!(
        dd(&steps[1], "CTLCARDS").kind,
        DdKind::InStream {
            first_line: 11,
            lines: 3
        }
    );
    assert_eq!(
        dd(&steps[1], "SYSIN2").kind,
        DdKind::InStream {
            first_line: 16,
            lines: 1
        }
    );
    assert_eq!(dd(&steps[1], "NEXT").kind, DdKind::Dummy);
    assert_eq!(
        dd(&steps[2], "SYSIN").kind,
        DdKind::InStream {
            first_line: 20,
            lines: 3
        }
    );
    // JES2: with DLM on DD *, a // statement still ends the data.
    assert_eq!(
        dd(&steps[2], "STARDLM").kind,
        DdKind::InStream {
            first_line: 25,
            lines: 2
        }
    );
    assert_eq!(dd(&steps[2], "SYSPRINT").kind, DdKind::Sysout("*".into()));
    assert!(steps[2].span.1 == text.len() - 1);
}

#[test]
fn in_stream_data_without_its_delimiter() {
    let text = "//J JOB 1\n//S EXEC PGM=X\n//IN DD DATA,DLM=ZZ\nA\n//B DD DUMMY\n";
    let d = parse_jcl(text);
    assert_problem(&d.problems, 3, "not ended by its delimiter 'ZZ'");
    let s = &d.jobs[0].steps[0];
    assert_eq!(s.dds.len(), 1);
    assert_eq!(
        s.dds[0].kind,
        DdKind::InStream {
            first_line: 4,
            lines: 2
        }
    );

    let text = "//J JOB 1\n//S EXEC PGM=X\n//IN DD DATA\nA\n//B DD DUMMY\n";
    let d = parse_jcl(text);
    assert_problem(&d.problems, 3, "not ended by '/*'");
}

#[test]
fn implicit_sysin_and_stray_text() {
    let text = "\
NOT JCL AT ALL
//J7 JOB 1
//S1 EXEC PGM=CARDS
 CARD ONE
 CARD TWO
/*
//S2 EXEC PGM=NEXT
";
    let d = parse_jcl(text);
    assert_problem(&d.problems, 1, "not JCL");
    assert_eq!(d.problems.len(), 1);
    let s1 = &d.jobs[0].steps[0];
    assert_eq!(s1.dds.len(), 1);
    assert_eq!(s1.dds[0].name, "SYSIN");
    assert_eq!(
        s1.dds[0].kind,
        DdKind::InStream {
            first_line: 4,
            lines: 2
        }
    );
    assert_eq!(d.jobs[0].steps[1].name, "S2");
}

#[test]
fn concatenation_and_override_names() {
    let text = "\
//J8 JOB 1
//S1 EXEC PGM=COBPGM
//STEPLIB DD DSN=A.LOAD,DISP=SHR
//        DD DSN=B.LOAD,DISP=SHR
//        DD DSN=C.LOAD,DISP=SHR
//S2 EXEC PAYPROC
//CALC.INPUT DD DSN=TEST.INPUT,DISP=SHR
//           DD DSN=TEST.INPUT2,DISP=SHR
//CALC.EXTRA DD DUMMY
";
    let d = parse_jcl(text);
    assert_clean(&d);
    let s1 = &d.jobs[0].steps[0];
    let names: Vec<&str> = s1.dds.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["STEPLIB", "", ""]);
    assert_eq!(s1.dds[2].dsn.as_deref(), Some("C.LOAD"));
    let s2 = &d.jobs[0].steps[1];
    assert_eq!(s2.dds[0].name, "INPUT");
    assert_eq!(s2.dds[0].step_override.as_deref(), Some("CALC"));
    assert_eq!(s2.dds[1].name, "");
    assert_eq!(s2.dds[1].step_override.as_deref(), Some("CALC"));
    assert_eq!(s2.dds[2].step_override.as_deref(), Some("CALC"));
}

const PAYPROC: &str = "\
//PAYPROC  PROC HLQ=PROD,RUNDATE=,ENV='T 1',
//             OUTCLS=*
//*  PAYROLL CATALOGED PROCEDURE
//CALC     EXEC PGM=PAYCALC,PARM='&RUNDATE'
//INPUT    DD DSN=&HLQ..PAY.INPUT,DISP=SHR
//OUTPUT   DD DSN=&HLQ..PAY.OUTPUT(+1),DISP=(NEW,CATLG,DELETE),
//            SPACE=(CYL,(10,5),RLSE)
//REPORT   DD SYSOUT=&OUTCLS
//PRINT    EXEC PGM=PAYPRNT,COND=(0,NE)
//INPUT    DD DSN=&HLQ..PAY.OUTPUT(+1),DISP=SHR
//SYSPRINT DD SYSOUT=*
";

#[test]
fn cataloged_proc_member() {
    let d = parse_jcl(PAYPROC);
    assert_clean(&d);
    assert!(d.jobs.is_empty());
    assert_eq!(d.procs.len(), 1);
    let pr = &d.procs[0];
    assert_eq!(pr.name, "PAYPROC");
    assert_eq!(pr.line, 1);
    assert_eq!(
        pr.defaults,
        vec![
            p("HLQ", "PROD"),
            p("RUNDATE", ""),
            p("ENV", "T 1"),
            p("OUTCLS", "*")
        ]
    );
    assert_eq!(pr.steps.len(), 2);
    assert_eq!(pr.steps[0].exec, ExecTarget::Program("PAYCALC".into()));
    assert_eq!(
        dd(&pr.steps[0], "INPUT").dsn.as_deref(),
        Some("&HLQ..PAY.INPUT")
    );
    assert_eq!(
        dd(&pr.steps[0], "REPORT").kind,
        DdKind::Sysout("&OUTCLS".into())
    );
    assert_eq!(pr.span, (0, PAYPROC.len() - 1));
    assert_eq!(d.proc_for_member("payproc").unwrap().name, "PAYPROC");

    // A member without a PROC statement still serves as a procedure.
    let bare = parse_jcl("//S1 EXEC PGM=IEFBR14\n//DD1 DD DSN=X.Y,DISP=SHR\n");
    assert_clean(&bare);
    assert_eq!(bare.jobs[0].name, "");
    let pr = bare.proc_for_member("BAREPROC").unwrap();
    assert_eq!(pr.name, "BAREPROC");
    assert_eq!(pr.steps.len(), 1);
}

#[test]
fn in_stream_proc_set_jcllib_include() {
    let text = "\
//JOB9     JOB ,'X',CLASS=A
//LIBS     JCLLIB ORDER=(PROD.PROCLIB,'TEST.PROCLIB')
//         SET HLQ=PROD,DAY='MON DAY'
//         INCLUDE MEMBER=STDDD
//MYPROC   PROC DSN=A.B
//S1       EXEC PGM=X
//IN       DD DSN=&DSN,DISP=SHR
//         PEND
//RUN1     EXEC MYPROC,DSN=C.D
//RUN2     EXEC MYPROC
";
    let d = parse_jcl(text);
    assert_clean(&d);
    let job = &d.jobs[0];
    assert_eq!(job.jcllib, ["PROD.PROCLIB", "TEST.PROCLIB"]);
    assert_eq!(job.sets, vec![p("HLQ", "PROD"), p("DAY", "MON DAY")]);
    assert_eq!(job.set_lines, [3, 3]);
    assert_eq!(job.includes, ["STDDD"]);
    assert_eq!(job.in_stream_procs.len(), 1);
    let pr = &job.in_stream_procs[0];
    assert_eq!(pr.name, "MYPROC");
    assert_eq!(pr.defaults, vec![p("DSN", "A.B")]);
    assert!(text[pr.span.0..pr.span.1].ends_with("PEND"));
    assert_eq!(job.steps.len(), 2);

    let (steps, problems) = expand_job(job, &no_lib);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(steps.len(), 2);
    assert_eq!(steps[0].job_step, "RUN1");
    assert_eq!(steps[0].proc_step.as_deref(), Some("S1"));
    assert_eq!(steps[0].proc.as_deref(), Some("MYPROC"));
    assert_eq!(steps[0].program.as_deref(), Some("X"));
    assert_eq!(steps[0].line, 9);
    assert_eq!(steps[0].proc_line, Some(6));
    assert_eq!(xdd(&steps[0], "IN").dsn.as_deref(), Some("C.D"));
    assert_eq!(xdd(&steps[1], "IN").dsn.as_deref(), Some("A.B"));
}

#[test]
fn cataloged_proc_expansion_with_symbols() {
    let lib = parse_jcl(PAYPROC);
    let library = |name: &str| lib.proc_for_member(name);
    let job = parse_jcl(
        "\
//PAYJOB JOB 1
//NIGHT  EXEC PAYPROC,HLQ=TEST,RUNDATE=20240131
",
    );
    assert_clean(&job);
    let (steps, problems) = expand_job(&job.jobs[0], &library);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(steps.len(), 2);
    let calc = &steps[0];
    assert_eq!(calc.program.as_deref(), Some("PAYCALC"));
    // Symbols inside apostrophes are substituted in PARM.
    assert!(calc.params.contains(&p("PARM", "'20240131'")));
    assert_eq!(xdd(calc, "INPUT").dsn.as_deref(), Some("TEST.PAY.INPUT"));
    assert_eq!(
        xdd(calc, "OUTPUT").dsn.as_deref(),
        Some("TEST.PAY.OUTPUT(+1)")
    );
    assert_eq!(xdd(calc, "REPORT").kind, DdKind::Sysout("*".into()));
    let print = &steps[1];
    assert_eq!(print.proc_step.as_deref(), Some("PRINT"));
    assert_eq!(
        xdd(print, "INPUT").dsn.as_deref(),
        Some("TEST.PAY.OUTPUT(+1)")
    );
    assert!(xdd(print, "INPUT").disp.as_ref().unwrap().reads());

    // Defaults only.
    let job = parse_jcl("//PAYJOB JOB 1\n//NIGHT EXEC PROC=PAYPROC\n");
    let (steps, problems) = expand_job(&job.jobs[0], &library);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(
        xdd(&steps[0], "INPUT").dsn.as_deref(),
        Some("PROD.PAY.INPUT")
    );
    assert!(steps[0].params.contains(&p("PARM", "''")));
}

#[test]
fn symbol_precedence_set_proc_exec() {
    // IBM: a PROC default beats a SET; EXEC beats both; SET fills the rest.
    let text = "\
//J10  JOB 1
//SETA SET DSP=(NEW,DELETE,KEEP),UNITX=SYSDA
//PR2  PROC DSP=(NEW,KEEP)
//S    EXEC PGM=X
//DD6  DD DSNAME=ALPHA.PGM2,DISP=&DSP,UNIT=&UNITX
//     PEND
//ST1  EXEC PR2
//ST2  EXEC PR2,DSP=OLD
//SETB SET UNITX=TAPE
//ST3  EXEC PR2
";
    let d = parse_jcl(text);
    assert_clean(&d);
    let (steps, problems) = expand_job(&d.jobs[0], &no_lib);
    assert!(problems.is_empty(), "{problems:#?}");
    let d1 = xdd(&steps[0], "DD6");
    assert_eq!(d1.disp.as_ref().unwrap().normal.as_deref(), Some("KEEP"));
    assert_eq!(d1.param("UNIT"), Some("SYSDA"));
    let d2 = xdd(&steps[1], "DD6");
    assert_eq!(d2.disp.as_ref().unwrap().status, "OLD");
    // A SET applies only to statements after it.
    assert_eq!(xdd(&steps[2], "DD6").param("UNIT"), Some("TAPE"));
}

#[test]
fn nested_procs_inherit_symbols() {
    // IBM's example of symbols in nested procedures.
    let text = "\
//MYJOB   JOB 1
//SET1    SET A=123,B=456
//PROC1   PROC A=234,C=GHI
//PSTEP1  EXEC PROC=PROC2,A=ABC,B=DEF
//PSTEP2  EXEC PGM=IEFBR14
//        PEND
//PROC2   PROC
//P2STEP1 EXEC PGM=IEBGENER
//SYSPRINT DD SYSOUT=A
//SYSUT1  DD DSN=&A..&B,DISP=SHR
//SYSUT2  DD SYSOUT=A,DCB=LRECL=&C
//        PEND
//STEP1   EXEC PROC=PROC1,A=,C=789
//BARNEY  EXEC PGM=IEFBR14
";
    let d = parse_jcl(text);
    assert_clean(&d);
    let (steps, problems) = expand_job(&d.jobs[0], &no_lib);
    assert!(problems.is_empty(), "{problems:#?}");
    let programs: Vec<Option<&str>> = steps.iter().map(|s| s.program.as_deref()).collect();
    assert_eq!(
        programs,
        [Some("IEBGENER"), Some("IEFBR14"), Some("IEFBR14")]
    );
    assert_eq!(steps[0].job_step, "STEP1");
    assert_eq!(steps[0].proc.as_deref(), Some("PROC2"));
    assert_eq!(steps[0].proc_step.as_deref(), Some("P2STEP1"));
    assert_eq!(xdd(&steps[0], "SYSUT1").dsn.as_deref(), Some("ABC.DEF"));
    assert_eq!(xdd(&steps[0], "SYSUT2").param("DCB"), Some("LRECL=789"));
    assert_eq!(steps[1].proc.as_deref(), Some("PROC1"));
    assert_eq!(steps[2].job_step, "BARNEY");
    assert_eq!(steps[2].proc, None);
}

#[test]
fn symbol_syntax_rules() {
    let text = "\
//J11  JOB 1
//P    PROC HLQ=PROD,ENV=T,DISPX=(NEW,CATLG),PROGRAM=IEFBR14,TMP=&&TMPX
//S1   EXEC PGM=&PROGRAM
//A    DD DSN=&HLQ..&ENV.X.DATA,DISP=&DISPX
//B    DD DSN=&&TEMP,DISP=(NEW,PASS)
//C    DD DSN='&HLQ..QUOTED',DISP=SHR
//D    DD DSN=&TMP,DISP=(NEW,PASS)
//E    DD DSN=&HLQ&ENV,DISP=SHR
//     PEND
//RUN  EXEC P
";
    let d = parse_jcl(text);
    assert_clean(&d);
    let (steps, problems) = expand_job(&d.jobs[0], &no_lib);
    assert!(problems.is_empty(), "{problems:#?}");
    let s = &steps[0];
    assert_eq!(s.program.as_deref(), Some("IEFBR14"));
    assert_eq!(xdd(s, "A").dsn.as_deref(), Some("PROD.TX.DATA"));
    assert_eq!(
        xdd(s, "A").disp.as_ref().unwrap().normal.as_deref(),
        Some("CATLG")
    );
    assert_eq!(xdd(s, "B").dsn.as_deref(), Some("&&TEMP"));
    // Not substituted: DSN is not one of the keywords that allow symbols in
    // apostrophes.
    assert_eq!(xdd(s, "C").dsn.as_deref(), Some("&HLQ..QUOTED"));
    // `&&` in an unquoted value becomes `&`: &TMPX, a temporary data set.
    assert_eq!(xdd(s, "D").dsn.as_deref(), Some("&TMPX"));
    assert_eq!(xdd(s, "E").dsn.as_deref(), Some("PRODT"));
}

#[test]
fn undefined_and_unused_symbols() {
    let text = "\
//J12  JOB 1
//P    PROC HLQ=PROD
//S1   EXEC PGM=X
//IN   DD DSN=&HLQ..&MISSING..DATA,DISP=SHR
//TMP  DD DSN=&WORK,DISP=(NEW,PASS)
//OUT  DD SYSOUT=*,DEST=&SYSNODE
//     PEND
//RUN  EXEC P,HLQX=TEST
//S2   EXEC PGM=Y
//DD1  DD DSN=&UNSET..FILE,DISP=SHR
";
    let d = parse_jcl(text);
    assert_clean(&d);
    let (steps, problems) = expand_job(&d.jobs[0], &no_lib);
    assert_eq!(
        xdd(&steps[0], "IN").dsn.as_deref(),
        Some("PROD.&MISSING..DATA")
    );
    assert_problem(&problems, 8, "&MISSING is not defined");
    assert_problem(&problems, 8, "HLQX= on the EXEC of PROC P");
    assert_problem(&problems, 9, "&UNSET is not defined");
    // &WORK is a temporary data set name, &SYSNODE a system symbol.
    assert!(!problems.iter().any(|p| p.message.contains("&WORK")));
    assert!(!problems.iter().any(|p| p.message.contains("SYSNODE")));
    assert_eq!(problems.len(), 3, "{problems:#?}");
}

const OVERRIDE_JOB: &str = "\
//J13   JOB 1
//P     PROC
//S1    EXEC PGM=P1
//IN    DD DSN=PROD.IN,DISP=SHR,UNIT=SYSDA
//LIB   DD DSN=L1,DISP=SHR
//      DD DSN=L2,DISP=SHR
//OUT   DD SYSOUT=*
//WORK  DD DSN=&&W,DISP=(NEW,PASS),DCB=(RECFM=FB,LRECL=80)
//S2    EXEC PGM=P2,PARM='A',COND=(0,NE)
//SYSIN DD DUMMY
//RPT   DD DSN=PROD.RPT,DISP=OLD
//      PEND
//RUN   EXEC P,PARM='X',COND=(8,LT),REGION.S2=8M
//S1.IN DD DSN=TEST.IN,UNIT=
//S1.LIB DD
//      DD DSN=MY.L2,DISP=SHR
//      DD DSN=MY.L3,DISP=SHR
//S1.NEWDD DD DSN=ADDED,DISP=SHR
//OUT   DD DSN=MY.OUT,DISP=(NEW,CATLG)
//WORK  DD DCB=(LRECL=100)
//S2.SYSIN DD *
 CONTROL CARD
/*
//S2.RPT DD DUMMY
";

#[test]
fn dd_and_exec_overrides() {
    let d = parse_jcl(OVERRIDE_JOB);
    assert_clean(&d);
    let (steps, problems) = expand_job(&d.jobs[0], &no_lib);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(steps.len(), 2);
    let s1 = &steps[0];
    let names: Vec<&str> = s1.dds.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["IN", "LIB", "", "", "OUT", "WORK", "NEWDD"]);
    let input = xdd(s1, "IN");
    assert_eq!(input.dsn.as_deref(), Some("TEST.IN"));
    assert_eq!(input.param("DISP"), Some("SHR"));
    assert_eq!(input.param("UNIT"), None, "UNIT= nullifies");
    assert_eq!(input.line, 4, "a merged DD keeps the procedure's line");
    assert_eq!(s1.dds[1].dsn.as_deref(), Some("L1"));
    assert_eq!(s1.dds[2].dsn.as_deref(), Some("MY.L2"));
    assert_eq!(s1.dds[3].dsn.as_deref(), Some("MY.L3"));
    let out = xdd(s1, "OUT");
    assert_eq!(out.kind, DdKind::Dataset);
    assert_eq!(out.dsn.as_deref(), Some("MY.OUT"));
    assert_eq!(xdd(s1, "WORK").param("DCB"), Some("(RECFM=FB,LRECL=100)"));
    let added = xdd(s1, "NEWDD");
    assert_eq!(added.dsn.as_deref(), Some("ADDED"));
    assert_eq!(added.step_override.as_deref(), Some("S1"));
    assert_eq!(added.line, 18);
    assert!(s1.params.contains(&p("PARM", "'X'")));
    assert!(s1.params.contains(&p("COND", "(8,LT)")));
    assert!(!s1.params.iter().any(|(k, _)| k == "REGION"));

    let s2 = &steps[1];
    assert_eq!(s2.program.as_deref(), Some("P2"));
    assert!(
        !s2.params.iter().any(|(k, _)| k == "PARM"),
        "PARM= applies to the first step only"
    );
    assert!(s2.params.contains(&p("COND", "(8,LT)")));
    assert!(s2.params.contains(&p("REGION", "8M")));
    assert_eq!(
        xdd(s2, "SYSIN").kind,
        DdKind::InStream {
            first_line: 22,
            lines: 1
        }
    );
    let rpt = xdd(s2, "RPT");
    assert_eq!(rpt.kind, DdKind::Dummy);
    assert_eq!(rpt.dsn.as_deref(), Some("PROD.RPT"));
}

#[test]
fn override_problems() {
    let text = "\
//J14  JOB 1
//P     PROC
//S1    EXEC PGM=P1
//IN    DD DSN=A,DISP=SHR
//      PEND
//RUN   EXEC P,PARM.NOSTEP='X'
//NOSTEP.IN DD DSN=B,DISP=SHR
//PGMSTEP EXEC PGM=Z
//S1.IN DD DSN=C,DISP=SHR
";
    let d = parse_jcl(text);
    assert_clean(&d);
    let (steps, problems) = expand_job(&d.jobs[0], &no_lib);
    assert_eq!(steps.len(), 2);
    assert_eq!(xdd(&steps[0], "IN").dsn.as_deref(), Some("A"));
    assert_problem(&problems, 6, "PARM.NOSTEP");
    assert_problem(&problems, 7, "has no such step");
    assert_problem(&problems, 9, "runs a program");
}

#[test]
fn referbacks_resolved() {
    let text = "\
//J15 JOB 1
//S1  EXEC PGM=A
//OUT DD DSN=PROD.X,DISP=(NEW,PASS)
//S2  EXEC PGM=B
//IN  DD DSN=*.S1.OUT,DISP=(OLD,DELETE)
//IN2 DD DSN=*.IN,DISP=SHR
//IN3 DD DSN=*.NOPE.DD,DISP=SHR
//S3  EXEC PGM=*.S1.OUT
";
    let d = parse_jcl(text);
    assert_clean(&d);
    let (steps, problems) = expand_job(&d.jobs[0], &no_lib);
    assert_eq!(xdd(&steps[1], "IN").dsn.as_deref(), Some("PROD.X"));
    assert_eq!(xdd(&steps[1], "IN2").dsn.as_deref(), Some("PROD.X"));
    assert_eq!(xdd(&steps[1], "IN3").dsn.as_deref(), Some("*.NOPE.DD"));
    assert_problem(&problems, 4, "*.NOPE.DD");
    assert_eq!(steps[2].program, None);
    assert_eq!(problems.len(), 1);
}

#[test]
fn recursion_depth_and_missing_procs() {
    let text = "\
//J16 JOB 1
//A   PROC
//SA  EXEC B
//    PEND
//B   PROC
//SB  EXEC PROC=A
//    PEND
//S1  EXEC A
//S2  EXEC NOSUCH,X=1
//S3  EXEC PGM=AFTER
";
    let d = parse_jcl(text);
    assert_clean(&d);
    let (steps, problems) = expand_job(&d.jobs[0], &no_lib);
    assert_problem(&problems, 8, "PROC A calls itself (A -> B -> A)");
    assert_problem(&problems, 9, "PROC NOSUCH not found");
    assert_eq!(steps.len(), 2);
    assert_eq!(steps[0].proc.as_deref(), Some("NOSUCH"));
    assert_eq!(steps[0].program, None);
    assert_eq!(steps[1].program.as_deref(), Some("AFTER"));

    // A chain of cataloged procedures P1 -> P2 -> ... : 15 levels work.
    let chain = |levels: usize| {
        move |name: &str| -> Option<JclProc> {
            let n: usize = name.strip_prefix('P')?.parse().ok()?;
            let body = if n < levels {
                format!("//P{n} PROC\n//L{n} EXEC P{}\n", n + 1)
            } else {
                format!("//P{n} PROC\n//L{n} EXEC PGM=LEAF\n")
            };
            parse_jcl(&body).procs.into_iter().next()
        }
    };
    let job = parse_jcl("//J JOB 1\n//GO EXEC P1\n");
    let lib15 = chain(15);
    let (steps, problems) = expand_job(&job.jobs[0], &lib15);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(steps.len(), 1);
    assert_eq!(steps[0].program.as_deref(), Some("LEAF"));
    assert_eq!(steps[0].proc.as_deref(), Some("P15"));
    let lib16 = chain(16);
    let (steps, problems) = expand_job(&job.jobs[0], &lib16);
    assert!(steps.is_empty());
    assert_problem(&problems, 2, "more than 15 levels");
}

#[test]
fn library_is_asked_once_per_name() {
    let calls = std::cell::Cell::new(0);
    let lib = parse_jcl(PAYPROC);
    // A library with one member, PAYPROC.
    let library = |name: &str| {
        calls.set(calls.get() + 1);
        if name == "PAYPROC" {
            lib.proc_for_member(name)
        } else {
            None
        }
    };
    let job = parse_jcl(
        "//J JOB 1\n//A EXEC PAYPROC\n//B EXEC PAYPROC\n//C EXEC MISSING\n//D EXEC MISSING\n",
    );
    let (steps, problems) = expand_job(&job.jobs[0], &library);
    assert_eq!(calls.get(), 2);
    assert_eq!(steps.len(), 6);
    assert_eq!(problems.len(), 2);
}

#[test]
fn exponential_procs_are_bounded() {
    // Each level calls the next twice: 2^14 leaves, within the bounds; a
    // wider fan-out hits the step budget instead of running forever.
    let lib = |name: &str| -> Option<JclProc> {
        let n: usize = name.strip_prefix('F')?.parse().ok()?;
        let body = if n < 15 {
            format!(
                "//F{n} PROC\n//A EXEC F{m}\n//B EXEC F{m}\n//C EXEC F{m}\n",
                m = n + 1
            )
        } else {
            // Wide leaves: the step/DD budget stops the expansion too.
            let mut body = "//F15 PROC\n//L EXEC PGM=LEAF\n".to_string();
            for i in 0..300 {
                body.push_str(&format!("//D{i} DD DSN=X.Y{i},DISP=SHR\n"));
            }
            body
        };
        parse_jcl(&body).procs.into_iter().next()
    };
    let job = parse_jcl("//J JOB 1\n//GO EXEC F1\n");
    let started = std::time::Instant::now();
    let (steps, problems) = expand_job(&job.jobs[0], &lib);
    // A hang guard only (the budgets below are the real bound): a debug build on a loaded
    // 2-core machine takes ~16 s.
    assert!(started.elapsed().as_secs() < 180, "{:?}", started.elapsed());
    assert!(steps.len() <= 20_000);
    assert!(steps.iter().map(|s| s.dds.len() + 1).sum::<usize>() <= 1_000_000);
    assert!(
        problems
            .iter()
            .any(|p| p.message.contains("expansion stopped"))
    );
}

#[test]
fn if_then_else_endif() {
    let text = "\
//J17 JOB 1
//STEP1 EXEC PGM=FIRST
//CHK   IF (STEP1.RC = 0 |
//         STEP1.RC = 4) THEN
//OK    EXEC PGM=GOOD
//      ELSE
//BAD   EXEC PGM=ALERT
//      ENDIF
//      ENDIF
//ABN   IF ABEND THEN
//CLEAN EXEC PGM=CLEANUP
";
    let d = parse_jcl(text);
    let names: Vec<&str> = d.jobs[0].steps.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["STEP1", "OK", "BAD", "CLEAN"]);
    assert_problem(&d.problems, 9, "ENDIF without a matching IF");
    assert_problem(&d.problems, 1, "not closed by ENDIF");
    assert_eq!(d.problems.len(), 2, "{:#?}", d.problems);

    let d = parse_jcl("//J JOB 1\n// IF RC > 4\n//S EXEC PGM=X\n// ENDIF\n");
    assert_problem(&d.problems, 2, "no THEN");
}

#[test]
fn output_cntl_xmit_and_other_statements() {
    let text = "\
//J18  JOB 1
//OUT1 OUTPUT CLASS=A,DEST=RMT1,COPIES=2
//S1   EXEC PGM=PRINTER
//C1   CNTL * PRINTER SETUP
//PRT1 PRINTDEV BUFNO=20,PIMSG=YES
//     ENDCNTL
//SYSPRINT DD SYSOUT=A,CNTL=*.C1,OUTPUT=*.OUT1
//X1   XMIT DEST=NODE2,DLM=ZZ
//J2   JOB 1
//SX   EXEC PGM=REMOTE
ZZ
//S2   EXEC PGM=LOCAL
//     EXPORT SYMLIST=*
";
    let d = parse_jcl(text);
    assert_clean(&d);
    assert_eq!(d.jobs.len(), 1);
    let steps = &d.jobs[0].steps;
    let names: Vec<&str> = steps.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["S1", "S2"]);
    assert_eq!(dd(&steps[0], "SYSPRINT").kind, DdKind::Sysout("A".into()));
}

#[test]
fn null_statement_ends_job_and_several_jobs() {
    let text = "\
//JOBA JOB 1
//S1 EXEC PGM=A
//
//S2 EXEC PGM=ORPHAN
//JOBB JOB 2
//S1 EXEC PGM=B
//JOBC JOB 3
//S1 EXEC PGM=C
";
    let d = parse_jcl(text);
    let names: Vec<&str> = d.jobs.iter().map(|j| j.name.as_str()).collect();
    assert_eq!(names, ["JOBA", "", "JOBB", "JOBC"]);
    assert_problem(&d.problems, 4, "after the end of job JOBA");
    assert_eq!(d.problems.len(), 1);
    assert_eq!(d.jobs[0].span.1, text.find("//\n").unwrap() + 2);
    assert_eq!(d.jobs[3].steps[0].exec, ExecTarget::Program("C".into()));
}

#[test]
fn malformed_statements_become_problems() {
    let text = "\
//BAD1 JOB 1
//S1 EXCE PGM=X
//S2 EXEC PGM=Y
//        DISP=SHR
//D1 DD DSN=A.B,DISP=(NEW,CATLG
//D2 DD DSN=A.C,
//D3 DD DSN='UNCLOSED
//D4 DD DSN=A.D,DISP=NEW,CATLG
//STEP_1 EXEC PGM=Z
//TOOLONGNAME EXEC PGM=Z
//S3 EXEC PGM=W,
//                    REGION=4M
//NONAME
//D5 DD DSN=A.E,DISP=WHAT
         PEND
";
    let d = parse_jcl(text);
    let pr = &d.problems;
    assert_problem(pr, 2, "unknown JCL operation 'EXCE'");
    assert_problem(pr, 4, "looks like a continuation");
    assert_problem(pr, 5, "parenthesis is not closed");
    assert_problem(pr, 6, "next line is not a continuation");
    assert_problem(pr, 7, "quoted string is not closed");
    assert_problem(pr, 8, "unexpected positional parameter 'CATLG'");
    assert_problem(pr, 9, "'STEP_1' is not a valid name");
    assert_problem(pr, 10, "'TOOLONGNAME' is not a valid name");
    assert_problem(pr, 12, "starts in column 23");
    assert_problem(pr, 13, "has no operation");
    assert_problem(pr, 14, "DISP status 'WHAT'");
    // A line without `//` inside a step is data of an implicit SYSIN, as in z/OS.
    assert!(!has_problem(pr, 15, ""));
    // Parsing went on after every problem.
    let steps = &d.jobs[0].steps;
    let names: Vec<&str> = steps.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["S2", "STEP_1", "TOOLONGNAME", "S3"]);
    assert_eq!(dd(&steps[0], "D2").dsn.as_deref(), Some("A.C"));
    assert_eq!(dd(&steps[0], "D4").disp.as_ref().unwrap().status, "NEW");
    assert_eq!(steps[3].param("REGION"), Some("4M"));
    assert_eq!(dd(&steps[3], "D5").dsn.as_deref(), Some("A.E"));
    assert_eq!(
        dd(&steps[3], "SYSIN").kind,
        DdKind::InStream {
            first_line: 15,
            lines: 1
        }
    );
    let lines: Vec<u32> = pr.iter().map(|p| p.line).collect();
    let mut sorted = lines.clone();
    sorted.sort();
    assert_eq!(lines, sorted, "problems are sorted by line");
}

#[test]
fn structure_problems() {
    let text = "\
// PEND
//NONAME JOB
//STRAY DD DSN=X,DISP=SHR
//JOBLIB DD DSN=PROD.LOAD,DISP=SHR
//INPROC PROC
//DDFIRST DD DUMMY
//S1 EXEC PGM=X
//NEXTJOB JOB 1
//  DD DSN=ORPHAN.CONCAT,DISP=SHR
";
    let d = parse_jcl(text);
    let pr = &d.problems;
    assert_problem(pr, 1, "PEND without a PROC");
    assert_problem(pr, 3, "before the first EXEC statement");
    assert_problem(pr, 6, "before the first EXEC of PROC INPROC");
    assert_problem(pr, 5, "in-stream PROC INPROC is not ended by PEND");
    assert_problem(pr, 9, "continues a concatenation");
    assert!(
        !has_problem(pr, 4, ""),
        "JOBLIB belongs before the first EXEC"
    );
    assert_eq!(d.jobs[0].dds.len(), 2);
    assert_eq!(d.jobs[0].in_stream_procs[0].steps.len(), 1);
    let d = parse_jcl("// JOB 1\n");
    assert_problem(&d.problems, 1, "no job name");
}

#[test]
fn lowercase_tabs_and_empty_input() {
    assert_eq!(parse_jcl(""), JclDocument::default());
    let d = parse_jcl("\n\n   \n");
    assert_clean(&d);
    assert!(d.jobs.is_empty());
    let d = parse_jcl("//j1 job 1\n//s1\texec\tpgm=iefbr14\n//dd1 dd dsn=a.b,disp=shr\n");
    assert_clean(&d);
    let s = &d.jobs[0].steps[0];
    assert_eq!(s.exec, ExecTarget::Program("iefbr14".into()));
    assert_eq!(s.dds[0].disp.as_ref().unwrap().status, "SHR");
}

#[test]
fn types_serialize() {
    fn is_serialize<T: serde::Serialize>(_: &T) {}
    let d = parse_jcl(PAYROLL_JOB);
    is_serialize(&d);
    let (steps, problems) = expand_job(&d.jobs[0], &no_lib);
    is_serialize(&steps);
    is_serialize(&problems);
}

use crate::test_rng::Rng;

const FRAGMENTS: &[&str] = &[
    "//",
    "//*",
    "/*",
    "// ",
    "//STEP1 ",
    "//S2 ",
    "//P ",
    "//JOB1 ",
    "//IN ",
    "//S1.IN ",
    "JOB ",
    "EXEC ",
    "DD ",
    "PROC ",
    "PEND",
    "SET ",
    "INCLUDE ",
    "JCLLIB ",
    "IF ",
    "THEN",
    "ELSE",
    "ENDIF",
    "OUTPUT ",
    "CNTL",
    "ENDCNTL",
    "XMIT ",
    "PGM=",
    "PROC=",
    "P",
    "S1",
    "IN",
    "DSN=",
    "DSNAME=",
    "DISP=",
    "(",
    ")",
    ",",
    "'",
    "''",
    "=",
    "&",
    "&&",
    ".",
    "..",
    "&HLQ",
    "&HLQ..",
    "&P",
    "*",
    "DATA",
    "DLM=$$",
    "$$",
    "DUMMY",
    "SYSOUT=*",
    "(NEW,CATLG,DELETE)",
    "SHR",
    "(+1)",
    "(0)",
    "*.S1.IN",
    "PARM='A B'",
    "PARM.S1=X",
    "COND=(4,LT)",
    "HLQ=PROD",
    "RUNDATE=",
    "ORDER=(A,B)",
    "MEMBER=X",
    " ",
    "  ",
    "\n",
    "\n",
    "\n",
    "\r\n",
    "\t",
    "é",
    "¢",
    "𝄞",
    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "00010000",
    "X",
    "(((",
    ")))",
    "'''",
    ",,,",
    "VOL=SER=T1",
    "SPACE=(CYL,(5,1),RLSE)",
];

fn check_doc(text: &str, d: &JclDocument) {
    let lines = u32::try_from(text.lines().count() + 1).unwrap();
    let ok_span = |s: (usize, usize)| s.0 <= s.1 && text.get(s.0..s.1).is_some();
    for pr in &d.problems {
        assert!(pr.line >= 1 && pr.line <= lines, "bad problem line {pr:?}");
        assert!(!pr.message.is_empty());
    }
    let check_steps = |steps: &[JclStep]| {
        for s in steps {
            assert!(ok_span(s.span), "bad step span {:?}", s.span);
            for dd in &s.dds {
                assert!(ok_span(dd.span), "bad dd span {:?}", dd.span);
                assert!(dd.line >= 1 && dd.line <= lines);
            }
        }
    };
    for j in &d.jobs {
        assert!(ok_span(j.span));
        check_steps(&j.steps);
        for p in &j.in_stream_procs {
            assert!(ok_span(p.span));
            check_steps(&p.steps);
        }
    }
    for p in &d.procs {
        assert!(ok_span(p.span));
        check_steps(&p.steps);
    }
}

#[test]
fn random_inputs_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..4000 {
        let n = 1 + rng.below(80);
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]);
            if rng.below(6) == 0 {
                text.push('\n');
                text.push_str("//");
            }
        }
        let d = parse_jcl(&text);
        check_doc(&text, &d);
        let procs = d.procs.clone();
        let library = move |name: &str| {
            procs
                .iter()
                .find(|p| p.name.eq_ignore_ascii_case(name) || p.name.is_empty())
                .cloned()
        };
        for job in &d.jobs {
            let (steps, problems) = expand_job(job, &library);
            assert!(steps.len() <= 20_000, "round {round}");
            for p in problems {
                assert!(!p.message.is_empty());
            }
        }
    }
}

#[test]
fn random_jcl_like_lines_never_panic() {
    // Whole lines in JCL shape, so deeper states (procedures, overrides,
    // in-stream data) are reached more often than with raw fragments.
    const LINES: &[&str] = &[
        "//J JOB 1",
        "//P PROC A=1,B=",
        "// PEND",
        "//S1 EXEC P,A=&B",
        "//S2 EXEC PGM=X,PARM='&A'",
        "//S3 EXEC PROC=P",
        "//Q PROC",
        "//T1 EXEC Q",
        "//T2 EXEC P",
        "//IN DD DSN=&A..X,DISP=SHR",
        "//S1.IN DD DSN=Y,DISP=OLD",
        "//S2.OUT DD SYSOUT=*",
        "// DD DSN=CONCAT,DISP=SHR",
        "//OUT DD DSN=*.S1.IN,DISP=(NEW,CATLG)",
        "//SYSIN DD *",
        "//SYSIN DD DATA,DLM=$$",
        "$$",
        "/*",
        "DATA LINE",
        "//",
        "// SET A=2",
        "// IF RC=0 THEN",
        "// ENDIF",
        "//S4 EXEC PGM=Y,",
        "//         REGION=4M",
        "//S5 EXEC PGM=Z,PARM='OPEN",
        "//*COMMENT",
    ];
    let mut rng = Rng(42);
    for _ in 0..3000 {
        let n = 1 + rng.below(30);
        let text: Vec<&str> = (0..n).map(|_| LINES[rng.below(LINES.len())]).collect();
        let text = text.join("\n");
        let d = parse_jcl(&text);
        check_doc(&text, &d);
        let in_doc: Vec<JclProc> = d
            .jobs
            .iter()
            .flat_map(|j| j.in_stream_procs.iter().cloned())
            .chain(d.procs.iter().cloned())
            .collect();
        let library = |name: &str| in_doc.iter().find(|p| p.name == name).cloned();
        for job in &d.jobs {
            let _ = expand_job(job, &library);
        }
    }
}

#[test]
fn large_and_pathological_inputs_are_linear() {
    let mut big = String::from("//BIG JOB 1\n");
    for i in 0..20_000 {
        big.push_str(&format!(
            "//S{i} EXEC PGM=P{i},PARM='X'\n//IN DD DSN=A.B{i},DISP=SHR\n//SYSIN DD *\n DATA\n/*\n"
        ));
    }
    let d = parse_jcl(&big);
    assert_eq!(d.jobs[0].steps.len(), 20_000);
    assert_clean(&d);

    // One statement continued over many lines.
    let mut long = String::from("//J JOB 1\n//S EXEC PGM=X,\n");
    for i in 0..50_000 {
        long.push_str(&format!("//          K{i}=V,\n"));
    }
    long.push_str("//          LAST=1\n");
    let d = parse_jcl(&long);
    assert_eq!(d.jobs[0].steps[0].params.len(), 50_002);

    // A quote that never closes, continued over many lines.
    let mut quote = String::from("//J JOB 1\n//S EXEC PGM=X,PARM='");
    quote.push_str(&"Q".repeat(71 - 28));
    quote.push('\n');
    for _ in 0..20_000 {
        quote.push_str(&format!("//             {}\n", "Q".repeat(56)));
    }
    let d = parse_jcl(&quote);
    assert!(!d.problems.is_empty());

    // Deep parentheses and many commas.
    let deep = format!(
        "//J JOB 1\n//S EXEC PGM=X,P={}{}\n",
        "(".repeat(100_000),
        ",".repeat(1000)
    );
    let d = parse_jcl(&deep);
    check_doc(&deep, &d);
}

#[test]
fn set_values_use_earlier_sets() {
    let text = "\
//J19  JOB 1
//     SET ENV=PROD
//     SET HLQ=&ENV..BILL,MEM=JAN
//S1   EXEC PGM=BILL01,PARM='&ENV,&MEM'
//IN   DD DSN=&HLQ..MASTER(&MEM),DISP=SHR
//OUT  DD DSN=&HLQ..OUT.&MEM.X,DISP=(MOD,KEEP)
";
    let d = parse_jcl(text);
    assert_clean(&d);
    let (steps, problems) = expand_job(&d.jobs[0], &no_lib);
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(steps[0].params.contains(&p("PARM", "'PROD,JAN'")));
    assert_eq!(
        xdd(&steps[0], "IN").dsn.as_deref(),
        Some("PROD.BILL.MASTER(JAN)")
    );
    assert_eq!(
        xdd(&steps[0], "OUT").dsn.as_deref(),
        Some("PROD.BILL.OUT.JANX")
    );
}

#[test]
fn proc_for_member_by_position() {
    let d = parse_jcl("//OTHERNAM PROC A=1\n//S EXEC PGM=X\n");
    let pr = d.proc_for_member("REALNAME").unwrap();
    assert_eq!(pr.name, "REALNAME");
    assert_eq!(pr.defaults, vec![p("A", "1")]);
    let d = parse_jcl("// PROC\n//S EXEC PGM=X\n");
    assert_clean(&d);
    assert_eq!(d.procs[0].name, "");
    assert_eq!(d.proc_for_member("M1").unwrap().name, "M1");
    let two = parse_jcl("//A PROC\n//S EXEC PGM=X\n// PEND\n//B PROC\n//S EXEC PGM=Y\n// PEND\n");
    assert_clean(&two);
    assert_eq!(two.procs.len(), 2);
    assert_eq!(
        two.proc_for_member("B").unwrap().steps[0].exec,
        ExecTarget::Program("Y".into())
    );
    assert!(two.proc_for_member("C").is_none());
}

#[test]
fn text_past_column_71_is_reported() {
    let long = "//IN DD DSN=PROD.VERY.LONG.DATASET.NAME.THAT.GOES.ON.ON,DISP=SHR,UNIT=SYSDA";
    assert_eq!(&long[70..72], "SY", "column 71 is the S of SYSDA");
    let text = format!("//J JOB 1\n//S EXEC PGM=X\n{long}\n");
    let d = parse_jcl(&text);
    assert_problem(&d.problems, 3, "run past column 71");
    assert_eq!(d.problems.len(), 1);
    // Only columns 1-71 count, as on z/OS.
    assert_eq!(d.jobs[0].steps[0].dds[0].param("UNIT"), Some("S"));
    assert_eq!(d.jobs[0].steps[0].dds[0].param("DISP"), Some("SHR"));

    let wide = format!("//J JOB 1\n//S EXEC PGM=X   {}\n", "C".repeat(100));
    let d = parse_jcl(&wide);
    assert_problem(&d.problems, 2, "longer than 80 columns");
}

#[test]
fn implicit_sysin_next_to_a_real_one() {
    let text = "//J JOB 1\n//S EXEC PGM=X\n//SYSIN DD DUMMY\n DATA WITHOUT DD\n";
    let d = parse_jcl(text);
    assert_problem(&d.problems, 4, "already has a SYSIN DD");
}

#[test]
fn no_unused_symbol_verdict_when_a_nested_proc_is_missing() {
    let text = "\
//J20  JOB 1
//OUTER PROC
//S1   EXEC INNER
//     PEND
//RUN  EXEC OUTER,FORINNER=1
";
    let d = parse_jcl(text);
    let (_, problems) = expand_job(&d.jobs[0], &no_lib);
    assert_problem(&problems, 5, "PROC INNER not found");
    assert!(
        !problems.iter().any(|p| p.message.contains("FORINNER")),
        "{problems:#?}"
    );
}

#[test]
fn large_expansions_stay_fast() {
    // 20,000 symbol overrides, 20,000 override DDs and a chain of 20,000
    // backward references: all hash lookups, no quadratic scans.
    let n = 20_000;
    let mut text =
        String::from("//J JOB 1\n//P PROC\n//S1 EXEC PGM=X\n//D0 DD DSN=FIRST,DISP=SHR\n");
    for i in 1..n {
        text.push_str(&format!("//D{i} DD DSN=*.D{},DISP=SHR\n", i - 1));
    }
    text.push_str("// PEND\n//RUN EXEC P");
    for i in 0..n {
        text.push_str(&format!(",\n//  V{i}=1"));
    }
    text.push('\n');
    for i in 0..n {
        text.push_str(&format!("//S1.A{i} DD DSN=ADD{i},DISP=SHR\n"));
    }
    let d = parse_jcl(&text);
    assert_clean(&d);
    let started = std::time::Instant::now();
    let (steps, problems) = expand_job(&d.jobs[0], &no_lib);
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    assert_eq!(steps[0].dds.len(), 2 * n);
    assert_eq!(steps[0].dds[n - 1].dsn.as_deref(), Some("FIRST"));
    // Every V symbol is unused: one problem each.
    assert_eq!(problems.len(), n);
}
