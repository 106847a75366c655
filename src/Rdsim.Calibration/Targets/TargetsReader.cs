using System.Globalization;
using Rdsim.Scenarios;
using Rdsim.Scenarios.IO;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Calibration.Targets;

/// <summary>
/// Reads a targets file: CSV with the header <c>metric,value,unit,year,source_phrase</c> (the format of
/// <c>ningbo-2013-targets.csv</c>) or <c>metric,value,unit,year,source,quote</c> (that of
/// <c>china-national-targets.csv</c>), UTF-8, one target per line, fields optionally in double quotes. A metric may be
/// given for several years (a trajectory), once per year. Every bad row is reported with its file, line and column;
/// nothing is returned unless the whole file is good.
/// </summary>
public static class TargetsReader
{
    /// <summary>The header of a file whose source is one phrase, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["metric", "value", "unit", "year", "source_phrase"];

    /// <summary>The header of a file that names its source and quotes it apart, in order.</summary>
    public static IReadOnlyList<string> SourceAndQuoteColumns { get; } = ["metric", "value", "unit", "year", "source", "quote"];

    /// <summary>Reads and checks a targets file.</summary>
    /// <exception cref="InputException">The file is missing, unreadable, not a regular file, too large, or has bad rows (the first 20 listed).</exception>
    public static IReadOnlyList<Target> Read(string path)
    {
        if (InputFile.Problem(path, InputLimit.Targets) is { } problem)
        {
            throw new InputException(Diagnostic.Error(path, 0, 0, "--targets", problem + new Bilingual(".", "。")));
        }
        string text;
        try
        {
            text = InputFile.ReadText(path, InputLimit.Targets);
        }
        catch (Exception e) when (InputFile.IsReadFailure(e))
        {
            var reason = InputFile.Reason(e);
            throw new InputException(Diagnostic.Error(path, 0, 0, "--targets", new($"The targets file cannot be read: {reason.En}.", $"无法读取校准目标文件：{reason.Zh}。")));
        }
        return Parse(text.ReplaceLineEndings("\n").Split('\n'), path);
    }

    /// <summary>Parses the lines of a targets file named <paramref name="file"/> (for messages).</summary>
    /// <exception cref="InputException">The text has bad rows (all of them listed).</exception>
    public static IReadOnlyList<Target> Parse(IReadOnlyList<string> lines, string file)
    {
        var errors = new List<Diagnostic>();
        void Fail(int line, int column, string field, Bilingual message) => errors.Add(Diagnostic.Error(file, line, column, field, message));

        var headerIndex = FirstNonBlank(lines);
        if (headerIndex < 0)
        {
            Fail(1, 1, "", new($"The targets file is empty; expected the header {string.Join(',', Columns)}.", $"校准目标文件为空；应有表头 {string.Join(',', Columns)}。"));
            throw new InputException(errors);
        }
        var header = CsvLine.Split(lines[headerIndex]).Select(f => f.Text.Trim().ToLowerInvariant()).ToList();
        var columns = header.SequenceEqual(SourceAndQuoteColumns) ? SourceAndQuoteColumns : Columns;
        if (!header.SequenceEqual(columns))
        {
            Fail(headerIndex + 1, 1, "", new($"Expected the header {string.Join(',', Columns)} or {string.Join(',', SourceAndQuoteColumns)}, found {lines[headerIndex]}.",
                $"表头应为 {string.Join(',', Columns)} 或 {string.Join(',', SourceAndQuoteColumns)}，实际为 {lines[headerIndex]}。"));
            throw new InputException(errors);
        }

        var targets = new List<Target>();
        var seen = new Dictionary<(string Metric, int Year), int>();
        for (var i = headerIndex + 1; i < lines.Count; i++)
        {
            var lineNumber = i + 1;
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var fields = CsvLine.Split(lines[i]);
            if (fields.Count != columns.Count)
            {
                Fail(lineNumber, 1, "", new($"Expected {columns.Count} fields ({string.Join(',', columns)}), found {fields.Count}.",
                    $"应有 {columns.Count} 个字段（{string.Join(',', columns)}），实际为 {fields.Count} 个。"));
                continue;
            }
            var metric = fields[0].Text.Trim();
            var ok = true;
            if (metric.Length == 0)
            {
                Fail(lineNumber, fields[0].Column, "metric", new("The metric name is empty.", "指标名为空。"));
                ok = false;
            }
            if (!double.TryParse(fields[1].Text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                Fail(lineNumber, fields[1].Column, "value", new($"'{fields[1].Text}' is not a number (use a dot for decimals, no thousands separators).",
                    $"'{fields[1].Text}' 不是数（以点作小数点，不用千位分隔符）。"));
                ok = false;
            }
            if (!int.TryParse(fields[3].Text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2200)
            {
                Fail(lineNumber, fields[3].Column, "year", new($"'{fields[3].Text}' is not a year (1900–2200).", $"'{fields[3].Text}' 不是年份（1900–2200）。"));
                ok = false;
            }
            if (ok && seen.TryGetValue((metric, year), out var first))
            {
                Fail(lineNumber, fields[0].Column, "metric", new($"'{metric}' is listed twice for {year} (first on line {first}).", $"'{metric}' 在 {year} 年列出了两次（第一次在第 {first} 行）。"));
                ok = false;
            }
            if (!ok) continue;
            seen[(metric, year)] = lineNumber;
            var source = columns == SourceAndQuoteColumns ? $"{fields[4].Text.Trim()}: {fields[5].Text.Trim()}" : fields[4].Text.Trim();
            targets.Add(new Target(metric, value, fields[2].Text.Trim(), year, source, lineNumber));
        }
        if (errors.Count == 0 && targets.Count == 0) Fail(headerIndex + 1, 1, "", new("The targets file has a header but no targets.", "校准目标文件只有表头，没有目标。"));
        if (errors.Count > 0) throw new InputException(errors);
        return targets;
    }

    private static int FirstNonBlank(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i])) return i;
        }
        return -1;
    }
}
