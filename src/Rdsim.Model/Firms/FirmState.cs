using System.Runtime.CompilerServices;

namespace Rdsim.Model.Firms;

/// <summary>Six doubles stored inline (a ring buffer of yearly history).</summary>
[InlineArray(FirmState.HistoryYears)]
public struct YearRing
{
    private double _element;
}

/// <summary>Sixteen doubles stored inline (the loss ledger, one slot per vintage year).</summary>
[InlineArray(FirmState.LossSlots)]
public struct LossLedger
{
    private double _element;
}

/// <summary>Sixteen years stored inline (the expiry year of each loss vintage).</summary>
[InlineArray(FirmState.LossSlots)]
public struct ExpiryLedger
{
    private int _element;
}

/// <summary>
/// What a firm carries from one year to the next. A value type with inline buffers, so that a million
/// firms are a million contiguous structs and copying a state is a plain memory copy.
/// </summary>
public struct FirmState
{
    /// <summary>Years of reported R&amp;D and revenue kept (the HNTE window and the incremental credit's base).</summary>
    public const int HistoryYears = 6;

    /// <summary>Loss vintages kept; carry-forward periods are limited to fewer years than this.</summary>
    public const int LossSlots = 16;

    /// <summary>The last year stepped: the state describes the end of this year.</summary>
    public int Year;

    /// <summary>Revenue of <see cref="Year"/> (mn CNY).</summary>
    public double Revenue;

    /// <summary>Real R&amp;D of <see cref="Year"/> (mn CNY).</summary>
    public double RealRd;

    /// <summary>Knowledge stock at the end of <see cref="Year"/>.</summary>
    public double Knowledge;

    /// <summary>Knowledge stock at the end of the year before.</summary>
    public double KnowledgePrevious;

    /// <summary>Reported R&amp;D by year, indexed by year modulo <see cref="HistoryYears"/>.</summary>
    public YearRing ReportedRd;

    /// <summary>Revenue by year, indexed by year modulo <see cref="HistoryYears"/>.</summary>
    public YearRing RevenueHistory;

    /// <summary>Unused tax losses by vintage year, indexed by year modulo <see cref="LossSlots"/>.</summary>
    public LossLedger Losses;

    /// <summary>Last year each loss vintage may be used in.</summary>
    public ExpiryLedger LossExpiry;

    /// <summary>
    /// The part of each loss vintage that the extra R&amp;D deduction put there (at most <see cref="Losses"/> of the
    /// slot): the deduction deferred to a later year, tracked so that its later use or expiry can be reported.
    /// </summary>
    public LossLedger LossFromDeduction;

    /// <summary>
    /// Unused R&amp;D tax credits by the year they were earned, indexed by year modulo <see cref="LossSlots"/>: carried
    /// forward when <c>credit.carryForwardYears</c> allows it.
    /// </summary>
    public LossLedger Credits;

    /// <summary>Last year each credit vintage may be used in.</summary>
    public ExpiryLedger CreditExpiry;

    /// <summary>Last year of the current HNTE certificate; <see cref="int.MinValue"/> when none was ever held.</summary>
    public int CertificateLastYear;

    /// <summary>
    /// Whether the firm owns core IP in the year after <see cref="Year"/>: the drawn trait at the start, and true once
    /// an invention patent has given it core IP (<see cref="Behaviour.BehaviourParameters.CoreIpPerInventionPatent"/>).
    /// </summary>
    public bool HasCoreIp;

    /// <summary>
    /// High-tech products' share of revenue in the year after <see cref="Year"/>: the drawn trait at the start, then
    /// drifting with knowledge (<see cref="Behaviour.BehaviourParameters.HighTechKnowledgeElasticity"/>).
    /// </summary>
    public double HighTechShare;

    /// <summary>
    /// Latent R&amp;D intensity φ in the year after <see cref="Year"/>: the drawn trait at the start, then drifting and
    /// taking persistent shocks (<see cref="Behaviour.BehaviourParameters.IntensityDrift"/>, <see cref="Behaviour.BehaviourParameters.IntensityShockSd"/>);
    /// 0 while the firm does no R&amp;D, drawn when it starts (<see cref="Policy.YearPolicy.RdStartRate"/>).
    /// </summary>
    public double LatentIntensity;

    /// <summary>R&amp;D staff share of employees in the year after <see cref="Year"/>: the drawn trait, or drawn when the firm starts R&amp;D.</summary>
    public double RdStaffShare;

    /// <summary>Whether the firm does R&amp;D in the year after <see cref="Year"/>.</summary>
    public readonly bool PerformsRd => LatentIntensity > 0;

    /// <summary>Reported R&amp;D of a past year still in the ring.</summary>
    public readonly double ReportedIn(int year) => ReportedRd[Slot(year)];

    /// <summary>Revenue of a past year still in the ring.</summary>
    public readonly double RevenueIn(int year) => RevenueHistory[Slot(year)];

    /// <summary>Total unexpired losses available in <paramref name="year"/>.</summary>
    public readonly double LossesAvailable(int year)
    {
        var total = 0.0;
        for (var v = year - LossSlots + 1; v < year; v++)
        {
            var slot = LossSlot(v);
            if (Losses[slot] > 0 && LossExpiry[slot] >= year) total += Losses[slot];
        }
        return total;
    }

    /// <summary>Total unexpired credits carried into <paramref name="year"/>.</summary>
    public readonly double CreditsAvailable(int year)
    {
        var total = 0.0;
        for (var v = year - LossSlots + 1; v < year; v++)
        {
            var slot = LossSlot(v);
            if (Credits[slot] > 0 && CreditExpiry[slot] >= year) total += Credits[slot];
        }
        return total;
    }

    internal static int Slot(int year) => ((year % HistoryYears) + HistoryYears) % HistoryYears;

    /// <summary>The slot of the loss (and credit) ledgers that holds the vintage of <paramref name="year"/>.</summary>
    public static int LossSlot(int year) => ((year % LossSlots) + LossSlots) % LossSlots;
}
