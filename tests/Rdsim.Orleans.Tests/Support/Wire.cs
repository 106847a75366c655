using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Rdsim.Orleans.Tests.Support;

/// <summary>What crosses a grain boundary, sent through the silo's own serializer and compared by every field.</summary>
internal static class Wire
{
    /// <summary>JSON of every property and field, NaN and infinities included: two values with the same JSON carry the same numbers.</summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        IncludeFields = true,
    };

    /// <summary><paramref name="value"/> serialized and read back as the cluster's client would.</summary>
    public static T RoundTrip<T>(this OneSiloFixture fixture, T value) => Serializer(fixture).Deserialize<T>(Serializer(fixture).SerializeToArray(value))!;

    /// <summary><paramref name="value"/> sent as an <see cref="object"/> (the serializer finds its converter by its run-time type).</summary>
    public static object RoundTripObject(this OneSiloFixture fixture, object value) =>
        Serializer(fixture).Deserialize<object>(Serializer(fixture).SerializeToArray(value))!;

    /// <summary>Every property and field of <paramref name="value"/>, as JSON of its type <paramref name="type"/>.</summary>
    public static string Fields(object value, Type type) => JsonSerializer.Serialize(value, type, Json);

    /// <summary>Every property and field of <paramref name="value"/>, as JSON.</summary>
    public static string Fields<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static Serializer Serializer(OneSiloFixture fixture) => fixture.Cluster.Client.ServiceProvider.GetRequiredService<Serializer>();
}
