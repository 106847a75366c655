using Rdsim.Model.Firms;

namespace Rdsim.Model.Policy;

/// <summary>
/// Every policy parameter resolved for one year: what the tax code says in that year. Built from the
/// year-keyed scenario values; the firm step reads nothing else about policy.
/// </summary>
public sealed record YearPolicy
{
    /// <summary><c>cit.standardRate</c>: statutory corporate income tax rate (EIT Law 2008, art. 4).</summary>
    public double StandardRate { get; init; } = 0.25;

    /// <summary><c>hnte.enabled</c>: whether the HNTE regime exists.</summary>
    public bool HnteEnabled { get; init; } = true;

    /// <summary><c>hnte.rate</c>: preferential rate for certified HNTEs (EIT Law 2008, art. 28).</summary>
    public double HnteRate { get; init; } = 0.15;

    /// <summary><c>hnte.intensityBands</c>: the R&amp;D-intensity test in force.</summary>
    public IntensityBands IntensityBands { get; init; } = IntensityBands.Rules2008;

    /// <summary><c>hnte.minHighTechRevenueShare</c>: minimum high-tech revenue share.</summary>
    public double MinHighTechRevenueShare { get; init; } = 0.60;

    /// <summary><c>hnte.minRdStaffShare</c>: minimum R&amp;D staff share of employees.</summary>
    public double MinRdStaffShare { get; init; } = 0.10;

    /// <summary><c>hnte.requiresCoreIp</c>: whether owning core IP is required.</summary>
    public bool RequiresCoreIp { get; init; } = true;

    /// <summary><c>hnte.validityYears</c>: certificate lifetime in years.</summary>
    public int ValidityYears { get; init; } = 3;

    /// <summary><c>hnte.certificationCost</c>: one-off compliance cost per certification (mn CNY).</summary>
    public double CertificationCost { get; init; } = 0.3;

    /// <summary>
    /// <c>hnte.certificationSubsidy</c>: one-off reward a local government pays a newly certified HNTE (新认定, not a
    /// renewal), mn CNY; 0 by default. Many cities paid such rewards from the mid-2010s.
    /// </summary>
    public double CertificationSubsidy { get; init; }

    /// <summary>
    /// <c>hnte.titleBenefit</c>: what holding the HNTE title is worth to a firm each year beyond the preferential rate, mn
    /// CNY: priority in science-and-technology programmes, talent and land schemes, procurement, standing with banks and
    /// customers. A private value, not a tax expenditure, so it is not counted in revenue forgone; 0 by default.
    /// </summary>
    public double TitleBenefit { get; init; }

    /// <summary>
    /// <c>hnte.revocationRate</c>: the chance that a certificate holder which does not meet the criteria in a year (a
    /// non-R&amp;D criterion, or the intensity test) is reviewed and loses its certificate that year; 0 by default (the
    /// certificate runs on and can be used in a later year the firm qualifies). The tax bureau that finds a holder
    /// failing the criteria asks the certification body to review it (Guoshuihan [2009] 203 art. 5; Guokefahuo [2016] 32
    /// art. 16), which cancels a certificate whose holder no longer qualifies (Guokefahuo [2008] 172 art. 12); the firm
    /// must then apply afresh, a new certification (新认定).
    /// </summary>
    public double RevocationRate { get; init; }

    /// <summary>
    /// <c>hnte.applicationRate</c>: the chance each year that a firm which has never held a certificate considers applying
    /// (knows the regime, and has the accounts and the staff to prepare an application); 1 by default (every firm that
    /// would gain applies at once). Take-up of tax incentives is incomplete and slow, above all among small firms that must
    /// learn of them and organise a claim (Busom, Corchuelo &amp; Martínez-Ros 2014); a firm that has held a certificate
    /// knows the way and always considers it.
    /// </summary>
    public double ApplicationRate { get; init; } = 1;

    /// <summary>
    /// <c>hnte.ipAcquisitionRate</c>: yearly probability that an R&amp;D performer without intellectual property that
    /// counts for the test acquires some (registers or buys utility models, software copyrights and the like); 0 by
    /// default. Guokefahuo [2016] 32 counts such class-II IP, which is quick to obtain.
    /// </summary>
    public double IpAcquisitionRate { get; init; }

    /// <summary>
    /// <c>behaviour.rdStartRate</c>: yearly probability that a firm doing no R&amp;D starts (docs/model.md §4 step 13): it
    /// then draws a latent intensity, R&amp;D staff share and core IP as its sector's performers are drawn, and adjusts
    /// towards its desired R&amp;D from the next year. The same in both worlds (an exogenous spread of R&amp;D, not a
    /// response to the incentives); by year, because the spread of R&amp;D in China quickened after 2008. 0 (the default)
    /// keeps the drawn performers the only ones.
    /// </summary>
    public double RdStartRate { get; init; }

