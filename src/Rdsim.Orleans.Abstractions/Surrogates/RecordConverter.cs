namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>
/// Converts a record to and from a <see cref="RecordSurrogate"/> by its properties (<see cref="RecordShape{T}"/>): for records
/// that cross the wire rarely (a run's parameters once, the results at the end), so that they need no surrogate written
/// member by member. Records on the hot path (traits, outcomes, aggregates) keep theirs.
/// </summary>
/// <typeparam name="T">The record.</typeparam>
public abstract class RecordConverter<T> : IConverter<T, RecordSurrogate> where T : class
{
    /// <inheritdoc />
    public T ConvertFromSurrogate(in RecordSurrogate surrogate) => RecordShape<T>.Build(surrogate);

    /// <inheritdoc />
    public RecordSurrogate ConvertToSurrogate(in T value) => RecordShape<T>.Take(value);
}
