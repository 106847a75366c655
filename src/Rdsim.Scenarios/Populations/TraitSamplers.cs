using Rdsim.Model.Firms;
using Rdsim.Model.Simulation;

namespace Rdsim.Scenarios.Populations;

/// <summary>
/// Trait samplers for imported firms. When a file gives the latent intensity, the firm's R&amp;D
/// status is known, so missing R&amp;D staff share and core IP are drawn from the same random stream
/// with the performer draw fixed (performer share 1 or 0): a non-performer never gets R&amp;D staff,
/// a performer gets the staff share and IP it would have had as a performer. Every other draw is
/// exactly the synthetic firm's.
/// </summary>
internal sealed class TraitSamplers(ModelParameters model)
{
    private readonly TraitSampler _usual = new(model.SectorProfiles, model.Correlations);
    private readonly TraitSampler _performer = WithPerformerShare(model, 1);
    private readonly TraitSampler _nonPerformer = WithPerformerShare(model, 0);

    /// <summary>The sampler for a firm whose latent intensity is <paramref name="latentIntensity"/> (null: not given).</summary>
    public TraitSampler For(double? latentIntensity) => latentIntensity switch
    {
        null => _usual,
        > 0 => _performer,
        _ => _nonPerformer,
    };

    private static TraitSampler WithPerformerShare(ModelParameters model, double share) =>
        new(model.SectorProfiles.Select(p => p with { RdPerformerShare = share }).ToList(), model.Correlations);
}
