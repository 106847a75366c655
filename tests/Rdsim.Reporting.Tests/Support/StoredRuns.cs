using System.Globalization;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Tests.Support;

/// <summary>Run folders written by hand for chart tests: a <c>years.csv</c> of chosen columns (the others 0), read back as a run's results.</summary>
internal static class StoredRuns
{
    /// <summary>
    /// The results of a run called <paramref name="name"/> over 2008–2024, one replicate, whose <c>years.csv</c> holds
    /// <paramref name="columns"/> (comma-separated names) with the values <paramref name="row"/> gives for each year index.
    /// </summary>
    public static RunResult Years(string folder, string name, string columns, Func<int, string> row)
    {
        var runFolder = Directory.CreateDirectory(Path.Combine(folder, $"run-{Guid.NewGuid():N}")).FullName;
        var given = columns.Split(',');
        var header = YearsTable.Columns.Select(c => c.Name).ToList();
        var lines = Enumerable.Range(0, 17).Select(y =>
        {
            var values = row(y).Split(',');
            return string.Join(',', YearsTable.Columns.Select(c => c.Name switch
            {
                "scenario" => name,
                "year" => (2008 + y).ToString(CultureInfo.InvariantCulture),
                _ when Array.IndexOf(given, c.Name) is var i and >= 0 => values[i],
                _ => "0",
            }));
        });
        File.WriteAllLines(Path.Combine(runFolder, RunFolder.YearsFile), [string.Join(',', header), .. lines]);
        return RunFolder.Load(runFolder, Manifest(name));
    }

    /// <summary>A manifest that names the scenario and the years, and little else.</summary>
    public static RunManifest Manifest(string name) => new("rdsim", "0", "reference", "test",
        new ManifestScenario(name, null, "test.yaml", "", []), 1, [1], 1, "synthetic", 2008, 2024, 0,
        DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, new Dictionary<string, double>(), "test", "", [], []);
}
