using System.Reflection;
using Orleans;
using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;
using Rdsim.Orleans.Abstractions.Surrogates;

namespace Rdsim.Conventions.Tests;

/// <summary>
/// Every type that crosses a grain boundary is a serializable, immutable record with a fixed wire name,
/// or a model type with a registered surrogate. A missing attribute otherwise fails only at run time.
/// </summary>
public class GrainMessageTests
{
    private static readonly Assembly Contracts = typeof(Orleans.Abstractions.Grains.GrainKeys).Assembly;

    public static TheoryData<string> SerializableTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in Contracts.GetTypes().Where(t => t.GetCustomAttribute<GenerateSerializerAttribute>() is not null)) data.Add(type.FullName!);
        return data;
    }

    [Theory]
    [MemberData(nameof(SerializableTypes))]
    public void Serializable_types_are_immutable_and_aliased(string typeName)
    {
        var type = Contracts.GetType(typeName)!;
        Assert.NotNull(type.GetCustomAttribute<ImmutableAttribute>());
        Assert.NotNull(type.GetCustomAttribute<AliasAttribute>());
    }

    [Fact]
    public void Every_type_in_a_grain_signature_can_cross_the_wire()
    {
        var surrogateTargets = Contracts.GetTypes()
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConverter<,>))
            .Select(i => i.GetGenericArguments()[0])
            .ToHashSet();
        var grainInterfaces = Contracts.GetTypes().Where(t => t.IsInterface && typeof(IAddressable).IsAssignableFrom(t));
        var offenders = new List<string>();
        foreach (var method in grainInterfaces.SelectMany(i => i.GetMethods()))
        {
            foreach (var type in method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType).SelectMany(Unwrap))
            {
                if (type.Assembly.GetName().Name?.StartsWith("Rdsim", StringComparison.Ordinal) != true) continue;
                var ok = type.GetCustomAttribute<GenerateSerializerAttribute>() is not null || surrogateTargets.Contains(type) || type.IsEnum;
                if (!ok) offenders.Add($"{method.DeclaringType!.Name}.{method.Name}: {type.Name}");
            }
        }
        Assert.True(offenders.Count == 0, "Types without a serializer or surrogate:\n" + string.Join("\n", offenders));
    }

    /// <summary>
    /// The model's records of parameters cross the wire by their properties (<see cref="RecordConverter{T}"/>, which reads the
    /// init properties by reflection), not through a surrogate written member by member with numbered ids. So a new
    /// parameter needs no wire change — it is declared once, in its record and its registry entry (issue 15, point 6) —
    /// and the model needs no Orleans attributes: the attribute-only serialization package stays out of it
    /// (<see cref="ModelPurityTests"/>). Records on the hot path (traits, outcomes, aggregates) keep their surrogates, for speed.
    /// </summary>
    [Theory]
    [InlineData(typeof(YearPolicy))]
    [InlineData(typeof(IntensityBands))]
    [InlineData(typeof(BehaviourParameters))]
    [InlineData(typeof(SectorProfile))]
    [InlineData(typeof(TraitCorrelations))]
    [InlineData(typeof(ModelParameters))]
    [InlineData(typeof(RunSettings))]
    public void Parameter_records_cross_the_wire_by_their_properties(Type record)
    {
        var byProperties = Contracts.GetTypes()
            .Where(t => t.GetCustomAttribute<RegisterConverterAttribute>() is not null
                        && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(RecordConverter<>))
            .Select(t => t.BaseType!.GetGenericArguments()[0]);
        Assert.Contains(record, byProperties);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.IsArray) return Unwrap(type.GetElementType()!);
        if (type.IsGenericType) return type.GetGenericArguments().SelectMany(Unwrap);
        return [type];
    }
}
