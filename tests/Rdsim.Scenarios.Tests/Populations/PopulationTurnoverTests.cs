using Rdsim.Model.Firms;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Scenarios.Tests.Populations;

/// <summary>Entrants and exits of synthetic and imported populations (population.entryRate, population.exitRate).</summary>
public sealed class PopulationTurnoverTests
{
    private static readonly Rdsim.Model.Simulation.ModelParameters Model = TestModels.Model();
    private static readonly PopulationTurnover Turnover = new(EntryRate: 0.1, ExitRate: 0.08, FirstYear: 2010, LastYear: 2015);

    [Fact]
    public void Entrants_come_in_yearly_cohorts_after_the_first_year_firms_which_are_unchanged_but_for_exits()
    {
        var plain = PopulationBuilder.SyntheticTraits(Model, 21, 2_000);
        var turning = PopulationBuilder.SyntheticTraits(Model, 21, 2_000, Turnover);

        Assert.Equal(2_000 + 5 * 200, turning.Length);
        for (var id = 0; id < 2_000; id++)
        {
            Assert.Equal(plain[id] with { ExitYear = turning[id].ExitYear }, turning[id]);
        }
        var cohorts = turning.Skip(2_000).GroupBy(t => t.EntryYear).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enumerable.Range(2011, 5).ToDictionary(y => y, _ => 200), cohorts);
        Assert.All(turning.Skip(2_000), t => Assert.True(t.ExitYear > t.EntryYear));
        Assert.All(turning.Take(2_000), t => Assert.True(t.ExitYear > 2010));
    }

    [Fact]
    public void About_the_exit_rate_of_first_year_firms_leave_each_year()
    {
        var firms = PopulationBuilder.SyntheticTraits(Model, 8, 20_000, Turnover with { EntryRate = 0 });
        Assert.Equal(20_000, firms.Length);
        Assert.InRange(firms.Count(f => f.ExitYear == 2011) / 20_000.0, 0.07, 0.09);
        Assert.InRange(firms.Count(f => f.ActiveIn(2015)) / 20_000.0, Math.Pow(0.92, 5) - 0.015, Math.Pow(0.92, 5) + 0.015);
    }

    [Fact]
    public void Without_turnover_every_firm_is_there_all_the_time()
    {
        var firms = PopulationBuilder.SyntheticTraits(Model, 8, 500);
        Assert.All(firms, f => Assert.Equal((FirmTraits.FromStart, FirmTraits.NeverExits), (f.EntryYear, f.ExitYear)));
    }

    [Fact]
    public void Entry_and_exit_years_survive_the_CSV_round_trip()
    {
        using var dir = new TempDirectory();
        var original = PopulationBuilder.Synthetic(Model, 31, 1_000, null, Turnover);
        var path = dir.File("firms.csv");
        PopulationCsv.Write(original, path);

        var read = PopulationCsv.Read(path, Model, seed: 31, turnover: Turnover);
        Assert.Equal(original.Traits, read.Traits);
        Assert.Contains(read.Traits, t => t.EntryYear != FirmTraits.FromStart);
        Assert.Contains(read.Traits, t => t.ExitYear != FirmTraits.NeverExits);
    }

    [Fact]
    public void An_imported_file_gives_entry_and_exit_years_and_missing_exit_years_are_drawn()
    {
        using var dir = new TempDirectory();
        var rows = string.Join("\n", Enumerable.Range(0, 400).Select(i => i == 0 ? "software,5,2012,2014" : "software,5,,"));
        var path = dir.Write("firms.csv", "sector,revenue,entry_year,exit_year\n" + rows + "\n");

        var firms = PopulationCsv.Read(path, Model, 3, turnover: Turnover).Traits;

        Assert.Equal((2012, 2014), (firms[0].EntryYear, firms[0].ExitYear));
        Assert.Equal(400, firms.Count);
        Assert.All(firms.Skip(1), f => Assert.Equal(FirmTraits.FromStart, f.EntryYear));
        Assert.Contains(firms, f => f.ExitYear is > 2010 and <= 2015);
        var noExits = PopulationCsv.Read(path, Model, 3).Traits;
        Assert.All(noExits.Skip(1), f => Assert.Equal(FirmTraits.NeverExits, f.ExitYear));
    }
}
