namespace Rdsim.Scenarios.Registry;

/// <summary>
/// Writes a parameter's value into a model record of type <typeparamref name="T"/> (a <c>YearPolicy</c>,
/// <c>BehaviourParameters</c>, <c>TraitCorrelations</c> or one sector's <c>SectorProfile</c>).
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="Apply">Returns the record with the value set.</param>
/// <param name="SectorId">For sector profiles: which sector; otherwise -1.</param>
internal sealed record ModelBinding<T>(Func<T, object?, T> Apply, int SectorId = -1) : ParameterBinding;
