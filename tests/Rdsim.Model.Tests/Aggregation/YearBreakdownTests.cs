using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Model.Tests.Aggregation;

/// <summary>
/// A breakdown adds each firm-year to one sector × size × tax-status cell and to its region's group, and folds the cells into
/// the total and the groups when they are read: the result must be the same bits as adding every firm-year to each of its five
/// groups (six for a manufacturing firm-year, which also counts in its size class among manufacturing), however the firm-years are split between breakdowns, merged, and read in between.
/// </summary>
public class YearBreakdownTests
{
    private static readonly double[] NoSpillover = Enumerable.Repeat(1.0, Sectors.Count).ToArray();

    /// <summary>Regions the firms are spread over; the last one's id is past the others (a breakdown grows its region list to it).</summary>
    private const int Regions = 7;

    /// <summary>
    /// Scenario and counterfactual outcomes of 400 firms in their fourth year: every sector and size class, HNTEs, claimants,
    /// losses; each firm in region id % 7, so that parts of the split hold some regions only.
    /// </summary>
    private static readonly Lazy<List<(int Sector, int Region, FirmYearOutcome Scenario, FirmYearOutcome Counterfactual)>> Outcomes = new(() =>
    {
        var parameters = TestModel.Parameters();
        var sampler = new TraitSampler(parameters.SectorProfiles, parameters.Correlations);
        var policy = new YearPolicy { ExtraRate = 0.75 };
        var none = policy.WithoutIncentives();
        var outcomes = new List<(int, int, FirmYearOutcome, FirmYearOutcome)>();
        for (var id = 0; id < 400; id++)
        {
            var firm = sampler.Draw(17, id);
            var (withPolicy, without) = (FirmYear.Initial(firm, parameters, policy, 2015), FirmYear.Initial(firm, parameters, none, 2015));
            FirmYearOutcome a = default, b = default;
            for (var year = 2015; year <= 2018; year++)
            {
                a = FirmYear.Step(firm, ref withPolicy, new YearInputs(year, policy, 9, 1, NoSpillover), parameters);
                b = FirmYear.Step(firm, ref without, new YearInputs(year, none, 9, 1, NoSpillover), parameters);
            }
            outcomes.Add((firm.SectorId, id % Regions, a, b));
        }
        return outcomes;
    });

    /// <summary>
    /// The definition: every firm-year added to the total, its sector, size class, tax status and region, one by one, and a
    /// manufacturing firm-year to its size class among manufacturing too.
    /// </summary>
    private static (YearAggregate Total, YearAggregate[] BySector, YearAggregate[] BySize, YearAggregate[] ByTaxStatus, YearAggregate[] ByRegion,
        YearAggregate[] ManufacturingBySize) ByDefinition(int weight)
    {
        var total = new YearAggregate();
        var bySector = Enumerable.Range(0, Sectors.Count).Select(_ => new YearAggregate()).ToArray();
        var bySize = Enumerable.Range(0, SizeClasses.Count).Select(_ => new YearAggregate()).ToArray();
        var byTaxStatus = Enumerable.Range(0, TaxStatuses.Count).Select(_ => new YearAggregate()).ToArray();
        var byRegion = Enumerable.Range(0, Regions).Select(_ => new YearAggregate()).ToArray();
        var manufacturingBySize = Enumerable.Range(0, SizeClasses.Count).Select(_ => new YearAggregate()).ToArray();
        foreach (var (sector, region, s, c) in Outcomes.Value)
        {
            var size = (int)SizeClasses.Of(s.Revenue);
            YearAggregate[] groups = [total, bySector[sector], bySize[size], byTaxStatus[(int)TaxStatuses.Of(c)], byRegion[region],
                .. Sectors.All[sector].IsManufacturing ? [manufacturingBySize[size]] : Array.Empty<YearAggregate>()];
            foreach (var group in groups)
            {
                group.Add(s, weight);
                group.AddPaired(s, c, weight);
            }
        }
        return (total, bySector, bySize, byTaxStatus, byRegion, manufacturingBySize);
    }

    [Property(MaxTest = 60)]
    public Property Split_merged_and_read_between_adds_it_equals_adding_each_firm_year_to_its_five_groups()
    {
        var cuts = Gen.ArrayOf(Gen.Choose(0, 400)).ToArbitrary();
        var weights = Gen.Choose(1, 9).ToArbitrary();
        return Prop.ForAll(cuts, weights, (cutPoints, weight) =>
        {
            var bounds = cutPoints.Append(0).Append(400).Distinct().Order().ToArray();
            var merged = new YearBreakdown();
            for (var part = 0; part + 1 < bounds.Length; part++)
            {
                var breakdown = new YearBreakdown();
                for (var i = bounds[part]; i < bounds[part + 1]; i++)
                {
                    var (sector, region, s, c) = Outcomes.Value[i];
                    breakdown.Add(s, sector, region, TaxStatuses.Of(c), weight);
                    breakdown.AddPaired(s, c, sector, region, weight);
                    if (i % 97 == 0) _ = breakdown.Total;   // a read folds the cells; later adds must still count
                }
                // Alternate merging into a folded and an unfolded breakdown.
                if (part % 2 == 0) _ = merged.BySize;
                merged.Merge(breakdown);
            }
            var (total, bySector, bySize, byTaxStatus, byRegion, manufacturingBySize) = ByDefinition(weight);
            return Same(total, merged.Total)
                && bySector.Select((g, i) => Same(g, merged.BySector[i])).All(x => x)
                && bySize.Select((g, i) => Same(g, merged.BySize[i])).All(x => x)
                && byTaxStatus.Select((g, i) => Same(g, merged.ByTaxStatus[i])).All(x => x)
                && manufacturingBySize.Select((g, i) => Same(g, merged.ManufacturingBySize[i])).All(x => x)
                && merged.ByRegion.Count == Regions
                && byRegion.Select((g, i) => Same(g, merged.Region(i))).All(x => x);
        });
    }

    [Fact]
    public void The_outcomes_reach_every_size_class_in_and_out_of_manufacturing_both_tax_statuses_and_the_claimant_sums()
    {
        // Guards the property above against a sample too narrow to exercise the cells.
        var (total, _, bySize, byTaxStatus, _, manufacturingBySize) = ByDefinition(1);
        Assert.All(bySize.Where((_, i) => i > 0), g => Assert.True(g[CountMetric.Firms] > 0));
        Assert.All(manufacturingBySize.Where((_, i) => i > 0), g => Assert.True(g[CountMetric.Firms] > 0));
        Assert.True(manufacturingBySize.Sum(g => g[CountMetric.Firms]) < total[CountMetric.Firms]);
        Assert.All(byTaxStatus, g => Assert.True(g[CountMetric.Firms] > 0));
        Assert.True(total[CountMetric.Claimants] > 0);
        Assert.True(total[SumMetric.Deadweight].Value > 0);
    }

    private static bool Same(YearAggregate expected, YearAggregate actual) =>
        expected.Counts.SequenceEqual(actual.Counts) && expected.Sums.SequenceEqual(actual.Sums);
}
