using Rdsim.Reporting.Data;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;

using Rdsim.Tests.Shared;

namespace Rdsim.Reporting.Tests.Data;

/// <summary>Who benefits: the groups of each kind cover every firm, so their relief, induced R&amp;D and shares add up to the run's.</summary>
public class WhoBenefitsTests
{
    private static readonly Lazy<Task<RunResult>> Run = new(() => SmallRuns.ChinaFrom2015());

    private static readonly string[] Kinds = [GroupsTable.TaxStatusKind, GroupsTable.SizeKind, GroupsTable.SectorKind];

    [Fact]
    public async Task Each_kind_of_group_adds_up_to_the_whole_run()
    {
        var run = await Run.Value;
        var groups = WhoBenefits.Of(run.Groups);
        var headline = Headline.Of(run.Years);
        var relief = run.Years.Total(YearsTable.Scenario(WorldColumns.ReliefTotal)) / run.Years.Replicates;
        foreach (var kind in Kinds)
        {
            var block = groups.Where(g => g.Kind == kind).ToList();
            Assert.NotEmpty(block);
            Assert.Equal(1, block.Sum(g => g.ReliefShare), 12);
            Assert.Equal(1, block.Sum(g => g.InducedShare), 12);
            // The model's group sums partition its totals exactly (fixed point); the tables hold each rounded to a double, and the
            // sums here add those doubles over groups, years and replicates, so they agree with the totals to rounding only.
            Assert.Equal(headline.InducedRealRd, block.Sum(g => g.InducedRealRd), Math.Abs(headline.InducedRealRd) * 1e-12);
            Assert.Equal(headline.RevenueForgone, block.Sum(g => g.RevenueForgone), Math.Abs(headline.RevenueForgone) * 1e-12);
            Assert.Equal(relief, block.Sum(g => g.Relief), relief * 1e-12);
        }
    }

    [Fact]
    public async Task In_every_year_the_groups_induced_RD_adds_up_to_the_years_and_their_relief_shares_to_one()
    {
        var run = await Run.Value;
        var (groups, years) = (run.Groups, run.YearsTable);
        var induced = GroupsTable.ThisYear(AdditionalityColumns.InducedRealRd);
        for (var row = 0; row < years.Count; row++)
        {
            var (replicate, year) = (years.Integer(YearsTable.Replicate, row), years.Integer(YearsTable.Year, row));
            var total = years.Number(YearsTable.ThisYear(AdditionalityColumns.InducedRealRd), row);
            foreach (var kind in Kinds)
            {
                var rows = Enumerable.Range(0, groups.Count).Where(r => groups.Integer(GroupsTable.Replicate, r) == replicate
                    && groups.Integer(GroupsTable.Year, r) == year && groups.Text(GroupsTable.World, r) == "scenario" && groups.Text(GroupsTable.GroupKind, r) == kind).ToList();
                Assert.Equal(total, rows.Sum(r => groups.Number(induced, r)), Math.Abs(total) * 1e-12);
                Assert.Equal(1, rows.Select(r => groups.Number(GroupsTable.ReliefShare, r)).Where(double.IsFinite).Sum(), 12);
                Assert.Equal(1, rows.Select(r => groups.Number(GroupsTable.InducedRealRdShare, r)).Where(double.IsFinite).Sum(), 12);
            }
        }
    }

    [Fact]
    public async Task Firm_years_that_would_pay_no_tax_get_next_to_no_relief_and_forgo_no_revenue()
    {
        var groups = WhoBenefits.Of((await Run.Value).Groups);
        var none = Assert.Single(groups, g => g is { Kind: GroupsTable.TaxStatusKind, Group: "nontaxpaying" });
        // Relief is a deduction used against income, a lower rate on income, or a credit against tax: a firm-year with no taxable
        // income gets none. What its deduction saves comes later, as a carried loss used in a year it pays tax (counted there).
        Assert.True(none.ReliefShare < 1e-3, $"relief share {none.ReliefShare}");
        Assert.True(none.RevenueForgone <= 1e-6, $"revenue forgone {none.RevenueForgone}");
        Assert.True(none.Firms > 0);
    }

    [Fact]
    public async Task The_run_in_memory_and_read_back_give_the_same_groups()
    {
        var run = await Run.Value;
        var folder = Directory.CreateTempSubdirectory("rdsim-who-").FullName;
        try
        {
            var path = Path.Combine(folder, Reporting.Files.RunFolder.GroupsFile);
            run.Groups.Write(path);
            Assert.Equal(WhoBenefits.Of(run.Groups), WhoBenefits.Of(ResultTable<GroupRow>.Read(path, GroupsTable.Columns)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
