//! The report's one style sheet, inlined in the page: system fonts only (with CJK fallbacks,
//! nothing to download), a readable column on a laptop screen, and A4 print rules — a page
//! break before each vendor, table headers repeated, rows kept whole, colours printed.

pub(super) const CSS: &str = r#"
:root {
  --ink: #1d2430; --muted: #5b6473; --line: #d7dce3; --soft: #f3f5f8;
  --bar: #2f6fb3; --upside: #a9c8ea; --out: #b3b8bf; --accent: #0b4f8a;
}
* { box-sizing: border-box; }
html {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
    "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
  color: var(--ink); background: #fff; line-height: 1.45;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
body { margin: 0 auto; max-width: 1100px; padding: 24px 28px 40px; font-size: 15px; }
h1 { font-size: 1.7em; margin: 0 0 .6em; }
h2 { font-size: 1.3em; margin: 1.8em 0 .6em; padding-bottom: .2em; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.12em; margin: 1.2em 0 .4em; }
h4 { font-size: 1em; margin: 1.2em 0 .3em; }
a { color: var(--accent); }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: .92em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1.2em; margin: 0 0 1em; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
p.lead { font-size: 1.15em; font-weight: 600; background: var(--soft); border-left: 4px solid var(--accent); padding: .6em .9em; }
.legend, .small { color: var(--muted); font-size: .88em; }
ul.legend { padding-left: 1.2em; columns: 2; column-gap: 2em; }
.chart { display: grid; grid-template-columns: minmax(12em, 2fr) 3fr max-content; gap: .35em 1em; align-items: center; }
.chart .row { display: contents; }
.chart .label { overflow-wrap: anywhere; }
.chart .rank { display: inline-block; min-width: 1.8em; color: var(--muted); font-variant-numeric: tabular-nums; }
.chart .label a { color: var(--ink); text-decoration: none; }
.chart .reason { font-size: .82em; color: var(--muted); margin-left: 1.8em; }
svg.bar { width: 100%; height: 1.3em; display: block; }
svg.bar .track { fill: var(--soft); }
svg.bar .score { fill: var(--bar); }
svg.bar .upside { fill: var(--upside); }
svg.bar .grid { stroke: #fff; stroke-width: 1; vector-effect: non-scaling-stroke; }
.chart .value { font-variant-numeric: tabular-nums; white-space: nowrap; }
.chart .conf { color: var(--muted); font-size: .85em; }
.chart .range { color: var(--muted); font-size: .78em; }
.chart .out .label, .chart .out .label a, .chart .out .value { color: var(--out); }
.chart .out svg.bar .score { fill: var(--out); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9em; }
th, td { border-bottom: 1px solid var(--line); padding: .3em .45em; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; white-space: nowrap; }
th abbr { text-decoration: none; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.total { font-weight: 700; }
td.unknown { color: var(--muted); font-style: italic; }
td.band4 { background: #cfe8d5; } td.band3 { background: #e3f1d9; } td.band2 { background: #f7f0cf; }
td.band1 { background: #f8e0c9; } td.band0 { background: #f5d0cc; }
tr.disqualified td { color: var(--out); }
tr.disqualified td[class*="band"] { background: none; }
td.evidence { font-size: .9em; overflow-wrap: anywhere; min-width: 14em; }
td.evidence span { display: block; }
.mark { display: inline-block !important; font-size: .8em; font-weight: 600; padding: 0 .45em; border-radius: .7em; margin: .15em .3em 0 0; }
.mark.stale { background: #fde2b8; color: #7a4a00; }
.mark.unconfirmed { background: #f6c9c9; color: #7d1f1f; }
ul.notes li { margin: .2em 0; }
table.grid th { white-space: normal; }
table.grid td:last-child { min-width: 12em; }
table.heat { width: auto; }
table.heat td:nth-child(2) { min-width: 11em; }
table.heat td.cell, table.heat th.cell { min-width: 2.2em; text-align: center; padding: .3em .2em; font-variant-numeric: tabular-nums; }
td.heat1 { background: #eef4fb; } td.heat2 { background: #d5e5f5; } td.heat3 { background: #acc9ea; }
td.heat4 { background: #7eaadb; } td.heat5 { background: #3f7fc4; color: #fff; } td.heat6 { background: #1d5a9c; color: #fff; }
.vendor { border-top: 1px solid var(--line); margin-top: 2em; }
h2 + .vendor { border-top: 0; margin-top: 0; }
p.standing { margin: .2em 0 .6em; }
ol.questions li { margin: .35em 0; }
h5 { font-size: .9em; margin: .8em 0 .2em; color: var(--accent); }
ol.questions { margin: .2em 0; }
ol.questions .why { font-size: .85em; color: var(--muted); }
footer { margin-top: 3em; color: var(--muted); font-size: .85em; border-top: 1px solid var(--line); padding-top: .6em; }
@media (max-width: 700px) {
  body { padding: 14px; }
  .chart { grid-template-columns: 1fr max-content; }
  .chart svg.bar { grid-column: 1 / -1; }
  ul.legend { columns: 1; }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  h2 { break-after: avoid; }
  h3, h4 { break-after: avoid; }
  #vendors { break-before: page; }
  #vendors h2 { margin-top: 0; }
  .vendor { border-top: 0; margin-top: 0; }
  .vendor + .vendor { break-before: page; }
  #robustness { break-before: page; }
  .scroll { overflow: visible; }
  thead { display: table-header-group; }
  tr, li, .chart .row > * { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  table { font-size: 8.5pt; }
  table.heat td.cell, table.heat th.cell { min-width: 1.7em; padding: .25em .1em; }
}
"#;
