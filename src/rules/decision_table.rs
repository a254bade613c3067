//! Renders EVALUATE decision tables (`model.decisions`) for documentation: one column per
//! subject (`ALSO`), one row per WHEN alternative, the actions of each row, and WHEN OTHER as
//! the last row. Alternatives of one WHEN group (`WHEN A WHEN B`) share the group's actions.

use crate::model::{DecisionTable, Model};

/// One rendered row: an object per subject, and the actions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    pub objects: Vec<String>,
    pub actions: Vec<String>,
}

/// Subject headers: the subject texts, `TRUE`/`FALSE` subjects read as "condition".
pub fn headers(table: &DecisionTable) -> Vec<String> {
    table
        .subjects
        .iter()
        .map(|s| match s.to_ascii_uppercase().as_str() {
            "TRUE" | "FALSE" => "condition".to_string(),
            _ => s.clone(),
        })
        .collect()
}

/// Rows in source order; WHEN OTHER last, with `(other)` in every subject column.
pub fn rows(table: &DecisionTable) -> Vec<TableRow> {
    let width = table.subjects.len().max(1);
    let mut out = Vec::new();
    for row in &table.rows {
        if row.other {
            out.push(TableRow {
                objects: vec!["(other)".to_string(); width],
                actions: row.actions.clone(),
            });
            continue;
        }
        for alternative in &row.when {
            let mut objects = alternative.clone();
            objects.resize(width, "ANY".to_string());
            out.push(TableRow {
                objects,
                actions: row.actions.clone(),
            });
        }
    }
    out
}

/// A Markdown table with a title naming the owner and `file:line`.
pub fn to_markdown(model: &Model, table: &DecisionTable) -> String {
    let owner = &model.symbol(table.owner).qualified_name;
    let site = format!("{}:{}", model.file(table.span.file).path, table.span.line);
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let mut out = format!("**EVALUATE in {owner}** ({site})\n\n|");
    let heads = headers(table);
    for h in &heads {
        out.push_str(&format!(" {} |", cell(h)));
    }
    out.push_str(" then |\n|");
    out.push_str(&"---|".repeat(heads.len() + 1));
    out.push('\n');
    for row in rows(table) {
        out.push('|');
        for o in &row.objects {
            out.push_str(&format!(" {} |", cell(o)));
        }
        out.push_str(&format!(" {} |\n", cell(&row.actions.join("; "))));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DecisionRow;

    fn table(subjects: &[&str], rows: Vec<DecisionRow>) -> DecisionTable {
        DecisionTable {
            owner: crate::model::SymbolId(0),
            span: crate::model::Span {
                file: crate::model::FileId(0),
                start: 0,
                end: 0,
                line: 1,
                col: 1,
                end_line: 1,
                end_col: 1,
            },
            subjects: subjects.iter().map(|s| s.to_string()).collect(),
            rows,
        }
    }

    fn row(when: &[&[&str]], other: bool, actions: &[&str]) -> DecisionRow {
        DecisionRow {
            when: when
                .iter()
                .map(|a| a.iter().map(|s| s.to_string()).collect())
                .collect(),
            other,
            actions: actions.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn also_subjects_alternatives_thru_any_and_other() {
        let t = table(
            &["EP-BENEFIT-TYPE", "WS-AGE"],
            vec![
                row(
                    &[&["'SP '", "66 THRU 150"]],
                    false,
                    &["SET EP-ELIGIBLE TO TRUE"],
                ),
                row(
                    &[&["'JSA'", "ANY"], &["'IS '", "16 THRU 65"]],
                    false,
                    &["PERFORM 4000-INCOME-RULE"],
                ),
                row(&[], true, &["SET EP-INELIGIBLE TO TRUE"]),
            ],
        );
        let r = rows(&t);
        assert_eq!(r.len(), 4);
        assert_eq!(r[1].objects, ["'JSA'", "ANY"]);
        assert_eq!(r[2].objects, ["'IS '", "16 THRU 65"]);
        assert_eq!(r[1].actions, r[2].actions);
        assert_eq!(r[3].objects, ["(other)", "(other)"]);
        assert_eq!(headers(&t), ["EP-BENEFIT-TYPE", "WS-AGE"]);
    }

    #[test]
    fn evaluate_true_reads_as_conditions_and_short_rows_are_padded() {
        let t = table(
            &["TRUE"],
            vec![row(&[&["WS-AGE > 65"]], false, &["MOVE 'P' TO X"])],
        );
        assert_eq!(headers(&t), ["condition"]);
        let t = table(&["A", "B"], vec![row(&[&["1"]], false, &[])]);
        assert_eq!(rows(&t)[0].objects, ["1", "ANY"]);
    }
}
