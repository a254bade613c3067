//! PICTURE strings: expanded, classified and measured.
//!
//! `X(10)`, `S9(5)V99`, `ZZ,ZZ9.99CR`, `$$,$$9.99-`, `99/99/99BB`, `N(4)`, `G(3)`, `9(3)PP`:
//! repetition counts are expanded, `CR`/`DB` count two positions, `S`, `V` and `P` take no
//! storage in DISPLAY (`P` scales instead). A string that is not a valid picture gives an
//! error message, never a panic.

/// The category a PICTURE describes (IBM Enterprise COBOL's data categories).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Alphabetic,
    Alphanumeric,
    AlphanumericEdited,
    Numeric,
    NumericEdited,
    National,
    NationalEdited,
    Dbcs,
}

/// A PICTURE measured: positions in storage (characters, before USAGE is applied), digits,
/// scale and sign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub category: Category,
    /// Character positions the DISPLAY form occupies (`S`, `V`, `P` excluded; `CR`/`DB` = 2).
    /// For `N` and `G` pictures, characters (two bytes each).
    pub positions: u32,
    /// Digit positions `9` (`P` excluded: it takes no storage).
    pub digits: u32,
    /// Digits including the `P` scaling positions (for ranges and binary sizing).
    pub digits_with_scaling: u32,
    /// Decimal places: digits after `V` (plus `P`s to the right, minus `P`s to the left of the
    /// digits).
    pub scale: i32,
    pub signed: bool,
}

/// The largest item IBM Enterprise COBOL allows (999,999,999 bytes); longer pictures are
/// errors.
const MAX_POSITIONS: u64 = 999_999_999;

/// Reads `X(3)9(2)` as runs of symbols (`CR` and `DB` one symbol each): `[("X", 3), ("9", 2)]`.
fn runs(text: &str) -> Result<Vec<(String, u64)>, String> {
    let upper = text.trim().to_ascii_uppercase();
    let chars: Vec<char> = upper.chars().collect();
    let mut out: Vec<(String, u64)> = Vec::new();
    let mut total: u64 = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '(' {
            let close = chars[i..]
                .iter()
                .position(|&c| c == ')')
                .ok_or_else(|| format!("unclosed repetition in PICTURE {text}"))?;
            let count: String = chars[i + 1..i + close].iter().collect();
            let n: u64 = count
                .trim()
                .parse()
                .map_err(|_| format!("bad repetition ({count}) in PICTURE {text}"))?;
            let last = out
                .last_mut()
                .ok_or_else(|| format!("repetition without a symbol in PICTURE {text}"))?;
            if n == 0 || n > MAX_POSITIONS {
                return Err(format!("repetition ({n}) out of range in PICTURE {text}"));
            }
            // The symbol itself was counted once already.
            last.1 += n - 1;
            total += n - 1;
            i += close + 1;
        } else {
            let symbol = if (c == 'C' && chars.get(i + 1) == Some(&'R'))
                || (c == 'D' && chars.get(i + 1) == Some(&'B'))
            {
                i += 2;
                format!("{c}{}", chars[i - 1])
            } else {
                if !"ABEGNPSVXZ09*+-$/,.1".contains(c) {
                    return Err(format!("invalid character '{c}' in PICTURE {text}"));
                }
                i += 1;
                c.to_string()
            };
            out.push((symbol, 1));
            total += 1;
        }
        if total > MAX_POSITIONS {
            return Err(format!("PICTURE {text} is longer than any item can be"));
        }
    }
    if out.is_empty() {
        return Err("empty PICTURE".to_string());
    }
    Ok(out)
}

