//! Vendored third-party Java: library code copied into the project's source tree.
//!
//! Legacy web applications often carry a copy of a library (an upload parser, a template
//! engine, a servlet API jar unpacked as source) beside their own code, sometimes moved under
//! the project's package prefix. Its checks are not the project's business rules, and its
//! unused methods are not the project's dead code, so the rule miner and dead-code finder
//! leave it out by default. A file is vendored when
//! - its package lies outside the project's root packages (the two-segment prefixes most of
//!   the project's files share), or under a namespace that is always third-party (`javax.`,
//!   `org.apache.` …);
//! - its header carries an open-source licence that the project's own files do not carry;
//! - a segment of its package says so (`thirdparty`, `vendor`, `apache`);
//! - or most files of its package (or of a package above it, below the root) are vendored.
//!
//! Each vendored file gets a one-line reason, shown in the inventory and the Explorer.

use std::collections::{BTreeMap, HashMap};

use crate::model::FileId;

/// What the detector needs to know of one Java file.
pub struct JavaFileFacts<'a> {
    pub file: FileId,
    /// The package declaration (`""` for the default package).
    pub package: &'a str,
    /// The file's text (only the header before `package` is read).
    pub text: &'a str,
}

/// Namespaces whose code is never the project's own.
const THIRD_PARTY_NAMESPACES: &[&str] = &[
    "java.",
    "javax.",
    "jakarta.",
    "sun.",
    "com.sun.",
    "org.apache.",
    "org.w3c.",
    "org.xml.",
    "org.omg.",
    "org.ietf.",
    "junit.",
    "org.junit.",
    "org.springframework.",
    "org.hibernate.",
    "com.google.",
    "org.json.",
    "org.slf4j.",
    "org.eclipse.",
    "org.jdom.",
    "org.dom4j.",
    "net.sf.",
];

/// Package segments that name a vendored copy.
const VENDOR_SEGMENTS: &[&str] = &["thirdparty", "third_party", "vendor", "vendored", "apache"];

/// Open-source licence families, recognised by a phrase of their standard header.
const LICENCES: &[(&str, &str)] = &[
    ("apache license", "Apache"),
    ("apache software foundation", "Apache"),
    ("gnu lesser general public", "LGPL"),
    ("gnu library general public", "LGPL"),
    ("gnu general public license", "GPL"),
    ("redistribution and use in source and binary forms", "BSD"),
    ("permission is hereby granted, free of charge", "MIT"),
    ("eclipse public license", "EPL"),
    ("mozilla public license", "MPL"),
    ("common development and distribution license", "CDDL"),
    ("artistic license", "Artistic"),
];

/// Share of the Java files a two-segment prefix must hold to count as a root package.
const ROOT_SHARE: f64 = 0.15;

