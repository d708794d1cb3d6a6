/** The stylesheet inside index.html: readable on screen and on paper, wide tables scroll instead of overflowing. */
export const INDEX_CSS = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  line-height: 1.5; color: #1a1a1a; background: #fff; max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
header { border-bottom: 2px solid #1f3a5f; margin-bottom: 1.5rem; }
.org { font-weight: 600; color: #1f3a5f; margin: 0; }
h1 { font-size: 1.75rem; margin: 0.25rem 0 1rem; }
h2 { font-size: 1.35rem; margin-top: 2.5rem; border-bottom: 1px solid #ccd3dc; padding-bottom: 0.25rem; }
h3 { font-size: 1.1rem; margin-top: 1.75rem; }
.lead { font-size: 1.05rem; }
.confidential { background: #fff8e1; border-left: 4px solid #b58100; padding: 0.5rem 0.75rem; }
nav ol { columns: 2; }
a { color: #1f4f8a; }
code { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; }
.meta, .file, .note { color: #4a4a4a; font-size: 0.9rem; }
.collection-block { margin: 1rem 0 1.5rem; }
.table-wrap { overflow-x: auto; }
.table-wrap:focus { outline: 2px solid #1f4f8a; outline-offset: 2px; }
table { border-collapse: collapse; margin: 0.5rem 0; font-size: 0.9rem; }
caption, .caption { text-align: left; font-weight: 600; padding: 0.25rem 0; margin: 0; }
.count { font-weight: normal; color: #4a4a4a; }
.description { display: block; font-weight: normal; color: #4a4a4a; }
th, td { border: 1px solid #ccd3dc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
th { background: #eef2f7; }
th .field { display: block; font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; }
th .category { display: block; font-weight: normal; font-size: 0.8rem; color: #3d4f66; }
td.number { text-align: right; }
address { font-style: normal; margin: 0.5rem 0; padding-left: 0.75rem; border-left: 3px solid #ccd3dc; }
footer { margin-top: 3rem; color: #4a4a4a; font-size: 0.9rem; }
@media print { body { max-width: none; padding: 0; } nav { display: none; } .table-wrap { overflow: visible; }
  h2, h3, caption { break-after: avoid; } }
`
