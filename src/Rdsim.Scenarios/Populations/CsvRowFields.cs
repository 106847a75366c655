using System.Globalization;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Scenarios.Populations;

/// <summary>Typed access to one row's fields by column name; every bad value adds an error located at the row's line.</summary>
internal sealed class CsvRowFields(string path, int line, string[] fields, IReadOnlyDictionary<string, int> positions, DiagnosticBag errors)
{
    /// <summary>Whether any error was added for this row.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>The trimmed text of a column; null when the column is absent or the field empty.</summary>
    public string? Text(string column) =>
        positions.TryGetValue(column, out var i) && i < fields.Length && fields[i].Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The text of a column that must have a value.</summary>
    public string? Required(string column)
    {
        var text = Text(column);
        if (text is null && positions.ContainsKey(column)) Fail(column, new("a value is required", "此处必须有取值"));
        return text;
    }

    /// <summary>A finite number within [<paramref name="min"/>, <paramref name="max"/>] (or above min when <paramref name="minExclusive"/>).</summary>
    public double? Number(string column, double min, double max, bool minExclusive = false, bool required = false)
    {
        var text = required ? Required(column) : Text(column);
        if (text is null) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Fail(column, new($"'{text}' is not a finite number (write e.g. 12.5 or 1.2e3, with a dot as decimal separator)",
                $"'{text}' 不是有限的数（请写成例如 12.5 或 1.2e3，以点作小数点）"));
            return null;
        }
        var tooLow = minExclusive ? value <= min : value < min;
        if (tooLow || value > max)
        {
            var range = Range(min, max, minExclusive);
            Fail(column, new($"{text} is out of range: expected {range.En}", $"{text} 超出范围：应为 {range.Zh}"));
            return null;
        }
        return value;
    }

    /// <summary>Earliest and latest calendar year a population file may name.</summary>
    private const int MinYear = 1900, MaxYear = 2200;

    /// <summary>A calendar year, a whole number from 1900 to 2200.</summary>
    public int? Year(string column)
    {
        var text = Text(column);
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) || year < MinYear || year > MaxYear)
        {
            Fail(column, new($"'{text}' is not a year from {MinYear} to {MaxYear}", $"'{text}' 不是 {MinYear} 至 {MaxYear} 之间的年份"));
            return null;
        }
        return year;
    }

    /// <summary>A whole number from 1 to <paramref name="max"/>.</summary>
    public int? Count(string column, int max)
    {
        var text = Text(column);
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) || count < 1 || count > max)
        {
            var most = max.ToString(CultureInfo.InvariantCulture);
            Fail(column, new($"'{text}' is not a whole number from 1 to {most}", $"'{text}' 不是 1 至 {most} 之间的整数"));
            return null;
        }
        return count;
    }

    /// <summary>A boolean written true/false/1/0 (case-insensitive).</summary>
    public bool? Boolean(string column)
    {
        var text = Text(column);
        switch (text?.ToLowerInvariant())
        {
            case null: return null;
            case "true" or "1": return true;
            case "false" or "0": return false;
            default:
                Fail(column, new($"'{text}' is not a boolean: write true, false, 1 or 0", $"'{text}' 不是布尔值：请写 true、false、1 或 0"));
                return null;
        }
    }

    /// <summary>Adds an error for <paramref name="column"/> on this row.</summary>
    public void Fail(string column, Bilingual message)
    {
        HasErrors = true;
        errors.Add(Diagnostic.Error(path, line, 0, column, message));
    }

    private static Bilingual Range(double min, double max, bool minExclusive)
    {
        var lower = minExclusive ? $"> {min.ToString(CultureInfo.InvariantCulture)}" : $">= {min.ToString(CultureInfo.InvariantCulture)}";
        var upper = $"<= {max.ToString(CultureInfo.InvariantCulture)}";
        return double.IsPositiveInfinity(max) ? Bilingual.Same(lower)
            : double.IsNegativeInfinity(min) ? Bilingual.Same(upper)
            : new($"{lower} and {upper}", $"{lower} 且 {upper}");
    }
}
