namespace Rdsim.Model.Behaviour;

/// <summary>
/// How firms respond (docs/model.md §3). Constant over a run; the scenario's <c>behaviour.*</c> and
/// <c>market.*</c> keys fill it.
/// </summary>
public sealed record BehaviourParameters
{
    /// <summary>ε: long-run elasticity of R&amp;D to its user cost (Bloom, Griffith &amp; Van Reenen 2002).</summary>
    public double UserCostElasticity { get; init; } = 1.0;

    /// <summary>λ: share of the gap to desired R&amp;D closed each year.</summary>
    public double AdjustmentSpeed { get; init; } = 0.3;

    /// <summary>δ: depreciation of the R&amp;D (knowledge) stock (Hall 2007).</summary>
    public double RdDepreciation { get; init; } = 0.15;

    /// <summary>r: the firm's discount rate: for a certificate's later years, a deduction or credit used in a later year, and an incremental credit's base effect.</summary>
    public double DiscountRate { get; init; } = 0.08;

    /// <summary>γ: output elasticity of the knowledge stock.</summary>
    public double KnowledgeElasticity { get; init; } = 0.09;

    /// <summary>Floor added to the knowledge stock in the revenue equation (mn CNY), so firms with no stock have a defined growth term.</summary>
    public double KnowledgeFloor { get; init; } = 0.01;

    /// <summary>Standard deviation of the mean-one log-normal shock to real R&amp;D.</summary>
    public double RdShockSd { get; init; } = 0.05;

    /// <summary>Standard deviation of the yearly transitory shock to the operating margin.</summary>
    public double MarginShockSd { get; init; } = 0.03;

    /// <summary>Marginal expected cost (audit risk) of the first yuan relabelled as R&amp;D, per yuan.</summary>
    public double RelabelMarginalCost0 { get; init; } = 0.20;

    /// <summary>Increase of the marginal relabelling cost per unit of relabelled share of revenue.</summary>
    public double RelabelSlope { get; init; } = 100.0;

    /// <summary>Upper bound on relabelled expenses as a share of revenue.</summary>
    public double RelabelMaxShareOfRevenue { get; init; } = 0.02;

    /// <summary>Elasticity of patents to the knowledge stock.</summary>
    public double PatentElasticity { get; init; } = 0.6;

    /// <summary>
    /// Probability that an invention patent granted to a firm without core IP protects the core technology of its
    /// main products, so that the firm owns core IP from the next year on (docs/model.md §4 step 12). 0 (the default)
    /// keeps core IP a fixed trait.
    /// </summary>
    public double CoreIpPerInventionPatent { get; init; }

    /// <summary>
    /// κ: the log-odds of a firm's high-tech revenue share rise by κ × ln(K̃_t ÷ K̃_{t-1}), the log growth of its
    /// knowledge stock, from the next year on: firms that accumulate knowledge shift their product mix to high-tech
    /// products. 0 (the default) keeps the share a fixed trait.
    /// </summary>
    public double HighTechKnowledgeElasticity { get; init; }

    /// <summary>
    /// Standard deviation of the yearly shock to the log-odds of a firm's high-tech revenue share (a random walk:
    /// products are launched, mature or are reclassified, and the change persists). 0 (the default) adds no shock.
    /// </summary>
    public double HighTechShareShockSd { get; init; }

    /// <summary>
    /// θ: how far R&amp;D starts lean towards the sectors where R&amp;D is common. Not read in the year step: the scenario
    /// turns it into each sector's <see cref="Firms.SectorProfile.RdStartHazard"/> (<see cref="Firms.RdStartHazards.Tilted"/>),
    /// which needs every sector's performer share. 0 (the default) gives every sector the same chance.
    /// </summary>
    public double RdStartSectorTilt { get; init; }

    /// <summary>
    /// Yearly log drift of a performer's latent R&amp;D intensity φ (firms' R&amp;D propensity trends up as they move into
    /// R&amp;D-based competition). 0 (the default) keeps φ a fixed trait.
    /// </summary>
    public double IntensityDrift { get; init; }

    /// <summary>
    /// Standard deviation of the yearly, persistent, mean-one log shock to a performer's latent R&amp;D intensity φ
    /// (a random walk: R&amp;D programmes start and end). 0 (the default) adds no shock.
    /// </summary>
    public double IntensityShockSd { get; init; }

    /// <summary>
    /// <c>market.rdSupplyElasticity</c>: elasticity of the supply of R&amp;D inputs; the R&amp;D input price
    /// rises with aggregate demand. 0 means off (the price stays 1).
    /// </summary>
    public double RdSupplyElasticity { get; init; }

    /// <summary><c>market.spillover</c>: elasticity of firm revenue to its sector's knowledge stock growth.</summary>
    public double Spillover { get; init; }
}
