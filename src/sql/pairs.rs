//! Which host variable meets which column in an embedded SQL statement, by position:
//! `INSERT INTO t (c1, c2) VALUES (:a, :b)`, `UPDATE t SET c = :a`, `SELECT c1, c2 INTO :a, :b`,
//! and the select list of a cursor for `FETCH c INTO :a, :b`. The data-flow graph uses these
//! to connect host variables to DB columns; anything it cannot pair stays table-level.

use super::lexer::{TokKind, Toks};

/// Host variable ↔ column pairs of one statement (names upper-cased, columns unqualified).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ColumnPairs {
    /// Values going into the database: (host variable, column).
    pub inputs: Vec<(String, String)>,
    /// Values coming out of the database: (column, host variable).
    pub outputs: Vec<(String, String)>,
    /// For `DECLARE c CURSOR FOR SELECT …`: the columns of each select-list item.
    pub select_list: Vec<Vec<String>>,
    /// For `FETCH c INTO …`: the host variables, in order.
    pub fetch_into: Vec<String>,
}

/// Pairs host variables and columns in `sql` (the text of one `EXEC SQL` block).
pub fn column_pairs(sql: &str) -> ColumnPairs {
    let t = Toks::sql(sql);
    let mut out = ColumnPairs::default();
    let first = (0..t.n()).find(|&i| t.kind(i) == Some(TokKind::Word));
    let Some(first) = first else {
        return out;
    };
    match t.word_upper(first).as_deref() {
        Some("INSERT") => insert(&t, first, &mut out),
        Some("UPDATE") => update(&t, first, &mut out),
        Some("SELECT") => {
            let (items, after) = select_items(&t, first + 1);
            if t.word_is(after, "INTO") {
                let end = find_word(&t, after + 1, t.n(), "FROM").unwrap_or(t.n());
                let hvs = host_vars_by_item(&t, after + 1, end);
                for (columns, hv) in items.iter().zip(hvs) {
                    if let Some(hv) = hv {
                        for c in columns {
                            out.outputs.push((c.clone(), hv.clone()));
                        }
                    }
                }
            }
        }
        Some("DECLARE") => {
            if let Some(select) = find_word(&t, first, t.n(), "SELECT") {
                out.select_list = select_items(&t, select + 1).0;
            }
        }
        Some("FETCH") => {
            if let Some(into) = find_word(&t, first, t.n(), "INTO") {
                out.fetch_into = host_vars_by_item(&t, into + 1, t.n())
                    .into_iter()
                    .flatten()
                    .collect();
            }
        }
        _ => {}
    }
    out
}

