//! `sdkvet report` in a real browser: headless Chromium opens the report of the bundled data,
//! in English and Chinese, with the network blocked — every request goes to a proxy on
//! 127.0.0.1 that records it and answers nothing — and the test checks that the page logs no
//! console message, asks the network for nothing, draws a screenshot that is not blank (the
//! ranking chart's blue bars among it), and prints to a sensible number of A4 pages.
//!
//! A control page that does log an error and does load an image proves, in the same run,
//! that the checks would see them. Chromium is `$SDKVET_CHROMIUM`, else `chromium`,
//! `chromium-browser`, `google-chrome` or `google-chrome-stable` on the PATH. Without it the
//! test is skipped with a message, unless `SDKVET_BROWSER_TESTS=required` (as `.ci/run` sets):
//! then a missing browser fails it. The screenshots and PDFs stay in
//! `target/tmp/report-browser/` to be looked at.

use std::io::{ErrorKind, Read};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The bundled data's evaluation date in every README example.
const AS_OF: &str = "2026-11-21";

/// How long one Chromium run may take before the test gives up on it (not a timing
/// assertion: a hung browser must not hang the suite).
const BROWSER_DEADLINE: Duration = Duration::from_secs(120);

/// Hosts Chromium itself calls in the background (updates, clock, accounts), whatever the
/// page: a request to one of them is not the page's. Font hosts are never in this list.
const BROWSER_OWN_HOSTS: &[&str] = &[
    "update.googleapis.com",
    "clients2.google.com",
    "accounts.google.com",
    "clientservices.googleapis.com",
    "optimizationguide-pa.googleapis.com",
    "content-autofill.googleapis.com",
    "safebrowsingohttpgateway.googleapis.com",
    "redirector.gvt1.com",
    "edgedl.me.gvt1.com",
    "android.clients.google.com",
    "www.google.com",
];

fn find_chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("SDKVET_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let names = [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ];
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// A proxy that records the first line and host of every request and answers nothing.
struct RecordingProxy {
    port: u16,
    requests: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
}

impl RecordingProxy {
    fn start() -> RecordingProxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (seen, done) = (Arc::clone(&requests), Arc::clone(&stop));
        std::thread::spawn(move || {
            while !done.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((mut stream, _)) => {
                        stream.set_nonblocking(false).unwrap();
                        let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
                        let mut head = [0u8; 512];
                        let n = stream.read(&mut head).unwrap_or(0);
                        let text = String::from_utf8_lossy(&head[..n]);
                        let line = text.lines().next().unwrap_or("").to_string();
                        seen.lock().unwrap().push(line);
                    }
                    Err(e) if e.kind() == ErrorKind::WouldBlock => {
                        std::thread::sleep(Duration::from_millis(20));
                    }
                    Err(_) => break,
                }
            }
        });
        RecordingProxy {
            port,
            requests,
            stop,
        }
    }

    /// The requests that came from the page, not from the browser's own services.
    fn page_requests(&self) -> Vec<String> {
        let all = self.requests.lock().unwrap().clone();
        all.into_iter()
            .filter(|line| !BROWSER_OWN_HOSTS.iter().any(|host| line.contains(host)))
            .collect()
    }
}

