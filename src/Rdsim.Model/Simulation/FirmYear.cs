using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Randomness;

namespace Rdsim.Model.Simulation;

/// <summary>
/// One firm, one year (docs/model.md §4), in the order of the model: revenue, profit, marginal tax rate,
/// B-index, desired and real R&amp;D, relabelling, the HNTE notch, tax, relief, knowledge, patents.
/// Pure: the result depends only on the traits, the state and the inputs. A firm outside its
/// <see cref="FirmTraits.EntryYear"/>–<see cref="FirmTraits.ExitYear"/> span is inactive (see <see cref="Demography"/>).
/// </summary>
public static class FirmYear
{
    /// <summary>
    /// The state a firm starts with, the year before <paramref name="startYear"/>, under <paramref name="policy"/>:
    /// R&amp;D at the level it would choose in steady state (<see cref="SteadyStateRd"/>) and knowledge at its steady state.
    /// </summary>
    public static FirmState Initial(in FirmTraits firm, ModelParameters parameters, YearPolicy policy, int startYear)
    {
        var b = parameters.Behaviour;
        var rd = SteadyStateRd(firm, b, policy);
        var state = new FirmState
        {
            Year = startYear - 1,
            Revenue = firm.Revenue0,
            RealRd = rd,
            Knowledge = rd / b.RdDepreciation,
            KnowledgePrevious = rd / b.RdDepreciation,
            CertificateLastYear = int.MinValue,
            HasCoreIp = firm.HasCoreIp,
            HighTechShare = firm.HighTechShare,
            LatentIntensity = firm.LatentIntensity,
            RdStaffShare = firm.RdStaffShare,
        };
        for (var i = 0; i < FirmState.HistoryYears; i++)
        {
            state.ReportedRd[i] = rd;
            state.RevenueHistory[i] = firm.Revenue0;
        }
        return state;
    }

    /// <summary>
    /// Real R&amp;D at first-year revenue as the firm would choose it year after year under <paramref name="policy"/>,
    /// with the step's own decisions: with no losses carried and a steady income, a deduction or credit is worth its
    /// full rate if the income expected at that R&amp;D is positive and nothing if it is not (step 3), and the deduction
    /// is claimed only when claiming beats its compliance cost (step 7); the notch is left to the warm-up.
    /// Starting every firm as a claimant at the full rate would put non-claimants' and loss-makers' knowledge
    /// above what they keep up, and the fall that follows would lower their revenue below the counterfactual's.
    /// </summary>
    private static double SteadyStateRd(in FirmTraits firm, BehaviourParameters b, YearPolicy policy)
    {
        var revenue = firm.Revenue0;
        var neutral = firm.LatentIntensity * revenue;
        var margin = firm.Margin;
        var volume = policy.VolumeCreditRate;
        double Desired(double marginalTax, double extra, double credit) =>
            neutral * Math.Pow(BIndex.Of(marginalTax, extra, credit), -b.UserCostElasticity);
        double Steady(double extra, out double marginalTax, out double credit)
        {
            var atFullRate = Desired(policy.StandardRate, extra, volume);
            var taxable = margin * revenue - atFullRate * (1 + extra);
            var pays = taxable > 0;
            (marginalTax, credit) = (pays ? policy.StandardRate : 0, pays && policy.StandardRate * taxable > volume * atFullRate ? volume : 0);
            return Desired(marginalTax, extra, credit);
        }
        var available = policy.ExtraRateFor(firm.SectorId);
        if (available > 0)
        {
            var claimed = Steady(available, out var marginalTax, out var credit);
            // With no losses carried, the deduction saves the tax on whatever income it meets this year.
            var saving = policy.StandardRate * Math.Clamp(margin * revenue - claimed, 0, available * claimed);
            var gain = RelabelGain(marginalTax, available, credit);
            if (ClaimValue(firm.PerformsRd, b, revenue, saving, gain, credit) > policy.ClaimCost) return claimed;
        }
        return Steady(0, out _, out _);
    }