/// Index of the first word `kw` at parenthesis depth 0 in `from..to`.
fn find_word(t: &Toks, from: usize, to: usize, kw: &str) -> Option<usize> {
    let mut i = from;
    while i < to {
        if t.is_punct(i, b'(') {
            i = t.close_of(i) + 1;
            continue;
        }
        if t.word_is(i, kw) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Splits `from..to` at top-level commas.
fn split_commas(t: &Toks, from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut start = from;
    let mut i = from;
    while i < to {
        if t.is_punct(i, b'(') {
            i = t.close_of(i) + 1;
            continue;
        }
        if t.is_punct(i, b',') {
            parts.push((start, i));
            start = i + 1;
        }
        i += 1;
    }
    if start < to {
        parts.push((start, to));
    }
    parts
}

/// Host variables in `from..to` (indicators skipped).
fn host_vars(t: &Toks, from: usize, to: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to.min(t.n()) {
        if t.kind(i) == Some(TokKind::HostVar) {
            let name = t.host_name(i);
            out.push(name.rsplit('.').next().unwrap_or(&name).to_string());
            // `:HV:IND`, `:HV INDICATOR :IND`.
            if t.kind(i + 1) == Some(TokKind::HostVar) {
                i += 1;
            } else if t.word_is(i + 1, "INDICATOR") {
                i += 2;
            }
        }
        i += 1;
    }
    out
}

/// The first host variable of each comma-separated item.
fn host_vars_by_item(t: &Toks, from: usize, to: usize) -> Vec<Option<String>> {
    split_commas(t, from, to)
        .into_iter()
        .map(|(a, b)| host_vars(t, a, b).into_iter().next())
        .collect()
}

/// Column names in an expression: names not followed by `(` (functions), last name part.
fn columns_in(t: &Toks, from: usize, to: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut i = from;
    while i < to.min(t.n()) {
        if t.is_name(i) {
            if let Some((parts, after, _)) = t.qualified(i) {
                if !t.is_punct(after, b'(')
                    && let Some(last) = parts.last()
                    && !out.contains(last)
                {
                    out.push(last.clone());
                }
                i = after;
                continue;
            }
        } else if t.word_is(i, "AS") {
            // `expr AS alias`: the alias is not a column.
            i += 2;
            continue;
        }
        i += 1;
    }
    out
}

/// Select-list items from `from` (just after SELECT) up to INTO or FROM.
fn select_items(t: &Toks, mut from: usize) -> (Vec<Vec<String>>, usize) {
    if t.word_is(from, "DISTINCT") || t.word_is(from, "ALL") {
        from += 1;
    }
    let into = find_word(t, from, t.n(), "INTO");
    let from_kw = find_word(t, from, t.n(), "FROM");
    let end = match (into, from_kw) {
        (Some(a), Some(b)) => a.min(b),
        (Some(a), None) => a,
        (None, Some(b)) => b,
        (None, None) => t.n(),
    };
    let items = split_commas(t, from, end)
        .into_iter()
        .map(|(a, b)| columns_in(t, a, b))
        .collect();
    (items, end)
}

fn insert(t: &Toks, first: usize, out: &mut ColumnPairs) {
    let Some(into) = find_word(t, first, t.n(), "INTO") else {
        return;
    };
    let Some((_, after_table, _)) = t.qualified(into + 1) else {
        return;
    };
    if !t.is_punct(after_table, b'(') {
        return;
    }
    let close = t.close_of(after_table);
    let columns: Vec<Option<String>> = split_commas(t, after_table + 1, close)
        .into_iter()
        .map(|(a, b)| columns_in(t, a, b).into_iter().next())
        .collect();
    let Some(values) = find_word(t, close, t.n(), "VALUES") else {
        return;
    };
    if !t.is_punct(values + 1, b'(') {
        return;
    }
    let vclose = t.close_of(values + 1);
    for (column, (a, b)) in columns.iter().zip(split_commas(t, values + 2, vclose)) {
        if let Some(column) = column {
            for hv in host_vars(t, a, b) {
                out.inputs.push((hv, column.clone()));
            }
        }
    }
}

fn update(t: &Toks, first: usize, out: &mut ColumnPairs) {
    let Some(set) = find_word(t, first, t.n(), "SET") else {
        return;
    };
    let end = find_word(t, set, t.n(), "WHERE").unwrap_or(t.n());
    for (a, b) in split_commas(t, set + 1, end) {
        let Some(eq) = (a..b).find(|&i| t.is_punct(i, b'=')) else {
            continue;
        };
        let Some(column) = columns_in(t, a, eq).into_iter().next() else {
            continue;
        };
        for hv in host_vars(t, eq + 1, b) {
            out.inputs.push((hv, column.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn insert_pairs_columns_with_values_by_position() {
        let p = column_pairs(
            "INSERT INTO PAYMENT (PAYMENT_ID, CLAIM_ID, AMOUNT, ISSUED)
             VALUES (NEXT VALUE FOR PAYMENT_SEQ, :PAY-CLAIM-ID, :PAY-AMOUNT:IND-AMT,
                     CURRENT DATE)",
        );
        assert_eq!(
            p.inputs,
            pairs(&[("PAY-CLAIM-ID", "CLAIM_ID"), ("PAY-AMOUNT", "AMOUNT")])
        );
    }

    #[test]
    fn update_set_assignments_until_where() {
        let p = column_pairs(
            "UPDATE CLAIM SET LAST_PAID = :CLM-LAST-PAID, WEEKLY_AMOUNT = :CLM-WEEKLY-AMOUNT
              WHERE CLAIM_ID = :CLM-CLAIM-ID",
        );
        assert_eq!(
            p.inputs,
            pairs(&[
                ("CLM-LAST-PAID", "LAST_PAID"),
                ("CLM-WEEKLY-AMOUNT", "WEEKLY_AMOUNT")
            ])
        );
    }

    #[test]
    fn select_into_pairs_items_with_host_variables() {
        let p = column_pairs(
            "SELECT C.WEEKLY_EARNINGS, COALESCE(CAPITAL, 0), COUNT(*)
               INTO :CLT-WEEKLY-EARNINGS, :CLT-CAPITAL :IND-CAP, :WS-COUNT
               FROM CLAIMANT C WHERE C.NINO = :WS-NINO",
        );
        assert_eq!(
            p.outputs,
            pairs(&[
                ("WEEKLY_EARNINGS", "CLT-WEEKLY-EARNINGS"),
                ("CAPITAL", "CLT-CAPITAL")
            ])
        );
    }

    #[test]
    fn cursor_select_list_and_fetch_into() {
        let d = column_pairs(
            "DECLARE CLMCSR CURSOR FOR SELECT A.CLAIM_ID, B.WEEKLY_EARNINGS AS WE
             FROM CLAIM A JOIN CLAIMANT B ON A.NINO = B.NINO",
        );
        assert_eq!(
            d.select_list,
            vec![
                vec!["CLAIM_ID".to_string()],
                vec!["WEEKLY_EARNINGS".to_string()]
            ]
        );
        let f = column_pairs("FETCH CLMCSR INTO :CLM-CLAIM-ID, :CLT-WEEKLY-EARNINGS");
        assert_eq!(f.fetch_into, vec!["CLM-CLAIM-ID", "CLT-WEEKLY-EARNINGS"]);
    }

    #[test]
    fn garbage_gives_nothing() {
        for s in [
            "",
            "INSERT",
            "INSERT INTO (",
            "UPDATE SET = =",
            "SELECT INTO FROM",
            ")))",
        ] {
            let p = column_pairs(s);
            assert!(p.inputs.is_empty() && p.outputs.is_empty(), "{s}");
        }
    }
}