/// The vendored files among `files`, each with its reason.
pub fn detect(files: &[JavaFileFacts<'_>]) -> HashMap<FileId, String> {
    let mut out = HashMap::new();
    if files.is_empty() {
        return out;
    }
    let roots = root_packages(files);
    let licences: Vec<Option<&'static str>> = files.iter().map(|f| licence_of(f.text)).collect();
    let project_licence = project_licence(files, &licences, &roots);
    for (f, licence) in files.iter().zip(&licences) {
        if let Some(reason) = own_reason(f, *licence, &roots, project_licence) {
            out.insert(f.file, reason);
        }
    }
    // Packages most of whose files are vendored: the rest of their files (and the packages
    // below them) are part of the same copy.
    let mut per_package: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for f in files {
        let e = per_package.entry(f.package).or_default();
        e.0 += 1;
        if out.contains_key(&f.file) {
            e.1 += 1;
        }
    }
    let vendored_packages: Vec<&str> = per_package
        .iter()
        .filter(|(p, (n, v))| {
            !p.is_empty() && !roots.iter().any(|r| r == *p) && *v * 2 > *n && *v > 0
        })
        .map(|(p, _)| *p)
        .collect();
    for f in files {
        if out.contains_key(&f.file) {
            continue;
        }
        if let Some(p) = vendored_packages
            .iter()
            .find(|p| f.package == **p || is_under(f.package, p))
        {
            out.insert(f.file, format!("in the vendored package {p}"));
        }
    }
    out
}

/// Why a file is vendored on its own evidence, if it is.
fn own_reason(
    f: &JavaFileFacts<'_>,
    licence: Option<&'static str>,
    roots: &[String],
    project_licence: Option<&'static str>,
) -> Option<String> {
    let dotted = format!("{}.", f.package);
    if let Some(ns) = THIRD_PARTY_NAMESPACES
        .iter()
        .find(|ns| dotted.starts_with(*ns))
    {
        return Some(format!(
            "third-party namespace {}",
            ns.trim_end_matches('.')
        ));
    }
    if !f.package.is_empty()
        && !roots.is_empty()
        && !roots
            .iter()
            .any(|r| f.package == r || is_under(f.package, r))
    {
        return Some(format!(
            "package {} is outside the project's root packages ({})",
            f.package,
            roots.join(", ")
        ));
    }
    if let Some(licence) = licence
        && Some(licence) != project_licence
    {
        return Some(format!(
            "{licence} licence header, unlike the project's own files"
        ));
    }
    let below_root = roots
        .iter()
        .find(|r| is_under(f.package, r))
        .map_or(f.package, |r| &f.package[r.len() + 1..]);
    if let Some(seg) = below_root
        .split('.')
        .find(|s| VENDOR_SEGMENTS.contains(&s.to_ascii_lowercase().as_str()))
    {
        return Some(format!("package segment \"{seg}\" names a vendored copy"));
    }
    None
}

fn is_under(package: &str, parent: &str) -> bool {
    package.len() > parent.len()
        && package.starts_with(parent)
        && package.as_bytes()[parent.len()] == b'.'
}

/// The project's root packages: two-segment prefixes, outside the third-party namespaces,
/// that hold at least [`ROOT_SHARE`] of the files, and always the largest one.
fn root_packages(files: &[JavaFileFacts<'_>]) -> Vec<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for f in files {
        if f.package.is_empty() {
            continue;
        }
        let dotted = format!("{}.", f.package);
        if THIRD_PARTY_NAMESPACES
            .iter()
            .any(|ns| dotted.starts_with(*ns))
        {
            continue;
        }
        let prefix: Vec<&str> = f.package.split('.').take(2).collect();
        *counts.entry(prefix.join(".")).or_default() += 1;
    }
    let largest = counts.values().copied().max().unwrap_or(0);
    let total = files.len() as f64;
    counts
        .into_iter()
        .filter(|(_, n)| *n == largest || (*n >= 3 && *n as f64 >= ROOT_SHARE * total))
        .map(|(p, _)| p)
        .collect()
}

/// The licence family named in a file's header (the text before `package`, or the first
/// comment block of a file without one).
fn licence_of(text: &str) -> Option<&'static str> {
    let header_end = text
        .find("\npackage ")
        .or_else(|| text.starts_with("package ").then_some(0))
        .unwrap_or_else(|| text.len().min(4000));
    let mut end = header_end.min(8000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let header = text[..end].to_ascii_lowercase();
    let header = header.split_whitespace().collect::<Vec<_>>().join(" ");
    LICENCES
        .iter()
        .find(|(phrase, _)| header.contains(phrase))
        .map(|(_, family)| *family)
}

/// The licence the project's own files carry: the one most files of the root packages carry,
/// when at least half of them do.
fn project_licence(
    files: &[JavaFileFacts<'_>],
    licences: &[Option<&'static str>],
    roots: &[String],
) -> Option<&'static str> {
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut own = 0usize;
    for (f, l) in files.iter().zip(licences) {
        if !roots
            .iter()
            .any(|r| f.package == r.as_str() || is_under(f.package, r))
        {
            continue;
        }
        own += 1;
        if let Some(l) = l {
            *counts.entry(l).or_default() += 1;
        }
    }
    let (licence, n) = counts.into_iter().max_by_key(|(_, n)| *n)?;
    (n * 2 >= own).then_some(licence)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts<'a>(rows: &'a [(&'a str, &'a str)]) -> Vec<JavaFileFacts<'a>> {
        rows.iter()
            .enumerate()
            .map(|(i, (package, text))| JavaFileFacts {
                file: FileId(i as u32),
                package,
                text,
            })
            .collect()
    }

    const OWN: &str = "/* Change history: 2004 RK created */\npackage x;\nclass A {}";
    const APACHE: &str = "/*\n * Licensed under the Apache License, Version 2.0 (the \"License\");\n */\npackage x;\nclass A {}";
    const BSD: &str = "/* Copyright (c) 2003, Forum team. Redistribution and use in source and\n binary forms, with or without modification, are permitted */\npackage x;";

    #[test]
    fn packages_outside_the_roots_and_third_party_namespaces_are_vendored() {
        let rows = [
            ("com.acme.claims", OWN),
            ("com.acme.claims.web", OWN),
            ("com.acme.claims.dao", OWN),
            ("com.acme.claims.model", OWN),
            ("javax.servlet", OWN),
            ("org.quill.text", OWN),
        ];
        let v = detect(&facts(&rows));
        assert!(!v.contains_key(&FileId(0)));
        assert!(v[&FileId(4)].contains("third-party namespace javax"));
        assert!(v[&FileId(5)].contains("outside the project's root packages (com.acme)"));
        assert_eq!(v.len(), 2);
    }

    #[test]
    fn a_foreign_licence_under_the_project_prefix_is_vendored_with_its_package() {
        let rows = [
            ("com.acme.a", OWN),
            ("com.acme.b", OWN),
            ("com.acme.c", OWN),
            ("com.acme.up.fileupload", APACHE),
            ("com.acme.up.fileupload", APACHE),
            ("com.acme.up.fileupload", OWN),
            ("com.acme.up.fileupload.disk", OWN),
        ];
        let v = detect(&facts(&rows));
        assert!(v[&FileId(3)].contains("Apache licence header"));
        assert!(v[&FileId(5)].contains("vendored package com.acme.up.fileupload"));
        assert!(v.contains_key(&FileId(6)), "a subpackage of the copy");
        assert!(!v.contains_key(&FileId(0)));
    }

    #[test]
    fn the_projects_own_licence_is_not_foreign() {
        let rows = [
            ("net.forum.a", BSD),
            ("net.forum.b", BSD),
            ("net.forum.c", BSD),
            ("net.forum.util.legacy.commons.upload", APACHE),
        ];
        let v = detect(&facts(&rows));
        assert_eq!(v.len(), 1);
        assert!(v.contains_key(&FileId(3)));
    }

    #[test]
    fn several_roots_of_one_organisation_are_all_own_code() {
        let mut rows = Vec::new();
        for _ in 0..5 {
            rows.push(("com.acme.claims", OWN));
        }
        for _ in 0..3 {
            rows.push(("uk.gov.benefits", OWN));
        }
        rows.push(("com.acme.thirdparty.csv", OWN));
        let v = detect(&facts(&rows));
        assert_eq!(v.len(), 1);
        assert!(v[&FileId(8)].contains("\"thirdparty\""));
    }
}
