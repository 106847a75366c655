namespace Rdsim.Orleans.Grains;

/// <summary>
/// Tells a firm that its activation has begun to deactivate (a collection, a silo stopping, an operator or a test), so that it
/// stands down from the runs it follows: Orleans finishes deactivating only once no call is running, and a follow call would
/// otherwise run until its run's end. Its shard then steps it by call; the call reaches a new activation, which replays.
/// </summary>
internal sealed class DeactivatingFirms : IActivationWorkingSetObserver
{
    /// <inheritdoc />
    public void OnDeactivating(IActivationWorkingSetMember member)
    {
        // Called under the activation's own lock, off its scheduler: standing down only closes boards, which wakes the followers.
        if (member is IGrainContext { GrainInstance: EnterpriseGrain firm }) firm.StandDown();
    }
}
