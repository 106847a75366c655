using Rdsim.Calibration.Fitting;

namespace Rdsim.Calibration.Tests.Fitting;

/// <summary>How a search coordinate <c>u</c> moves the values a free parameter sets: 0 is the starting scenario, each transform keeps its kind of value valid.</summary>
public sealed class FreeParameterTests
{
    private static FreeParameter With(ParameterTransform transform) => new("p", "", ["a.b"], transform, 0.5);

    [Theory]
    [InlineData(ParameterTransform.LogScale, 2.0, 6.0)]
    [InlineData(ParameterTransform.LogitShift, 0.5, 0.75)]
    [InlineData(ParameterTransform.Shift, 0.1, 0.1 + 1.0986122886681098)]
    public void A_coordinate_of_ln_3_scales_shifts_the_odds_or_adds(ParameterTransform transform, double start, double expected)
    {
        var parameter = With(transform);

        Assert.Equal(expected, parameter.ValueAt(start, Math.Log(3)), 12);
        Assert.Equal(start, parameter.ValueAt(start, 0), 12);
    }

    [Fact]
    public void Shares_stay_shares_and_scaled_values_keep_their_sign_however_far_the_search_goes()
    {
        Assert.InRange(With(ParameterTransform.LogitShift).ValueAt(0.3, 30), 0.999, 1.0);
        Assert.InRange(With(ParameterTransform.LogitShift).ValueAt(0.3, -30), 0.0, 0.001);
        Assert.True(With(ParameterTransform.LogScale).ValueAt(0.02, -30) > 0);
        Assert.True(With(ParameterTransform.Shift).ValueAt(0.05, -0.2) < 0, "a margin may become negative");
    }
}