impl Drop for RecordingProxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// Runs headless Chromium on a local page with `output` (`--screenshot=…` or
/// `--print-to-pdf=…`) through the proxy; returns its console messages.
fn chromium(bin: &Path, page: &Path, output: &str, proxy: &RecordingProxy) -> Vec<String> {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
        ])
        .args([
            "--disable-background-networking",
            "--disable-component-update",
        ])
        .args([
            "--disable-sync",
            "--disable-extensions",
            "--hide-scrollbars",
        ])
        .args(["--enable-logging=stderr", "--v=0", "--no-pdf-header-footer"])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--proxy-server=127.0.0.1:{}", proxy.port))
        .arg("--window-size=1280,2400")
        .arg(output)
        .arg(format!("file://{}", page.display()))
        .env("HOME", profile.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > BROWSER_DEADLINE {
            let _ = child.kill();
            panic!("Chromium did not finish within {BROWSER_DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let log = reader.join().unwrap();
    log.lines()
        .filter(|line| line.contains(":CONSOLE"))
        .map(String::from)
        .collect()
}

/// Share of pixels that are not (nearly) white, and whether a pixel of the bars' blue
/// (#2f6fb3) is among them.
fn ink(png_path: &Path) -> (f64, bool) {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(png_path).unwrap(),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut buffer).unwrap();
    let channels = match frame.color_type {
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        other => panic!("unexpected screenshot colour type {other:?}"),
    };
    let pixels = buffer[..frame.buffer_size()].chunks(channels);
    let (mut inked, mut total, mut blue) = (0usize, 0usize, false);
    for pixel in pixels {
        total += 1;
        if pixel[..3].iter().any(|&c| c < 245) {
            inked += 1;
        }
        let close = |a: u8, b: u8| a.abs_diff(b) <= 6;
        blue |= close(pixel[0], 0x2f) && close(pixel[1], 0x6f) && close(pixel[2], 0xb3);
    }
    (inked as f64 / total as f64, blue)
}

/// The number of page objects in a PDF (`/Type /Page`, not `/Pages`).
fn pdf_pages(pdf: &[u8]) -> usize {
    let mut count = 0;
    for (i, window) in pdf.windows(5).enumerate() {
        if window != b"/Type" {
            continue;
        }
        let rest = &pdf[i + 5..];
        let rest = &rest[rest.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
        if rest.starts_with(b"/Page") && !rest[5..].starts_with(b"s") {
            count += 1;
        }
    }
    count
}

fn write_report(dir: &Path, lang: &str) -> PathBuf {
    let page = dir.join(format!("report-{lang}.html"));
    let status = Command::new(env!("CARGO_BIN_EXE_sdkvet"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["report", "--as-of", AS_OF, "--lang", lang, "--output"])
        .arg(&page)
        .env("NO_COLOR", "1")
        .status()
        .unwrap();
    assert!(status.success());
    page
}

/// The control: a page that logs an error and loads an image must be caught by both checks.
fn the_checks_would_catch_a_console_error_and_a_request(bin: &Path, dir: &Path) {
    let page = dir.join("control.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><p>control</p><img src=\"http://sdkvet-control.example/x.png\">\
         <script>console.error(\"sdkvet-control\")</script>",
    )
    .unwrap();
    let proxy = RecordingProxy::start();
    let shot = format!("--screenshot={}", dir.join("control.png").display());
    let console = chromium(bin, &page, &shot, &proxy);
    assert!(
        console.iter().any(|line| line.contains("sdkvet-control")),
        "the console check saw nothing: {console:?}"
    );
    let requests = proxy.page_requests();
    assert!(
        requests
            .iter()
            .any(|r| r.contains("sdkvet-control.example")),
        "the proxy saw no request: {requests:?}"
    );
}

#[test]
fn the_report_loads_cleanly_draws_and_prints_in_a_real_browser() {
    let Some(bin) = find_chromium() else {
        let required = std::env::var("SDKVET_BROWSER_TESTS").is_ok_and(|v| v == "required");
        assert!(
            !required,
            "SDKVET_BROWSER_TESTS=required but no Chromium was found"
        );
        println!("skipped: no Chromium found (set SDKVET_CHROMIUM or install chromium)");
        return;
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report-browser");
    std::fs::create_dir_all(&dir).unwrap();
    the_checks_would_catch_a_console_error_and_a_request(&bin, &dir);
    let vendors = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("vendors"))
        .unwrap()
        .count();
    for lang in ["en", "zh"] {
        let page = write_report(&dir, lang);
        let proxy = RecordingProxy::start();
        let shot = dir.join(format!("report-{lang}.png"));
        let console = chromium(
            &bin,
            &page,
            &format!("--screenshot={}", shot.display()),
            &proxy,
        );
        assert_eq!(console, Vec::<String>::new(), "{lang}: console messages");
        let (ink, blue) = ink(&shot);
        assert!(
            ink > 0.03,
            "{lang}: the screenshot is nearly blank ({ink:.3} inked)"
        );
        assert!(
            blue,
            "{lang}: no bar of the ranking chart in the screenshot"
        );
        let pdf = dir.join(format!("report-{lang}.pdf"));
        let console = chromium(
            &bin,
            &page,
            &format!("--print-to-pdf={}", pdf.display()),
            &proxy,
        );
        assert_eq!(console, Vec::<String>::new(), "{lang}: console messages");
        // One page at least for the overview and one per vendor (each starts a page), and
        // not so many that a section spills over page after page.
        let pages = pdf_pages(&std::fs::read(&pdf).unwrap());
        assert!(
            (vendors + 1..=3 * (vendors + 1)).contains(&pages),
            "{lang}: {pages} pages for {vendors} vendors"
        );
        assert_eq!(
            proxy.page_requests(),
            Vec::<String>::new(),
            "{lang}: requests"
        );
    }
}
