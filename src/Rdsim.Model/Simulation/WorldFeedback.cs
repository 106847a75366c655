using Rdsim.Model.Aggregation;
using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;

namespace Rdsim.Model.Simulation;

/// <summary>
/// The cross-firm feedback of one world (docs/model.md §3, <c>market.*</c>), computed from last year's
/// aggregates: the R&amp;D input price and each sector's knowledge spillover. Every engine uses this one
/// class, so feedback is identical whatever the engine.
/// <list type="bullet">
/// <item>R&amp;D input price: <c>w_t = (I_{t−1} / I_ref)^(1/η)</c>, where I is aggregate real R&amp;D over
/// aggregate revenue and I_ref the population's neutral-tax intensity Σφ·Y₀ / ΣY₀; 1 when η is 0 (off).
/// Using intensity rather than the level keeps the price from drifting up with economic growth. The
/// index is kept within [0.1, 10]: beyond a tenfold move a constant-elasticity supply curve is no longer
/// a credible description of the market for scientists and engineers, and a very inelastic supply would
/// otherwise drive the price to 0 or infinity within a few years.</item>
/// <item>Sector spillover: <c>((K_{s,t−1} + f)/(K_{s,t−2} + f))^spillover</c>, the growth of the sector's
/// knowledge stock, f the knowledge floor; 1 when the spillover elasticity is 0.</item>
/// </list>
/// </summary>
public sealed class WorldFeedback
{
    private const double MinPrice = 0.1;
    private const double MaxPrice = 10;

    private readonly BehaviourParameters _behaviour;
    private readonly double _referenceIntensity;
    private readonly double[] _knowledgeLast;
    private readonly double[] _knowledgeBefore;
    private double _lastIntensity;

    /// <summary>Feedback for a world whose firms start with the given per-sector knowledge.</summary>
    /// <param name="behaviour">Supply elasticity, spillover and knowledge floor.</param>
    /// <param name="referenceIntensity">Σφ·Y₀ / ΣY₀ of the population (see <see cref="ReferenceIntensity"/>).</param>
    /// <param name="initialSectorKnowledge">Knowledge stock by sector id before the first simulated year.</param>
    public WorldFeedback(BehaviourParameters behaviour, double referenceIntensity, IReadOnlyList<double> initialSectorKnowledge)
    {
        _behaviour = behaviour;
        _referenceIntensity = referenceIntensity;
        _knowledgeLast = initialSectorKnowledge.ToArray();
        _knowledgeBefore = initialSectorKnowledge.ToArray();
        _lastIntensity = referenceIntensity;
    }

    /// <summary>The neutral-tax R&amp;D intensity Σφ·Y₀ / ΣY₀ of the firms in the population in <paramref name="startYear"/>.</summary>
    public static double ReferenceIntensity(IEnumerable<FirmTraits> firms, int startYear)
    {
        var rd = new ExactSum();
        var revenue = new ExactSum();
        foreach (var f in firms.Where(f => f.ActiveIn(startYear)))
        {
            rd = rd.Add(f.LatentIntensity * f.Revenue0);
            revenue = revenue.Add(f.Revenue0);
        }
        return revenue.Raw == 0 ? 0 : rd.Value / revenue.Value;
    }

    /// <summary>Knowledge stock by sector of the starting states of the firms in the population in <paramref name="startYear"/> (exact sums).</summary>
    public static double[] SectorKnowledge(IEnumerable<(FirmTraits Firm, double Knowledge)> firms, int startYear)
    {
        var sums = new ExactSum[Sectors.Count];
        foreach (var (firm, knowledge) in firms.Where(f => f.Firm.ActiveIn(startYear))) sums[firm.SectorId] = sums[firm.SectorId].Add(knowledge);
        return sums.Select(s => s.Value).ToArray();
    }

    /// <summary>The inputs of <paramref name="year"/> for this world.</summary>
    public YearInputs InputsFor(int year, YearPolicy policy, ulong seed)
    {
        var price = _behaviour.RdSupplyElasticity > 0 && _referenceIntensity > 0
            ? Math.Clamp(Math.Pow(_lastIntensity / _referenceIntensity, 1 / _behaviour.RdSupplyElasticity), MinPrice, MaxPrice)
            : 1;
        var spillover = new double[Sectors.Count];
        for (var s = 0; s < spillover.Length; s++)
        {
            spillover[s] = _behaviour.Spillover == 0
                ? 1
                : Math.Pow((_knowledgeLast[s] + _behaviour.KnowledgeFloor) / (_knowledgeBefore[s] + _behaviour.KnowledgeFloor), _behaviour.Spillover);
        }
        return new YearInputs(year, policy, seed, price, spillover);
    }

    /// <summary>Records a finished year's aggregates for next year's feedback.</summary>
    public void Record(YearBreakdown year)
    {
        var revenue = year.Total[SumMetric.Revenue].Value;
        _lastIntensity = revenue > 0 ? year.Total[SumMetric.RealRd].Value / revenue : _referenceIntensity;
        for (var s = 0; s < _knowledgeLast.Length; s++)
        {
            _knowledgeBefore[s] = _knowledgeLast[s];
            _knowledgeLast[s] = year.BySector[s][SumMetric.Knowledge].Value;
        }
    }
}
