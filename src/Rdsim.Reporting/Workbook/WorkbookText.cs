using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Workbook;

/// <summary>
/// The words of the run's, the comparison's and the sensitivity analysis's workbooks in one language (<c>--lang</c>): sheet names, the
/// summary's items and the columns' headers. A header keeps the CSV column's name after its label, so that a reader finds the
/// column in the CSV file and docs/outputs.md (which stay English: programs read them).
/// </summary>
public sealed record WorkbookText
{
    /// <summary>The language the texts are in.</summary>
    public required ChartLanguage Language { get; init; }

    /// <summary><paramref name="text"/> in this language, or its English where it has no such version; empty when null.</summary>
    public string Of(Scenarios.LocalizedText? text) => (Language == ChartLanguage.Zh ? text?.Zh : null) ?? text?.En ?? "";

    /// <summary>The summary sheet's name.</summary>
    public required string SummarySheet { get; init; }

    /// <summary>A run workbook's table sheets: years, groups, intensity histogram, bunching.</summary>
    public required IReadOnlyList<string> RunSheets { get; init; }

    /// <summary>A run workbook's sheet of every parameter of the run (<see cref="ParametersSheet"/>).</summary>
    public required string ParametersSheet { get; init; }

    /// <summary>The parameters sheet's column headers: parameter, value, unit, set in, meaning, reference.</summary>
    public required IReadOnlyList<string> ParametersHeader { get; init; }

    /// <summary>The sheet of a comparison's differences from the baseline (<c>differences.csv</c>).</summary>
    public required string DifferencesSheet { get; init; }

    /// <summary>The sheet of a comparison's sensitivity (<c>sensitivity_differences.csv</c>).</summary>
    public required string ReformSensitivitySheet { get; init; }

    /// <summary>The sheet of a sensitivity analysis (<c>sensitivity.csv</c>).</summary>
    public required string SensitivitySheet { get; init; }

    /// <summary>The summary's column headers: item, value, unit.</summary>
    public required IReadOnlyList<string> SummaryHeader { get; init; }

    /// <summary>Summary items, by key (see <see cref="Item"/>).</summary>
    public required IReadOnlyDictionary<string, string> Items { get; init; }

    /// <summary>Column labels by CSV column name; a column not listed is headed by its name.</summary>
    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    /// <summary>Units by their names in docs/outputs.md; a unit not listed is shown as it is.</summary>
    public required IReadOnlyDictionary<string, string> Units { get; init; }

    /// <summary>The workbook's closing note on rounding.</summary>
    public required string RoundingNote { get; init; }

    /// <summary>The summary item <paramref name="key"/>, formatted with <paramref name="values"/>.</summary>
    public string Item(string key, params object[] values) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Items[key], values);

    /// <summary>The unit <paramref name="unit"/> in this language.</summary>
    public string Unit(string unit) => Units.GetValueOrDefault(unit, unit);

    /// <summary>
    /// The header of <paramref name="column"/>: its label, its CSV name when the label is another word, and its unit when it says
    /// something (<c>带动的实际研发累计 cum_induced_real_rd（百万元）</c>).
    /// </summary>
    public string Header(Column column)
    {
        var label = Labels.TryGetValue(column.Name, out var l) ? $"{l} {column.Name}" : column.Name;
        return column.Unit is "" or "text" or "integer" ? label : string.Format(System.Globalization.CultureInfo.InvariantCulture, UnitPattern, label, Unit(column.Unit));
    }

    /// <summary>How a header shows its unit: {0} the label, {1} the unit.</summary>
    public required string UnitPattern { get; init; }

    /// <summary>The words of <paramref name="language"/>.</summary>
    public static WorkbookText For(ChartLanguage language) => language == ChartLanguage.Zh ? WorkbookTextChinese.Text : WorkbookTextEnglish.Text;
}
