using System.Collections;
using System.Reflection;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>
/// How a record of type <typeparamref name="T"/> is taken apart into a <see cref="RecordSurrogate"/> and put together again:
/// by its public settable (init) properties, set on a new instance, or passed to the constructor whose parameters they are.
/// Computed properties have no setter and are left out.
/// </summary>
/// <typeparam name="T">The record.</typeparam>
internal static class RecordShape<T> where T : class
{
    private static readonly PropertyInfo[] Properties = [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
        .OrderBy(p => p.MetadataToken)];

    private static readonly string[] Names = [.. Properties.Select(p => p.Name)];

    /// <summary>For each property whose type is a list interface, the element type of the array it travels as; else null.</summary>
    private static readonly Type?[] ListElements = [.. Properties.Select(p => ListElement(p.PropertyType))];

    /// <summary>The constructor that takes every property, for records without a parameterless one (positional records).</summary>
    private static readonly ConstructorInfo? Positional = typeof(T).GetConstructor(Type.EmptyTypes) is null
        ? typeof(T).GetConstructors().Single(c => c.GetParameters().Select(p => p.Name).SequenceEqual(Names, StringComparer.OrdinalIgnoreCase))
        : null;

    /// <summary>The wire form of <paramref name="value"/>.</summary>
    public static RecordSurrogate Take(T value)
    {
        var values = new object?[Properties.Length];
        for (var i = 0; i < values.Length; i++) values[i] = AsArray(Properties[i].GetValue(value), ListElements[i]);
        return new RecordSurrogate(Names, values);
    }

    /// <summary>The record <paramref name="surrogate"/> carries.</summary>
    /// <exception cref="InvalidOperationException">It was written by a build whose <typeparamref name="T"/> has other properties.</exception>
    public static T Build(in RecordSurrogate surrogate)
    {
        if (!surrogate.Names.SequenceEqual(Names, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"A {typeof(T).Name} arrived with the properties {string.Join(", ", surrogate.Names)}; this build's are " +
                $"{string.Join(", ", Names)}. Every silo and client of a cluster must run the same rdsim.");
        }
        if (Positional is not null) return (T)Positional.Invoke(surrogate.Values);
        var record = Activator.CreateInstance<T>();
        for (var i = 0; i < Properties.Length; i++) Properties[i].SetValue(record, surrogate.Values[i]);
        return record;
    }

    private static Type? ListElement(Type type) =>
        type.IsInterface && type.IsGenericType && type.GetGenericArguments() is [var element] && type.IsAssignableFrom(element.MakeArrayType())
            ? element
            : null;

    /// <summary>A list as an array of its element type (the serializer needs a concrete type); anything else as it is.</summary>
    private static object? AsArray(object? value, Type? element)
    {
        if (element is null || value is null || value.GetType() == element.MakeArrayType()) return value;
        var items = ((IEnumerable)value).Cast<object?>().ToList();
        var array = Array.CreateInstance(element, items.Count);
        for (var i = 0; i < items.Count; i++) array.SetValue(items[i], i);
        return array;
    }
}
