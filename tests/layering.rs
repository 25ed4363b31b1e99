//! The crate's layering (README "Module map"): model ← load ← decide ← ask, render ← cli, with
//! i18n, output and util beside model. Every `crate::` path in a module's source names only
//! its own layer or a layer below it.

use std::path::Path;

/// Each top-level module and the modules it may import from (besides itself).
const ALLOWED: &[(&str, &[&str])] = &[
    ("util", &[]),
    ("i18n", &["model", "util"]),
    ("model", &["util", "i18n"]),
    ("output", &["util", "i18n"]),
    ("load", &["model", "util", "i18n"]),
    ("decide", &["model", "util", "i18n"]),
    (
        "ask",
        &["decide", "load", "model", "util", "i18n", "output"],
    ),
    ("render", &["decide", "model", "util", "i18n"]),
    (
        "cli",
        &[
            "ask", "render", "decide", "load", "model", "util", "i18n", "output",
        ],
    ),
    (
        "dev",
        &[
            "ask", "render", "decide", "load", "model", "util", "i18n", "output",
        ],
    ),
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level modules a file's non-test code names through `crate::`.
fn imported_layers(text: &str) -> Vec<String> {
    let code: String = text
        .split("#[cfg(test)]")
        .next()
        .unwrap_or(text)
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let code = code.as_str();
    let mut layers = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            layers.push(name);
        }
        if rest.starts_with('{') {
            let group = &rest[1..rest.find('}').unwrap_or(rest.len())];
            layers.extend(
                group
                    .split(',')
                    .map(|item| item.trim().split("::").next().unwrap_or("").to_string()),
            );
        }
    }
    layers.retain(|l| !l.is_empty());
    layers
}

#[test]
fn no_module_imports_from_a_layer_above_its_own() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut problems = Vec::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap();
        let layer = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let layer = layer.trim_end_matches(".rs");
        let Some((_, allowed)) = ALLOWED.iter().find(|(name, _)| *name == layer) else {
            continue; // lib.rs, main.rs
        };
        if file.file_name().is_some_and(|name| name == "tests.rs") {
            continue; // unit tests may build their inputs with any layer
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for imported in imported_layers(&text) {
            if imported != layer && !allowed.contains(&imported.as_str()) {
                problems.push(format!("{}: imports crate::{imported}", relative.display()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "layering broken:\n{}",
        problems.join("\n")
    );
}