/// Parses and measures a PICTURE string (decimal point is period).
pub fn parse(text: &str) -> Result<Picture, String> {
    let runs = runs(text)?;
    let has = |s: &str| runs.iter().any(|(x, _)| x == s);
    let count = |s: &str| -> u64 { runs.iter().filter(|(x, _)| x == s).map(|(_, n)| n).sum() };
    let signed = has("S");
    if signed && (runs[0].0 != "S" || count("S") > 1) {
        return Err(format!("S must come first, once, in PICTURE {text}"));
    }
    let editing = [
        "Z", "*", "+", "-", "CR", "DB", "B", "0", "/", ",", ".", "$", "E",
    ];
    let is_edit = |s: &str| editing.contains(&s);
    let only = |allowed: &[&str]| runs.iter().all(|(s, _)| allowed.contains(&s.as_str()));
    let digits = count("9");
    let p = count("P");
    // Scale: digit positions after V (or after the actual decimal point when edited).
    let point = runs.iter().position(|(s, _)| s == "V" || s == ".");
    let mut scale: i64 = match point {
        Some(at) => runs[at..]
            .iter()
            .filter(|(s, _)| matches!(s.as_str(), "9" | "Z" | "*" | "P"))
            .map(|(_, n)| *n as i64)
            .sum(),
        None => 0,
    };
    if point.is_none() && p > 0 {
        // P to the left of the digits scales down (PP99 = .00nn), to the right scales up.
        let first_digit = runs.iter().position(|(s, _)| s == "9");
        let first_p = runs.iter().position(|(s, _)| s == "P");
        scale = match (first_p, first_digit) {
            (Some(fp), Some(fd)) if fp < fd => (p + digits) as i64,
            _ => -(p as i64),
        };
    }
    let positions: u64 = runs
        .iter()
        .filter(|(s, _)| !matches!(s.as_str(), "S" | "V" | "P"))
        .map(|(s, n)| if s.len() == 2 { 2 * n } else { *n })
        .sum();
    let category = if only(&["N"]) {
        Category::National
    } else if has("G") && only(&["G", "B"]) {
        Category::Dbcs
    } else if has("N") {
        if only(&["N", "B", "0", "/"]) {
            Category::NationalEdited
        } else {
            return Err(format!("N mixed with other symbols in PICTURE {text}"));
        }
    } else if only(&["S", "9", "V", "P"]) {
        if digits == 0 {
            return Err(format!("no digit in PICTURE {text}"));
        }
        Category::Numeric
    } else if only(&["A"]) {
        Category::Alphabetic
    } else if only(&["X", "A", "9"]) {
        Category::Alphanumeric
    } else if has("X") || has("A") {
        Category::AlphanumericEdited
    } else if runs
        .iter()
        .all(|(s, _)| is_edit(s) || matches!(s.as_str(), "9" | "V" | "P"))
    {
        Category::NumericEdited
    } else {
        return Err(format!("unsupported PICTURE {text}"));
    };
    // Numeric-edited digit positions: 9, Z, * and all but one of a floating +, -, $ string.
    let numeric_digits = if category == Category::NumericEdited {
        let mut d = count("9") + count("Z") + count("*");
        for floating in ["+", "-", "$"] {
            let n = count(floating);
            if n > 1 {
                d += n - 1;
            }
        }
        d
    } else {
        digits
    };
    let small = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
    Ok(Picture {
        category,
        positions: small(positions),
        digits: small(numeric_digits),
        digits_with_scaling: small(numeric_digits + p),
        scale: scale.clamp(-1_000_000, 1_000_000) as i32,
        signed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_are_measured() {
        let p = parse("S9(5)V99").unwrap();
        assert_eq!(
            (p.category, p.positions, p.digits, p.scale, p.signed),
            (Category::Numeric, 7, 7, 2, true)
        );
        assert_eq!(parse("X(10)").unwrap().positions, 10);
        assert_eq!(parse("ZZ,ZZ9.99CR").unwrap().positions, 11);
        assert_eq!(
            parse("ZZ,ZZ9.99CR").unwrap().category,
            Category::NumericEdited
        );
        assert_eq!(parse("$$,$$9.99-").unwrap().positions, 10);
        assert_eq!(parse("99/99/99BB").unwrap().positions, 10);
        assert_eq!(parse("9(3)PP").unwrap().positions, 3);
        assert_eq!(parse("9(3)PP").unwrap().scale, -2);
        assert_eq!(parse("PP99").unwrap().scale, 4);
        assert_eq!(parse("N(4)").unwrap().category, Category::National);
        assert_eq!(parse("G(3)").unwrap().category, Category::Dbcs);
        assert_eq!(
            parse("XBXX/X").unwrap().category,
            Category::AlphanumericEdited
        );
    }

    #[test]
    fn bad_pictures_are_errors_not_panics() {
        for bad in [
            "",
            "X(",
            "X(0)",
            "(3)",
            "9(ABC)",
            "Q9",
            "9S",
            "N9",
            "X(99999999999)",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn random_pictures_never_panic() {
        let mut rng = crate::test_rng::Rng(0x0B1C_70E5);
        let alphabet: Vec<char> = "XA9SVPZ*+-$/,.BCRDNG0()1234567890 é".chars().collect();
        for _ in 0..20_000 {
            let len = rng.below(16);
            let text: String = (0..len).map(|_| *rng.pick(&alphabet)).collect();
            if let Ok(p) = parse(&text) {
                assert!(u64::from(p.positions) <= MAX_POSITIONS, "{text}");
            }
        }
    }
}
