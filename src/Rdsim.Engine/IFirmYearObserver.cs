using Rdsim.Model.Firms;

namespace Rdsim.Engine;

/// <summary>
/// Sees every firm's outcome in every reported year (for a firm-year panel). An engine calls it once per
/// replicate and reported year, after the year is stepped, from one thread, with outcomes indexed by firm id.
/// </summary>
public interface IFirmYearObserver
{
    /// <summary>The outcomes of one reported year, in both worlds, indexed by firm id.</summary>
    void Observe(int replicate, int year, ReadOnlySpan<FirmYearOutcome> scenario, ReadOnlySpan<FirmYearOutcome> counterfactual);
}
