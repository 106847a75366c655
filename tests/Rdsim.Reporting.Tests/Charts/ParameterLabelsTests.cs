using Rdsim.Reporting.Charts;

namespace Rdsim.Reporting.Tests.Charts;

/// <summary>The frontier's labels name each swept parameter by its last part, or by as many parts as tell it from the others.</summary>
public class ParameterLabelsTests
{
    [Fact]
    public void Each_parameter_is_named_by_its_last_part_when_that_is_enough()
    {
        Assert.Equal(["extraRate", "rate"], ParameterLabels.Shortest(["superDeduction.extraRate", "hnte.rate"]));
    }

    [Fact]
    public void Parameters_ending_alike_keep_the_parts_that_tell_them_apart()
    {
        Assert.Equal(["machinery.patentScale", "electronics.patentScale", "rate"],
            ParameterLabels.Shortest(["population.sectors.machinery.patentScale", "population.sectors.electronics.patentScale", "hnte.rate"]));
    }

    [Fact]
    public void A_name_that_ends_another_stays_whole()
    {
        Assert.Equal(["rate", "hnte.rate"], ParameterLabels.Shortest(["rate", "hnte.rate"]));
    }
}