    /// <summary>Steps <paramref name="state"/> from the end of last year to the end of <c>inputs.Year</c>.</summary>
    public static FirmYearOutcome Step(in FirmTraits firm, ref FirmState state, YearInputs inputs, ModelParameters parameters)
    {
        var year = inputs.Year;
        if (state.Year != year - 1)
        {
            throw new InvalidOperationException($"Firm {firm.Id} is at the end of {state.Year} and cannot step {year}.");
        }
        var policy = inputs.Policy;
        if (!firm.ActiveIn(year))
        {
            // Not yet entered, or gone: the firm only keeps time, and its outcome stays out of every aggregate.
            state.Year = year;
            return default;
        }
        if (year == firm.EntryYear)
        {
            // An entrant starts as a firm does at the start of the run, under the policy of its first year.
            state = Initial(firm, parameters, policy, year);
        }
        var b = parameters.Behaviour;
        var sector = parameters.SectorProfiles[firm.SectorId];

        // 1–2. Revenue and profit before R&D.
        var revenue = NextRevenue(firm, state, inputs, b, sector);
        var marginShock = new KeyedRandom(inputs.Seed, firm.Id, year, RandomPurpose.Margin).NextNormal();
        var profit = (firm.Margin + b.MarginShockSd * marginShock) * revenue;

        // 3. Marginal tax rates: what one more yuan of deduction and of credit saves, now or when a carried loss (or
        // credit) is used, from the firm's ledgers and the income it expects (with and without claiming the deduction).
        var holdsCertificate = policy.HnteEnabled && state.CertificateLastYear >= year;
        var outlook = new Outlook(firm, state, year, policy, b, sector, revenue, profit, holdsCertificate);

        // 4–7. B-index, desired R&D, partial adjustment, relabelling; claim only if it pays.
        var rdShock = RdShock(inputs.Seed, firm.Id, year, b.RdShockSd);
        var availableExtra = policy.ExtraRateFor(firm.SectorId);
        var rates = outlook.Rates(availableExtra);
        var plan = PlanRd(state, b, revenue, rates, availableExtra, inputs.RdInputPrice, rdShock);
        var claims = availableExtra > 0 && plan.Real + plan.Relabeled > 0
            && ClaimValue(state.PerformsRd, b, revenue, outlook.ClaimSaving(availableExtra, plan.Real), plan.RelabelGain, rates.Credit) > policy.ClaimCost;
        if (!claims && availableExtra > 0)
        {
            rates = outlook.Rates(0);
            plan = PlanRd(state, b, revenue, rates, 0, inputs.RdInputPrice, rdShock);
        }
        var extra = claims ? availableExtra : 0;
        var real = plan.Real;
        var relabeled = plan.Relabeled;

        // 8. The HNTE notch, open to a firm meeting every criterion but the intensity (on the state the year starts with), if it
        // considers the title at all: one that has never held a certificate may not know of it yet, or not be organised to apply.
        var eligible = HnteEligibility.MeetsOtherCriteria(policy, state.PerformsRd, state.HighTechShare, state.RdStaffShare, state.HasCoreIp);
        var considers = eligible && (state.CertificateLastYear != int.MinValue || Applies(inputs.Seed, firm.Id, year, policy.ApplicationRate));
        var notch = HnteDecision.Decide(firm, state, year, policy, b, revenue, profit, holdsCertificate, considers,
            new HnteDecision.Plan(plan.Real, plan.Relabeled, plan.Desired, plan.Price, plan.RelabelGain, extra, outlook.Growth));
        real += notch.ExtraReal;
        relabeled += notch.ExtraRelabeled;
        var reported = real + relabeled;

        // 9–10. Tax and relief.
        var deduction = extra * reported;
        var creditEarned = CreditEarned(state, year, policy, reported);
        var tax = TaxComputation.Compute(policy, ref state, year, profit - real, deduction, notch.IsHnte, creditEarned);

        // 11–12. Knowledge and patents.
        var knowledge = (1 - b.RdDepreciation) * state.Knowledge + real;
        var patents = new KeyedRandom(inputs.Seed, firm.Id, year, RandomPurpose.Patents);
        var expectedPatents = sector.PatentScale * Math.Pow(knowledge, b.PatentElasticity);
        var inventions = patents.NextPoisson(expectedPatents * sector.InventionShare);
        var others = patents.NextPoisson(expectedPatents * (1 - sector.InventionShare));

        var windowIntensity = WindowIntensity(state, year, revenue, reported);
        var highTechShare = state.HighTechShare;
        var performs = state.PerformsRd;
        state.HasCoreIp |= AcquiresCoreIp(inputs.Seed, firm.Id, year, inventions, b.CoreIpPerInventionPatent)
            || (performs && AcquiresQualifyingIp(inputs.Seed, firm.Id, year, policy.IpAcquisitionRate));
        var highTechShock = b.HighTechShareShockSd == 0 ? 0 : new KeyedRandom(inputs.Seed, firm.Id, year, RandomPurpose.HighTechShare).NextNormal();
        state.HighTechShare = NextHighTechShare(highTechShare, state.Knowledge, knowledge, highTechShock, b);
        var intensityShock = b.IntensityShockSd == 0 ? 0 : new KeyedRandom(inputs.Seed, firm.Id, year, RandomPurpose.Intensity).NextNormal();
        state.LatentIntensity = NextLatentIntensity(state.LatentIntensity, intensityShock, b);
        if (!performs && policy.RdStartRate > 0) RdStart.Maybe(ref state, inputs.Seed, firm, year, policy.RdStartRate, policy.RdStartIntensityScale, sector,
            parameters.Correlations);
        // A renewal (复审) continues a certificate that ran to last year; any other certification is a new one (新认定),
        // also for a firm whose earlier certificate lapsed: under the 2008 rules it applies afresh.
        var renews = notch.Certifies && state.CertificateLastYear == year - 1;
        if (notch.Certifies)
        {
            state.CertificateLastYear = year + policy.ValidityYears - 1;
        }
        else if (holdsCertificate && !notch.MeetsCriteria && Revoked(inputs.Seed, firm.Id, year, policy.RevocationRate))
        {
            // Reviewed and cancelled: it holds no certificate from this year, so its next certification is a new one.
            state.CertificateLastYear = year - 1;
        }
        state.Year = year;
        state.Revenue = revenue;
        state.RealRd = real;
        state.KnowledgePrevious = state.Knowledge;
        state.Knowledge = knowledge;
        state.ReportedRd[FirmState.Slot(year)] = reported;
        state.RevenueHistory[FirmState.Slot(year)] = revenue;

        return new FirmYearOutcome
        {
            IsActive = true,
            Revenue = revenue,
            HighTechRevenue = revenue * highTechShare,
            HighTechIndustryRevenue = firm.InHighTechIndustry ? revenue : 0,
            RealRd = real,
            ReportedRd = reported,
            RelabeledRd = relabeled,
            NotchRealRd = notch.ExtraReal,
            NotchRelabeledRd = notch.ExtraRelabeled,
            WindowIntensity = windowIntensity,
            IsPerformer = performs,
            IsHnte = notch.IsHnte,
            MeetsHnteOtherCriteria = eligible,
            NewlyCertified = notch.Certifies && !renews,
            Recertified = renews,
            HoldsCertificate = policy.HnteEnabled && state.CertificateLastYear >= year,
            IsClaimant = claims,
            EarnsCredit = creditEarned > 0,
            DeductedAmount = deduction,
            DeductionUsedInYear = tax.DeductionUsedInYear,
            DeductionUsedFromLosses = tax.DeductionUsedFromLosses,
            DeductionExpired = tax.DeductionExpired,
            Tax = tax.Tax,
            ReliefSuperDeduction = tax.ReliefSuperDeduction,
            ReliefHnte = tax.ReliefHnte,
            ReliefCredit = tax.ReliefCredit,
            ComplianceCost = (claims ? policy.ClaimCost : 0) + (notch.Certifies ? policy.CertificationCost : 0),
            CertificationSubsidy = notch.Certifies && !renews ? policy.CertificationSubsidy : 0,
            BIndex = plan.BIndex,
            MarginalTaxRate = rates.Tax,
            Knowledge = knowledge,
            Patents = inventions + others,
            InventionPatents = inventions,
        };
    }

