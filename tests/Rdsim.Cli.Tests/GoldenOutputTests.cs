using Rdsim.Cli.Selftest;
using Rdsim.Engine.Reference;

namespace Rdsim.Cli.Tests;

/// <summary>
/// Every bundled scenario's small fixed-seed version must reproduce its committed years.csv exactly, so
/// that any change to results is seen and explained in the commit that makes it. After a deliberate
/// change, regenerate with RDSIM_UPDATE_GOLDEN=1 dotnet test tests/Rdsim.Cli.Tests --filter GoldenOutput
/// and say in the commit message why the numbers moved.
/// </summary>
public class GoldenOutputTests
{
    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Rdsim.Scenarios, "*.yaml").Select(Path.GetFileName).Where(f => !f!.StartsWith("sweep", StringComparison.Ordinal)).Order())
        {
            data.Add(file!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Bundled_scenario_reproduces_its_golden_output(string scenario)
    {
        var actual = await GoldenRun.YearsCsv(Path.Combine(Rdsim.Scenarios, scenario), new ReferenceEngine(), default);
        var golden = Path.Combine(Rdsim.Scenarios, "golden", BundledScenarios.GoldenName(scenario));
        if (Environment.GetEnvironmentVariable("RDSIM_UPDATE_GOLDEN") == "1") await File.WriteAllTextAsync(golden, actual);
        Assert.True(File.Exists(golden), $"No golden output for {scenario}: run RDSIM_UPDATE_GOLDEN=1 dotnet test tests/Rdsim.Cli.Tests --filter GoldenOutput");
        Assert.True(actual == await File.ReadAllTextAsync(golden),
            $"{scenario} no longer reproduces {golden}. If the change is deliberate, regenerate (RDSIM_UPDATE_GOLDEN=1) and explain it in the commit.");
    }

    [Fact]
    public void Selftest_passes_for_every_bundled_scenario()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("selftest");
        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("pass", result.Out);
        Assert.DoesNotContain("FAIL", result.Out);
    }
}
