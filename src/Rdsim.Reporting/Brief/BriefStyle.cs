namespace Rdsim.Reporting.Brief;

/// <summary>
/// The brief's stylesheet: readable on screen and in print (figures never split across pages: a chart scales to the column's
/// width and, in print, to the height of an A4 page's text less its caption, 269 mm less about 3 lines), printed on A4. Nothing
/// may be wider than the page: long cells (references, file names, URLs) may break anywhere, so a table's narrowest layout fits the page
/// and it never pushes past the right edge, which a browser scrolls and a PDF cuts off (Chromium prints no text beyond it). The
/// parameter tables have fixed column widths (left to itself, the layout gave a few columns a letter's width and rows pages long);
/// with four columns (a Chinese brief) the widths scale up to the page. The who-benefits tables are fixed too: a group's name gets
/// a fifth of the width and numbers never break (left to itself, a region's name got three letters a line and a count broke in two).
/// The wide comparison table scrolls on screen and shrinks in print. A number never breaks: a column of numbers (Markdown's
/// right-aligned cells) and the comparison table's cells break at spaces only (left to itself, the layout squeezed a column of
/// long numbers until "+18,308" took two lines).
/// </summary>
public static class BriefStyle
{
    /// <summary>A <c>&lt;style&gt;</c> element.</summary>
    public const string Css = """
        <style>
        body { font-family: "DejaVu Sans", "WenQuanYi Micro Hei", sans-serif; max-width: 1000px; margin: 2em auto; padding: 0 1em; color: #222; }
        h1 { font-size: 1.7em; margin-bottom: 0.2em; } h2 { border-bottom: 1px solid #ccc; margin-top: 1.6em; }
        .lead { color: #555; } .small { color: #777; font-size: 0.85em; }
        table { border-collapse: collapse; font-size: 0.9em; margin: 0.5em 0; } td, th { border: 1px solid #ddd; padding: 0.25em 0.5em; vertical-align: top; }
        figure { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; } figure svg { max-width: 100%; height: auto; }
        .standing { border-left: 4px solid #c80; background: #fdf8ee; padding: 0.3em 1em; margin: 1em 0; } .standing p { margin: 0.4em 0; } .standing ul { margin: 0.2em 0 0.4em; }
        td, th { overflow-wrap: anywhere; } .wide td, td[style*="text-align: right"] { overflow-wrap: normal; }
        .parameters table { table-layout: fixed; width: 100%; } .parameters td, .parameters th { overflow-wrap: break-word; }
        .scalars th:nth-child(1) { width: 27%; } .scalars th:nth-child(2) { width: 24%; } .scalars th:nth-child(3) { width: 17%; }
        .sectors th:first-child { width: 24%; } .sectors td:not(:first-child) { white-space: nowrap; } .sectors th { font-size: 0.85em; } .sectors { break-inside: avoid; page-break-inside: avoid; }
        .unit { color: #555; font-weight: normal; font-size: 0.9em; } .caption { font-weight: bold; margin: 0.9em 0 0.2em; break-after: avoid; page-break-after: avoid; }
        .appendix { font-size: 0.8em; line-height: 1.35; } .appendix p { margin: 0.3em 0; } .source { color: #555; }
        .groups table { table-layout: fixed; width: 100%; } .groups th:nth-child(1) { width: 20%; } .groups td { overflow-wrap: break-word; } .groups th { overflow-wrap: normal; word-break: normal; hyphens: auto; font-size: 0.85em; }
        .groups td:not(:first-child) { white-space: nowrap; }
        .wide { overflow-x: auto; } .wide td { white-space: nowrap; } .wide th { overflow-wrap: normal; word-break: normal; hyphens: auto; } h2, h3 { break-after: avoid; page-break-after: avoid; }
        .reproduce { break-inside: avoid; page-break-inside: avoid; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print { body { max-width: none; margin: 0; padding: 0; } figure svg { max-height: 235mm; } .wide table { font-size: 0.68em; } .wide td { white-space: normal; } .parameters table { font-size: 0.75em; } .appendix { break-before: page; page-break-before: always; font-size: 0.72em; } .groups table { font-size: 0.8em; } }
        .summary { font-size: 1.05em; line-height: 1.5; }
        .altered { border: 3px solid #b00; background: #fee; color: #600; padding: 0.5em 1em; margin-bottom: 1em; }
        figcaption { color: #555; font-size: 0.85em; } pre { background: #f4f4f4; padding: 0.6em; white-space: pre-wrap; overflow-wrap: break-word; }
        </style>

        """;
}
