using Rdsim.Model.Firms;
using Rdsim.Orleans.Abstractions.Messages;

namespace Rdsim.Orleans.Tests;

/// <summary>House rules that are cheap to check by reflection.</summary>
public sealed class ConventionTests
{
    [Fact]
    public void EveryMessageAndSurrogate_IsImmutableAndAliased()
    {
        var types = typeof(StepBatch).Assembly.GetTypes().Where(t => t.IsDefined(typeof(GenerateSerializerAttribute), false)).ToList();

        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.True(t.IsDefined(typeof(ImmutableAttribute), false), $"{t.Name} is not [Immutable]"));
        Assert.All(types, t => Assert.True(t.IsDefined(typeof(AliasAttribute), false), $"{t.Name} has no [Alias]"));
    }

    [Fact]
    public void TheModel_ReferencesNoOrleans()
    {
        var references = typeof(FirmState).Assembly.GetReferencedAssemblies();

        Assert.DoesNotContain(references, a => a.Name!.StartsWith("Orleans", StringComparison.Ordinal));
    }
}
