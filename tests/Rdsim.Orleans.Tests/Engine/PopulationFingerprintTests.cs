using System.Reflection;
using Rdsim.Model.Firms;
using Rdsim.Orleans.Engine;
using Rdsim.Orleans.Tests.Support;

namespace Rdsim.Orleans.Tests.Engine;

/// <summary>A population's fingerprint is its firms' traits: the same firms give the same one, any change to any trait of any firm another.</summary>
public sealed class PopulationFingerprintTests
{
    [Fact]
    public void The_same_firms_drawn_again_have_the_same_fingerprint()
    {
        Assert.Equal(PopulationFingerprint.Of(TestInputs.Create(firms: 2000).Firms), PopulationFingerprint.Of(TestInputs.Create(firms: 2000).Firms));
    }

    [Fact]
    public void One_more_firm_or_another_seed_is_another_population()
    {
        var firms = TestInputs.Create(firms: 100).Firms;

        Assert.NotEqual(PopulationFingerprint.Of(firms), PopulationFingerprint.Of(TestInputs.Create(firms: 101).Firms));
        Assert.NotEqual(PopulationFingerprint.Of(firms), PopulationFingerprint.Of(TestInputs.Create(firms: 100, seed: 43).Firms));
    }

    /// <summary>Every property of <see cref="FirmTraits"/>, so that a trait added later is hashed too or this test fails.</summary>
    public static TheoryData<string> Traits() => [.. typeof(FirmTraits).GetProperties().Where(p => p.CanWrite).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Traits))]
    public void A_change_to_any_trait_of_one_firm_is_another_population(string trait)
    {
        var firms = TestInputs.Create(firms: 30).Firms.ToArray();
        var property = typeof(FirmTraits).GetProperty(trait)!;
        object changed = firms[17];
        property.SetValue(changed, Changed(property.GetValue(changed)!));
        var other = firms.ToArray();
        other[17] = (FirmTraits)changed;

        Assert.NotEqual(firms[17], other[17]);
        Assert.NotEqual(PopulationFingerprint.Of(firms), PopulationFingerprint.Of(other));
    }

    private static object Changed(object value) => value switch
    {
        int i => i == int.MaxValue ? 0 : i + 1,
        double d => Math.BitIncrement(d),
        bool b => !b,
        _ => throw new NotSupportedException($"A trait of type {value.GetType().Name}: teach PopulationFingerprint and this test to change it."),
    };
}
