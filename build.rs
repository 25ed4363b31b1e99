//! Embeds the example `vendors/` and `scorecards/` into the binary for `sdkvet init`.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let mut code = String::from("/// Bundled example files: (path relative to the data root, contents).\npub const FILES: &[(&str, &str)] = &[\n");
    for folder in ["vendors", "scorecards"] {
        println!("cargo:rerun-if-changed={folder}");
        let dir = Path::new(&root).join(folder);
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|name| name.ends_with(".toml"))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        for name in names {
            let path = dir.join(&name);
            writeln!(
                code,
                "    ({:?}, include_str!({:?})),",
                format!("{folder}/{name}"),
                path.display().to_string()
            )
            .expect("writing to a String");
        }
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled.rs");
    std::fs::write(out, code).expect("write bundled.rs");
}
