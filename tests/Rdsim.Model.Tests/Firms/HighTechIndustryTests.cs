using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;
using Xunit;

namespace Rdsim.Model.Tests.Firms;

/// <summary>
/// The statistics' high-tech industry classification (<see cref="HighTechIndustry"/>): a share of each sector's firms, those
/// with the highest drawn high-tech product share, counted by industry rather than by product.
/// </summary>
public class HighTechIndustryTests
{
    private static readonly SectorProfile Profile = new() { Share = 1, HighTechShareMedian = 0.3, HighTechShareSpread = 1 };

    [Theory]
    [InlineData(0.0, 0.999, false)]
    [InlineData(1.0, 0.001, true)]
    public void A_share_of_zero_or_one_classifies_no_firm_or_every_firm(double industryShare, double productShare, bool expected) =>
        Assert.Equal(expected, HighTechIndustry.Classifies(Profile with { HighTechIndustryShare = industryShare }, productShare));

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.3)]
    [InlineData(0.7)]
    public void About_the_given_share_of_drawn_firms_is_classified(double industryShare)
    {
        var profiles = Sectors.All.Select(_ => Profile with { HighTechIndustryShare = industryShare }).ToArray();
        var sampler = new TraitSampler(profiles, new TraitCorrelations());
        const int count = 20_000;
        var classified = Enumerable.Range(0, count).Count(i => sampler.Draw(7, i).InHighTechIndustry);
        // Binomial sd at n = 20,000 is at most 0.0035: 0.015 is over four of them.
        Assert.InRange(classified / (double)count, industryShare - 0.015, industryShare + 0.015);
    }

    [Fact]
    public void The_classified_firms_are_those_with_the_highest_product_share()
    {
        var profiles = Sectors.All.Select(_ => Profile with { HighTechIndustryShare = 0.25 }).ToArray();
        var sampler = new TraitSampler(profiles, new TraitCorrelations());
        var firms = Enumerable.Range(0, 5_000).Select(i => sampler.Draw(3, i)).ToArray();
        var lowestIn = firms.Where(f => f.InHighTechIndustry).Min(f => f.HighTechShare);
        var highestOut = firms.Where(f => !f.InHighTechIndustry).Max(f => f.HighTechShare);
        Assert.True(lowestIn > highestOut, $"classified from {lowestIn}, unclassified up to {highestOut}");
    }

    [Fact]
    public void A_classified_firm_counts_its_whole_revenue_as_high_tech_industry_output()
    {
        var parameters = TestModel.Parameters() with
        {
            SectorProfiles = TestModel.Parameters().SectorProfiles.Select(p => p with { HighTechIndustryShare = 0.5 }).ToArray(),
        };
        var firms = TestModel.Firms(parameters, 400);
        Assert.Contains(firms, f => f.InHighTechIndustry);
        Assert.Contains(firms, f => !f.InHighTechIndustry);
        var policy = new YearPolicy();
        var noSpillover = Enumerable.Repeat(1.0, Sectors.Count).ToArray();
        foreach (var firm in firms)
        {
            var state = FirmYear.Initial(firm, parameters, policy, 2010);
            var outcome = FirmYear.Step(firm, ref state, new YearInputs(2010, policy, 5, 1, noSpillover), parameters);
            Assert.True(outcome.Revenue > 0);
            Assert.Equal(firm.InHighTechIndustry ? outcome.Revenue : 0, outcome.HighTechIndustryRevenue);
        }
    }
}
