using System.Globalization;
using CsvHelper;
using Rdsim.Model.Firms;
using Rdsim.Scenarios.IO;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Scenarios.Populations;

/// <summary>
/// Reads and checks the rows of a population CSV file. Every problem in the file is counted and the first
/// <see cref="DiagnosticBag.Kept"/> are thrown together as one <see cref="InputException"/>. Only regular files
/// within <see cref="InputLimit.Population"/> are read.
/// </summary>
internal static class PopulationCsvReader
{
    /// <summary>The file's rows, in file order; throws <see cref="InputException"/> listing every problem.</summary>
    public static IReadOnlyList<CsvFirmRow> Read(string path)
    {
        if (InputFile.Problem(path, InputLimit.Population) is { } problem)
            throw new InputException(Diagnostic.Error(path, 0, 0, "", problem));

        var errors = new DiagnosticBag();
        var rows = new List<CsvFirmRow>();
        try
        {
            ReadRows(path, errors, rows);
        }
        catch (CsvFormatException e)
        {
            errors.Add(Diagnostic.Error(path, (int)e.LineNumber, 0, "", new Bilingual("unreadable CSV: ", "无法读取的 CSV：") + InputFile.SystemText(Excerpt.Of(e.Message, 200))));
        }
        catch (Exception e) when (InputFile.IsReadFailure(e))
        {
            errors.Add(Diagnostic.Error(path, 0, 0, "", new Bilingual("the file cannot be read: ", "无法读取该文件：") + InputFile.Reason(e)));
        }
        if (!errors.HasErrors && rows.Count == 0)
            errors.Add(Diagnostic.Error(path, 2, 1, "", new("the file has no firms: expected a header line and one row per firm", "文件中没有企业：应有一行表头，每家企业一行")));
        if (errors.HasErrors) throw errors.ToException();
        return rows;
    }

    private static void ReadRows(string path, DiagnosticBag errors, List<CsvFirmRow> rows)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = false,
            DetectSeparatorHint = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = r => errors.Add(Diagnostic.Error(path, (int)r.LineNumber, 0, "",
                new($"malformed quoting ({r.Reason}): {Excerpt.Of(r.RawRecord)}", $"引号使用有误（解析器原文：\"{r.Reason}\"）：{Excerpt.Of(r.RawRecord)}"))),
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using var csv = CsvReader.Create(InputFile.OpenRead(path, InputLimit.Population), options, leaveOpen: false);
        var header = csv.Headers.ToArray();
        if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            errors.Add(Diagnostic.Error(path, 1, 1, "", new("the file is empty: expected a header line and one row per firm", "文件为空：应有一行表头，每家企业一行")));
            return;
        }
        var positions = PopulationCsvHeader.Map(path, header, errors);
        if (positions is null) return;

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            if (csv.FieldCount != header.Length)
            {
                errors.Add(Diagnostic.Error(path, line, 0, "", new($"the row has {csv.FieldCount} fields; the header has {header.Length}",
                    $"该行有 {csv.FieldCount} 个字段；表头有 {header.Length} 个")));
                continue;
            }
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = csv.GetString(i) ?? "";
            if (ParseRow(path, line, fields, positions, errors) is not { } row) continue;
            if (row.ExternalId is { } id && !ids.TryAdd(id, line))
                errors.Add(Diagnostic.Error(path, line, 0, PopulationCsvColumns.Id, new($"id '{id}' already used on line {ids[id]}", $"id '{id}' 已在第 {ids[id]} 行使用")));
            rows.Add(row);
        }
    }

    private static CsvFirmRow? ParseRow(string path, int line, string[] fields, Dictionary<string, int> positions, DiagnosticBag errors)
    {
        var f = new CsvRowFields(path, line, fields, positions, errors);
        var sectorKey = f.Required(PopulationCsvColumns.Sector);
        var sector = sectorKey is null ? null : Sectors.Find(sectorKey);
        if (sectorKey is not null && sector is null)
        {
            var known = string.Join(", ", Sectors.All.Select(s => s.Key));
            f.Fail(PopulationCsvColumns.Sector, new Bilingual($"unknown sector '{sectorKey}'", $"未知行业 '{sectorKey}'") + SectorHint(sectorKey)
                + new Bilingual($"; expected one of {known}", $"；应为 {known} 之一"));
        }
        var revenue = f.Number(PopulationCsvColumns.Revenue, 0, InputBounds.MaxRevenue, minExclusive: true, required: true);
        var margin = f.Number(PopulationCsvColumns.Margin, InputBounds.MinMargin, 1);
        var intensity = f.Number(PopulationCsvColumns.LatentIntensity, 0, InputBounds.MaxLatentIntensity);
        var highTech = f.Number(PopulationCsvColumns.HighTechShare, 0, 1);
        var staff = f.Number(PopulationCsvColumns.RdStaffShare, 0, 1);
        var coreIp = f.Boolean(PopulationCsvColumns.CoreIp);
        var highTechIndustry = f.Boolean(PopulationCsvColumns.HighTechIndustry);
        var entry = f.Year(PopulationCsvColumns.EntryYear);
        var exit = f.Year(PopulationCsvColumns.ExitYear);
        var weight = f.Count(PopulationCsvColumns.Weight, InputBounds.MaxWeight);
        if (entry is not null && exit is not null && exit <= entry)
            f.Fail(PopulationCsvColumns.ExitYear, new($"{exit} is not after entry_year {entry}: a firm leaves at the earliest the year after it enters",
                $"{exit} 不晚于 entry_year {entry}：企业最早在进入的次年退出"));
        if (f.HasErrors || sector is null || revenue is null) return null;
        return new CsvFirmRow(line, f.Text(PopulationCsvColumns.Id), f.Text(PopulationCsvColumns.Name), f.Text(PopulationCsvColumns.Region),
            sector.Id, revenue.Value, margin, intensity, highTech, staff, coreIp, highTechIndustry, entry, exit, weight);
    }

    private static Bilingual SectorHint(string key) =>
        Sectors.All.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase)) is { } s
            ? new($" (did you mean '{s.Key}'? sector keys are case-sensitive)", $"（是否想写 '{s.Key}'？行业键区分大小写）")
            : Bilingual.Same("");
}