    private static double NextRevenue(in FirmTraits firm, in FirmState state, YearInputs inputs, BehaviourParameters b, SectorProfile sector)
    {
        var z = new KeyedRandom(inputs.Seed, firm.Id, inputs.Year, RandomPurpose.Revenue).NextNormal();
        var knowledgeGrowth = (state.Knowledge + b.KnowledgeFloor) / (state.KnowledgePrevious + b.KnowledgeFloor);
        return state.Revenue
               * Math.Exp(sector.GrowthDrift + sector.GrowthSd * z)
               * Math.Pow(knowledgeGrowth, b.KnowledgeElasticity)
               * inputs.SectorSpillover[firm.SectorId];
    }

    private static double RdShock(ulong seed, int firmId, int year, double sd)
    {
        if (sd == 0) return 1;
        var z = new KeyedRandom(seed, firmId, year, RandomPurpose.RdShock).NextNormal();
        return Math.Exp(sd * z - 0.5 * sd * sd);
    }

    /// <summary>The marginal tax rate a firm plans with and the marginal value of its credit (step 3).</summary>
    /// <param name="Tax">τ_m: the statutory rate times the value of one more yuan of deduction.</param>
    /// <param name="Credit">The credit's rate (volume plus the incremental credit's marginal rate) times the value of one more yuan of credit.</param>
    private readonly record struct MarginalRates(double Tax, double Credit);

