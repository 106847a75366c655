using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Results;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Reporting.Workbook;

/// <summary>
/// The run workbook's sheet of every parameter of the resolved scenario, as the manifest records it: key, value (as a scenario
/// file writes it), unit, where it was set (the file's whole path and line, or the registry's default), what it means and its
/// reference. The brief shows the same values compactly and points here for the detail (<see cref="ParameterSection"/>);
/// unit, meaning and "default" are in the brief's words, so that the two read alike. References stay English (legal citations
/// and literature).
/// </summary>
public static class ParametersSheet
{
    /// <summary>The sheet of <paramref name="run"/>'s parameters, in the words of <paramref name="t"/>.</summary>
    public static XlsxSheet Of(RunResult run, WorkbookText t)
    {
        var b = BriefText.For(t.Language, MoneyUnit.Million);
        var rows = run.Manifest.Scenario.Parameters.Select(p =>
        {
            var d = ParameterRegistry.Find(p.Name);
            return (IReadOnlyList<XlsxCell>)
            [
                XlsxCell.Of(p.Name), XlsxCell.Of(p.Value), XlsxCell.Of(b.ParameterUnit(d?.Unit ?? "")),
                XlsxCell.Of(p.Origin == "default" ? b.DefaultOrigin : p.Origin), XlsxCell.Of(b.Meaning(d)), XlsxCell.Of(d?.Reference ?? ""),
            ];
        });
        return new XlsxSheet(t.ParametersSheet, [.. t.ParametersHeader.Select(h => XlsxCell.Of(h, bold: true))], rows.ToList(), Filter: true,
            Widths: [48, 36, 24, 56, 80, 80]);
    }
}
