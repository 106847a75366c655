using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Data;
using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Sensitivity;

/// <summary>
/// A headline number a sensitivity analysis reports for every variant: named, and with the unit, of the cumulative
/// <c>years.csv</c> column it is (<see cref="AdditionalityColumns"/>), read from the run's <see cref="Headline"/>.
/// </summary>
public sealed class SensitivityMetric
{
    private readonly Func<Headline, double> _value;
    private readonly Func<ChartText, string> _label;

    private SensitivityMetric(AdditionalityMetric column, Func<ChartText, string> label, Func<Headline, double> value, string format)
    {
        var cumulative = YearsTable.Cumulative(column);
        (Name, Unit, Format, _label, _value) = (cumulative.Name, cumulative.Unit, format, label, value);
    }

    /// <summary>Cumulative bang for the buck: induced real R&amp;D per yuan forgone over the run.</summary>
    public static SensitivityMetric BangForBuck { get; } =
        new(AdditionalityColumns.BangForBuck, t => $"{t.BangForBuck} ({t.Cumulative.ToLowerInvariant()})", h => h.BangForBuck, "0.00");

    /// <summary>Cumulative induced real R&amp;D.</summary>
    public static SensitivityMetric InducedRealRd { get; } = new(AdditionalityColumns.InducedRealRd, t => t.InducedRd, h => h.InducedRealRd, "#,0");

    /// <summary>Cumulative revenue forgone.</summary>
    public static SensitivityMetric RevenueForgone { get; } = new(AdditionalityColumns.RevenueForgone, t => t.Forgone, h => h.RevenueForgone, "#,0");

    /// <summary>The relabelled share of induced reported R&amp;D over the run.</summary>
    public static SensitivityMetric RelabelledShare { get; } =
        new(AdditionalityColumns.InducedRelabeledShare, t => t.RelabelledShare, h => h.RelabelledShare, "0.0%");

    /// <summary>Every metric, in the order of <c>sensitivity.csv</c>, the charts and the brief.</summary>
    public static IReadOnlyList<SensitivityMetric> All { get; } = [BangForBuck, InducedRealRd, RevenueForgone, RelabelledShare];

    /// <summary>The column's name, e.g. <c>cum_bang_for_buck</c>.</summary>
    public string Name { get; }

    /// <summary>Its unit.</summary>
    public string Unit { get; }

    /// <summary>How the brief prints it when it is not an amount of money (a .NET number format).</summary>
    public string Format { get; }

    /// <summary>Whether it is an amount of money (in mn CNY, shown in the brief's money unit).</summary>
    public bool IsMoney => Unit == MoneyUnit.Million.English;

    /// <summary><paramref name="value"/> of this metric as the brief prints it, an amount of money in <paramref name="unit"/>.</summary>
    public string Text(double value, MoneyUnit unit) =>
        IsMoney ? unit.Text(value) : double.IsFinite(value) ? value.ToString(Format, System.Globalization.CultureInfo.InvariantCulture) : Tables.NoValue.Mark;

    /// <summary>Its name for readers, in the language of <paramref name="text"/>.</summary>
    public string Label(ChartText text) => _label(text);

    /// <summary>Its value in <paramref name="headline"/>.</summary>
    public double Of(Headline headline) => _value(headline);
}