    /// <summary>
    /// What the firm expects this year (step 3): taxable income before losses at the R&amp;D intensity of last year,
    /// with the year's profit, then growing at its sector's drift at its trait margin.
    /// </summary>
    private readonly ref struct Outlook
    {
        private readonly ref readonly FirmState _state;
        private readonly int _year;
        private readonly YearPolicy _policy;
        private readonly BehaviourParameters _b;
        private readonly double _statutory, _revenue, _profit, _margin, _realShare, _reportedShare, _credit;
        private readonly int _carryForward;

        public Outlook(in FirmTraits firm, in FirmState state, int year, YearPolicy policy, BehaviourParameters b, SectorProfile sector,
            double revenue, double profit, bool holdsCertificate)
        {
            _state = ref state;
            (_year, _policy, _b, _revenue, _profit, _margin) = (year, policy, b, revenue, profit, firm.Margin);
            _statutory = holdsCertificate ? policy.HnteRate : policy.StandardRate;
            _carryForward = holdsCertificate ? policy.HnteLossCarryForwardYears : policy.LossCarryForwardYears;
            _realShare = state.Revenue > 0 ? state.RealRd / state.Revenue : 0;
            _reportedShare = state.Revenue > 0 ? state.ReportedIn(year - 1) / state.Revenue : 0;
            _credit = policy.VolumeCreditRate + IncrementalMarginalRate(state, year, policy, b);
            Growth = Math.Exp(sector.GrowthDrift);
        }

        /// <summary>The yearly growth factor of the income the firm expects.</summary>
        public double Growth { get; }

        /// <summary>The marginal rates when the firm claims <paramref name="extra"/> per yuan of reported R&amp;D.</summary>
        public MarginalRates Rates(double extra)
        {
            var path = Path(_profit - (_realShare + extra * _reportedShare) * _revenue, extra);
            var tax = _statutory * TaxOutlook.DeductionValue(_state, path);
            if (_credit == 0) return new MarginalRates(tax, 0);
            var earned = CreditEarned(_state, _year, _policy, _reportedShare * _revenue);
            var credit = _credit * TaxOutlook.CreditValue(_state, path, _statutory, earned, _policy.CreditCarryForwardYears);
            return new MarginalRates(tax, credit);
        }

        /// <summary>
        /// The tax that claiming <paramref name="extra"/> on <paramref name="real"/> R&amp;D saves, now or from the loss it
        /// carries (<see cref="TaxOutlook.DeductionSaving"/>), with this year's income net of that R&amp;D and the claiming
        /// path after it.
        /// </summary>
        public double ClaimSaving(double extra, double real)
        {
            return _statutory * TaxOutlook.DeductionSaving(_state, Path(_profit - real, extra), extra * real);
        }

        /// <summary>
        /// The income path with <paramref name="thisYear"/>'s taxable income before losses, then the trait margin net of
        /// last year's R&amp;D intensity and <paramref name="extra"/> on its reported R&amp;D, growing at the sector's drift.
        /// </summary>
        private TaxOutlook.IncomePath Path(double thisYear, double extra) => new(_year, thisYear,
            (_margin - _realShare - extra * _reportedShare) * _revenue * Growth, Growth, _carryForward, _b.DiscountRate);
    }

