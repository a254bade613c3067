//! Reads the body of an `EXEC DLI … END-EXEC` block (IMS): the call's verb, the PCB it uses
//! (`USING PCB(n)`) and the segments it touches, each with its I/O area (`INTO(x)` / `FROM(x)`)
//! and the data names its `WHERE(…)` qualification compares against.
//!
//! A tolerant reader, like `cics.rs`: options it does not know are skipped, never an error.

/// One `EXEC DLI` call.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct DliCall {
    /// The call as an abbreviation (`GU`, `GN`, `GNP`, `ISRT`, `REPL`, `DLET` …), upper-cased.
    pub verb: String,
    /// `USING PCB(n)`: the PCB's position in the PSB.
    pub pcb: Option<usize>,
    /// Segments in the order written (the path from the root to the one retrieved or written).
    pub segments: Vec<DliSegment>,
    /// Data names on the right of the comparisons of `WHERE(…)`.
    pub where_names: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DliSegment {
    pub name: String,
    /// `INTO(x)` / `FROM(x)` given for this segment.
    pub data: Option<String>,
}

impl DliCall {
    /// Get calls read segments into their I/O areas; the others write from them.
    pub fn reads_segments(&self) -> bool {
        self.verb.starts_with('G')
    }
}

/// Long verb spellings and their abbreviations.
const VERBS: &[(&str, &str)] = &[
    ("GET UNIQUE", "GU"),
    ("GET NEXT IN PARENT", "GNP"),
    ("GET NEXT", "GN"),
    ("GET HOLD UNIQUE", "GHU"),
    ("GET HOLD NEXT IN PARENT", "GHNP"),
    ("GET HOLD NEXT", "GHN"),
    ("INSERT", "ISRT"),
    ("REPLACE", "REPL"),
    ("DELETE", "DLET"),
];

/// Parses the text between `EXEC DLI` and `END-EXEC`.
pub fn parse(body: &str) -> DliCall {
    let options = options(body);
    let mut call = DliCall::default();
    let words: Vec<String> = options
        .iter()
        .take_while(|(_, arg)| arg.is_none())
        .map(|(w, _)| w.clone())
        .take_while(|w| w != "USING")
        .collect();
    let phrase = words.join(" ");
    call.verb = VERBS
        .iter()
        .find(|(long, _)| phrase.starts_with(long))
        .map_or_else(
            || words.first().cloned().unwrap_or_default(),
            |(_, short)| short.to_string(),
        );
    for (word, arg) in &options {
        let Some(arg) = arg else {
            continue;
        };
        match word.as_str() {
            "PCB" => call.pcb = arg.trim().parse().ok(),
            "SEGMENT" => call.segments.push(DliSegment {
                name: arg.trim().to_ascii_uppercase(),
                data: None,
            }),
            "INTO" | "FROM" => {
                if let Some(last) = call.segments.last_mut() {
                    last.data = Some(arg.trim().to_ascii_uppercase());
                }
            }
            "WHERE" => call.where_names.extend(where_names(arg)),
            _ => {}
        }
    }
    call
}

/// Words of the body, each with the text of the parenthesised argument that follows it.
fn options(body: &str) -> Vec<(String, Option<String>)> {
    let chars: Vec<char> = body.chars().collect();
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_alphanumeric() {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '-') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            out.push((word.to_ascii_uppercase(), None));
        } else if c == '(' {
            let start = i + 1;
            let mut depth = 0;
            while i < chars.len() {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            let arg: String = chars[start..i.min(chars.len())].iter().collect();
            if let Some(last) = out.last_mut()
                && last.1.is_none()
            {
                last.1 = Some(arg);
            }
            i += 1;
        } else {
            i += 1;
        }
    }
    out
}

/// `CUSTNO = WS-KEY AND NAME > WS-NAME`: the data names compared against (`WS-KEY`, `WS-NAME`).
fn where_names(arg: &str) -> Vec<String> {
    let mut out = Vec::new();
    for comparison in arg.split(['&', '|', ',']).flat_map(|c| {
        c.split_whitespace()
            .collect::<Vec<_>>()
            .split(|w| w.eq_ignore_ascii_case("AND") || w.eq_ignore_ascii_case("OR"))
            .map(|ws| ws.join(" "))
            .collect::<Vec<_>>()
    }) {
        let value = comparison
            .rsplit(['=', '<', '>'])
            .next()
            .unwrap_or("")
            .trim();
        let is_name = value.chars().any(|c| c.is_ascii_alphabetic())
            && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if is_name && value.len() < comparison.trim().len() {
            out.push(value.to_ascii_uppercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn get_unique_with_segment_search_and_io_area() {
        let call = parse(
            "GU USING PCB(2)\n SEGMENT(CUSTOMER)\n WHERE(CUSTNO = WS-CUST-KEY)\n INTO(WS-CUST)",
        );
        assert_eq!(call.verb, "GU");
        assert_eq!(call.pcb, Some(2));
        assert_eq!(
            call.segments,
            vec![DliSegment {
                name: "CUSTOMER".into(),
                data: Some("WS-CUST".into())
            }]
        );
        assert_eq!(call.where_names, vec!["WS-CUST-KEY".to_string()]);
        assert!(call.reads_segments());
    }

    #[test]
    fn path_of_segments_and_long_verbs() {
        let call = parse("GET NEXT USING PCB(1) SEGMENT(A) SEGMENT(B) INTO(AREA-B)");
        assert_eq!(call.verb, "GN");
        assert_eq!(call.segments.len(), 2);
        assert_eq!(call.segments[0].data, None);
        assert_eq!(call.segments[1].data.as_deref(), Some("AREA-B"));
        let insert = parse("ISRT USING PCB(3) SEGMENT(ORDER) FROM(WS-ORDER)");
        assert_eq!(insert.verb, "ISRT");
        assert!(!insert.reads_segments());
        let replace = parse("REPLACE USING PCB(3) SEGMENT(ORDER) FROM(WS-ORDER)");
        assert_eq!(replace.verb, "REPL");
    }

    #[test]
    fn where_compares_literals_and_several_fields() {
        let call = parse("GU SEGMENT(S) WHERE(K1 = 'ABC' AND K2 >= WS-LOW) INTO(X)");
        assert_eq!(call.where_names, vec!["WS-LOW".to_string()]);
    }
}
