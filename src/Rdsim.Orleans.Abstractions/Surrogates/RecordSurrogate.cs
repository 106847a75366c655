namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>
/// The wire form of a record that has no hand-made one (<see cref="RecordConverter{T}"/>): the values of its public settable
/// properties in declaration order, with their names, so that silos of two builds whose records differ refuse each other's
/// values instead of mixing them up. Policy and behaviour parameters cross the wire this way: a property added to one of
/// those records needs no change here.
/// </summary>
/// <param name="Names">The properties' names, in declaration order.</param>
/// <param name="Values">Their values (lists as arrays), bit for bit.</param>
[GenerateSerializer, Immutable, Alias("rdsim.Record")]
public readonly record struct RecordSurrogate(
    [property: Id(0)] string[] Names,
    [property: Id(1)] object?[] Values);
