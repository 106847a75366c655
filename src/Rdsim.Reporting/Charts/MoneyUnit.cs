using System.Globalization;

namespace Rdsim.Reporting.Charts;

/// <summary>
/// The unit money is shown in (<c>--money-unit</c>): in the brief, on the charts' axes and in the terminal tables. The model
/// and every CSV file (the charts' own CSVs too) count in mn CNY whatever the unit, so results and goldens do not depend on it.
/// A Chinese brief counts in 亿元 by default (as ministry and statistical reports do), an English one in mn CNY.
/// </summary>
public sealed record MoneyUnit
{
    private MoneyUnit(string key, double perMillion, string english, string chinese, int decimals) =>
        (Key, PerMillion, English, Chinese, Decimals) = (key, perMillion, english, chinese, decimals);

    /// <summary>Million yuan (百万元), the unit of the model and the CSV files.</summary>
    public static MoneyUnit Million { get; } = new("mn", 1, "mn CNY", "百万元", 0);

    /// <summary>Hundred million yuan (亿元): one decimal, so a group's few tens of mn CNY do not round to nothing.</summary>
    public static MoneyUnit HundredMillion { get; } = new("yi", 0.01, "100 mn CNY", "亿元", 1);

    /// <summary>Ten thousand yuan (万元).</summary>
    public static MoneyUnit TenThousand { get; } = new("wan", 100, "10k CNY", "万元", 0);

    /// <summary>Every unit, as <c>--money-unit</c> lists them.</summary>
    public static IReadOnlyList<MoneyUnit> All { get; } = [Million, HundredMillion, TenThousand];

    /// <summary>The name <c>--money-unit</c> takes: <c>mn</c>, <c>yi</c> or <c>wan</c>.</summary>
    public string Key { get; }

    /// <summary>How many of this unit make one mn CNY.</summary>
    public double PerMillion { get; }

    /// <summary>Its name in English, e.g. <c>mn CNY</c>.</summary>
    public string English { get; }

    /// <summary>Its name in Chinese, e.g. <c>亿元</c>.</summary>
    public string Chinese { get; }

    /// <summary>How many decimals amounts in it are printed with.</summary>
    public int Decimals { get; }

    /// <summary>How amounts in it are printed (a .NET number format).</summary>
    public string Format => Decimals == 0 ? "#,0" : "#,0." + new string('0', Decimals);

    /// <summary>The unit a brief in <paramref name="language"/> uses unless told otherwise.</summary>
    public static MoneyUnit Default(ChartLanguage language) => language == ChartLanguage.Zh ? HundredMillion : Million;

    /// <summary>The unit named <paramref name="key"/>, or null for a name rdsim does not know.</summary>
    public static MoneyUnit? Find(string key) => All.FirstOrDefault(u => string.Equals(u.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Its name in <paramref name="language"/>.</summary>
    public string Label(ChartLanguage language) => language == ChartLanguage.Zh ? Chinese : English;

    /// <summary><paramref name="millions"/> (mn CNY) in this unit.</summary>
    public double Of(double millions) => millions * PerMillion;

    /// <summary><paramref name="millions"/> (mn CNY) in this unit as printed (rounded to <see cref="Decimals"/>).</summary>
    public double Rounded(double millions) => Math.Round(Of(millions), Decimals);

    /// <summary><paramref name="millions"/> (mn CNY) printed in this unit; a dash for a value that is not a number.</summary>
    public string Text(double millions) => double.IsFinite(millions) ? Of(millions).ToString(Format, CultureInfo.InvariantCulture) : Tables.NoValue.Mark;

    /// <summary>A difference of <paramref name="millions"/> (mn CNY) printed in this unit with its sign (+ or −; 0 for none).</summary>
    public string Signed(double millions) =>
        double.IsFinite(millions) ? Of(millions).ToString($"+{Format};-{Format};0", CultureInfo.InvariantCulture) : Tables.NoValue.Mark;
}