    /// <summary>R&amp;D as planned before the notch: the B-index, desired and real R&amp;D, relabelling and what a relabelled yuan earns.</summary>
    private readonly record struct RdPlan(double BIndex, double Price, double Desired, double Real, double Relabeled, double RelabelGain);

    /// <summary>What a yuan of reported R&amp;D earns the firm: τ_m·s from the deduction plus the credit's marginal rate.</summary>
    private static double RelabelGain(double marginalTax, double extra, double credit) => marginalTax * extra + credit;

    private static RdPlan PlanRd(in FirmState state, BehaviourParameters b, double revenue,
        MarginalRates rates, double extra, double inputPrice, double rdShock)
    {
        var bIndex = BIndex.Of(rates.Tax, extra, rates.Credit);
        var price = bIndex * inputPrice;
        var desired = state.LatentIntensity * revenue * Math.Pow(price, -b.UserCostElasticity);
        var real = (state.RealRd + b.AdjustmentSpeed * (desired - state.RealRd)) * rdShock;
        // A relabelled yuan earns what a reported yuan earns: the deduction's τ·s and a credit's rate on reported R&D.
        var gain = RelabelGain(rates.Tax, extra, rates.Credit);
        var relabeled = Relabeling.Optimal(b, revenue, gain, state.PerformsRd);
        return new RdPlan(bIndex, price, desired, real, relabeled, gain);
    }

    /// <summary>
    /// What claiming the deduction is worth: the tax its deduction on real R&amp;D saves (<paramref name="saving"/>,
    /// every yuan weighed, not the last yuan's value times the amount), plus what relabelling at
    /// <paramref name="gain"/> a yuan then nets over relabelling for the <paramref name="credit"/> alone.
    /// </summary>
    private static double ClaimValue(bool performsRd, BehaviourParameters b, double revenue, double saving, double gain, double credit)
    {
        var relabeled = Relabeling.Optimal(b, revenue, gain, performsRd);
        var creditOnly = Relabeling.Optimal(b, revenue, credit, performsRd);
        return saving - Relabeling.NetCost(b, revenue, gain, 0, relabeled) + Relabeling.NetCost(b, revenue, credit, 0, creditOnly);
    }

    /// <summary>
    /// Step 12's consequence for eligibility: each of this year's <paramref name="inventions"/> gives core IP with
    /// probability <paramref name="perPatent"/> (one keyed draw, so other draws are unaffected).
    /// </summary>
    public static bool AcquiresCoreIp(ulong seed, int firmId, int year, int inventions, double perPatent)
    {
        if (inventions == 0 || perPatent <= 0) return false;
        if (perPatent >= 1) return true;
        var chance = 1 - Math.Pow(1 - perPatent, inventions);
        return new KeyedRandom(seed, firmId, year, RandomPurpose.CoreIp).NextDouble() < chance;
    }

    /// <summary>Whether a performer without qualifying IP acquires some this year (<see cref="YearPolicy.IpAcquisitionRate"/>).</summary>
    private static bool AcquiresQualifyingIp(ulong seed, int firmId, int year, double rate) => Happens(seed, firmId, year, RandomPurpose.IpAcquisition, rate);