    /// <summary>
    /// <c>behaviour.rdStartIntensityScale</c>: the latent R&amp;D intensity of a firm that starts R&amp;D in the year
    /// (<see cref="RdStartRate"/>), as a multiple of its sector's performer median (spread around it as for drawn
    /// performers): below 1, R&amp;D programmes start small. By year, as the rate is: China's deduction claimants rose
    /// six-fold in 2015–2019 while enterprise R&amp;D rose by half. 1 (the default) draws starters as the sector's
    /// performers are drawn.
    /// </summary>
    public double RdStartIntensityScale { get; init; } = 1;

    /// <summary><c>superDeduction.enabled</c>: whether the R&amp;D super-deduction exists.</summary>
    public bool SuperDeductionEnabled { get; init; } = true;

    /// <summary><c>superDeduction.extraRate</c>: extra share of qualifying R&amp;D deducted (0.5 = "150%").</summary>
    public double ExtraRate { get; init; } = 0.5;

    /// <summary>
    /// <c>superDeduction.sectorExtraRate</c>: per-sector overrides of <see cref="ExtraRate"/>, indexed by
    /// sector id; NaN where no override applies.
    /// </summary>
    public IReadOnlyList<double> SectorExtraRate { get; init; } = Enumerable.Repeat(double.NaN, Sectors.Count).ToArray();

    /// <summary><c>superDeduction.excludedSectors</c>: the negative list, indexed by sector id.</summary>
    public IReadOnlyList<bool> ExcludedSectors { get; init; } = new bool[Sectors.Count];

    /// <summary>
    /// <c>superDeduction.qualifyingShare</c>: share of reported R&amp;D that qualifies for the extra deduction. Before
    /// 2016 the deduction's list of eligible activities and expenses (Guoshuifa [2008] 116 art. 3–4) was narrower than
    /// the R&amp;D firms report (and HNTEs count for their intensity test); 1 (the default) makes every yuan qualify.
    /// </summary>
    public double QualifyingShare { get; init; } = 1;

    /// <summary><c>superDeduction.claimCost</c>: yearly compliance cost of claiming (mn CNY).</summary>
    public double ClaimCost { get; init; } = 0.02;

    /// <summary><c>credit.volumeRate</c>: non-refundable credit on reported R&amp;D.</summary>
    public double VolumeCreditRate { get; init; }

    /// <summary><c>credit.incrementalRate</c>: non-refundable credit on reported R&amp;D above its recent average.</summary>
    public double IncrementalCreditRate { get; init; }

    /// <summary><c>credit.baseYears</c>: years averaged for the incremental credit's base.</summary>
    public int CreditBaseYears { get; init; } = 3;

    /// <summary>
    /// <c>credit.carryForwardYears</c>: years an R&amp;D credit that exceeds the year's tax may be carried forward (used
    /// oldest first); 0, the default, loses it (a non-refundable credit without carry-forward).
    /// </summary>
    public int CreditCarryForwardYears { get; init; }

    /// <summary><c>loss.carryForwardYears</c>: years a tax loss can be carried forward.</summary>
    public int LossCarryForwardYears { get; init; } = 5;

    /// <summary><c>loss.hnteCarryForwardYears</c>: carry-forward for losses made while a certified HNTE (10 from 2018, Caishui [2018] 76).</summary>
    public int HnteLossCarryForwardYears { get; init; } = 5;

    /// <summary>
    /// The extra deduction per yuan of reported R&amp;D for a sector, before the firm's own decision to claim: the
    /// sector's extra rate times <see cref="QualifyingShare"/>.
    /// </summary>
    public double ExtraRateFor(int sectorId)
    {
        if (!SuperDeductionEnabled || ExcludedSectors[sectorId]) return 0;
        var overrideRate = SectorExtraRate[sectorId];
        return (double.IsNaN(overrideRate) ? ExtraRate : overrideRate) * QualifyingShare;
    }

    /// <summary>
    /// The same year with every incentive off: no HNTE regime, no super-deduction, no credits.
    /// The standard rate and ordinary loss carry-forward stay, since they are not R&amp;D incentives.
    /// </summary>
    public YearPolicy WithoutIncentives() => this with
    {
        HnteEnabled = false,
        SuperDeductionEnabled = false,
        VolumeCreditRate = 0,
        IncrementalCreditRate = 0,
        HnteLossCarryForwardYears = LossCarryForwardYears,
    };
}
