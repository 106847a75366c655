namespace Rdsim.Engine;

/// <summary>How far a run has come.</summary>
/// <param name="FirmYearsDone">Firm-years stepped so far (both worlds, every replicate).</param>
/// <param name="FirmYearsTotal">Firm-years the run will step.</param>
/// <param name="Replicate">The replicate being run (0-based).</param>
/// <param name="Year">The last year finished.</param>
/// <param name="Elapsed">Time since the run started.</param>
public sealed record RunProgress(long FirmYearsDone, long FirmYearsTotal, int Replicate, int Year, TimeSpan Elapsed)
{
    /// <summary>Share done, 0 to 1.</summary>
    public double Fraction => FirmYearsTotal == 0 ? 1 : (double)FirmYearsDone / FirmYearsTotal;

    /// <summary>Firm-years per second so far.</summary>
    public double FirmYearsPerSecond => Elapsed.TotalSeconds > 0 ? FirmYearsDone / Elapsed.TotalSeconds : 0;

    /// <summary>Estimated time left at the rate so far.</summary>
    public TimeSpan? Remaining => FirmYearsDone == 0 ? null : TimeSpan.FromSeconds((FirmYearsTotal - FirmYearsDone) / FirmYearsPerSecond);
}