    /// <summary>Whether a holder failing the criteria this year loses its certificate on review (<see cref="YearPolicy.RevocationRate"/>).</summary>
    private static bool Revoked(ulong seed, int firmId, int year, double rate) => Happens(seed, firmId, year, RandomPurpose.Revocation, rate);

    /// <summary>Whether a firm that has never held a certificate considers applying this year (<see cref="YearPolicy.ApplicationRate"/>).</summary>
    private static bool Applies(ulong seed, int firmId, int year, double rate) => Happens(seed, firmId, year, RandomPurpose.Application, rate);

    /// <summary>An event of probability <paramref name="rate"/> this year: one keyed draw, none when the rate is 0 or 1.</summary>
    private static bool Happens(ulong seed, int firmId, int year, RandomPurpose purpose, double rate) =>
        rate > 0 && (rate >= 1 || new KeyedRandom(seed, firmId, year, purpose).NextDouble() < rate);

    /// <summary>
    /// Next year's high-tech share: its log-odds move by κ × the log growth of the knowledge stock (floored as in
    /// step 1) plus <c>HighTechShareShockSd</c> × <paramref name="shock"/> (a standard normal draw).
    /// </summary>
    public static double NextHighTechShare(double share, double knowledgeBefore, double knowledgeAfter, double shock, BehaviourParameters b)
    {
        if ((b.HighTechKnowledgeElasticity == 0 && b.HighTechShareShockSd == 0) || share <= 0 || share >= 1) return share;
        var growth = Math.Log((knowledgeAfter + b.KnowledgeFloor) / (knowledgeBefore + b.KnowledgeFloor));
        var logOdds = Math.Log(share / (1 - share)) + b.HighTechKnowledgeElasticity * growth + b.HighTechShareShockSd * shock;
        return 1 / (1 + Math.Exp(-logOdds));
    }

    /// <summary>Largest latent intensity (as for drawn traits).</summary>
    private const double MaxLatentIntensity = 0.5;

    /// <summary>
    /// Next year's latent R&amp;D intensity: φ · exp(drift + sd·<paramref name="shock"/> − sd²/2), at most 0.5; a
    /// non-performer (φ = 0) stays one.
    /// </summary>
    public static double NextLatentIntensity(double intensity, double shock, BehaviourParameters b)
    {
        if (intensity <= 0 || (b.IntensityDrift == 0 && b.IntensityShockSd == 0)) return intensity;
        var sd = b.IntensityShockSd;
        return Math.Min(MaxLatentIntensity, intensity * Math.Exp(b.IntensityDrift + sd * shock - 0.5 * sd * sd));
    }

    private static double WindowIntensity(in FirmState state, int year, double revenue, double reported)
    {
        var windowRevenue = revenue + state.RevenueIn(year - 1) + state.RevenueIn(year - 2);
        var windowReported = reported + state.ReportedIn(year - 1) + state.ReportedIn(year - 2);
        return windowRevenue > 0 ? windowReported / windowRevenue : 0;
    }

    private static double IncrementalBase(in FirmState state, int year, int baseYears)
    {
        var sum = 0.0;
        for (var k = 1; k <= baseYears; k++) sum += state.ReportedIn(year - k);
        return sum / baseYears;
    }

    /// <summary>The incremental credit's marginal rate, for a firm that spent above its base last year.</summary>
    private static double IncrementalMarginalRate(in FirmState state, int year, YearPolicy policy, BehaviourParameters b)
    {
        if (policy.IncrementalCreditRate == 0) return 0;
        var aboveBase = state.ReportedIn(year - 1) > IncrementalBase(state, year - 1, policy.CreditBaseYears);
        return aboveBase ? BIndex.EffectiveIncrementalRate(policy.IncrementalCreditRate, policy.CreditBaseYears, b.DiscountRate) : 0;
    }

    private static double CreditEarned(in FirmState state, int year, YearPolicy policy, double reported) =>
        policy.VolumeCreditRate * reported
        + policy.IncrementalCreditRate * Math.Max(0, reported - IncrementalBase(state, year, policy.CreditBaseYears));
}
