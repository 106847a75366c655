using Rdsim.Model.Randomness;

namespace Rdsim.Model.Firms;

/// <summary>
/// Firm entry and exit (the population's turnover): each reported year after the first brings a cohort of
/// entrants, and every firm leaves with a constant yearly probability. Drawn once per firm, keyed by the seed
/// and the firm's id, so the same firms enter and leave in both worlds and on every engine.
/// </summary>
public static class Demography
{
    /// <summary>Entrants per year: <paramref name="entryRate"/> × the first year's <paramref name="firms"/>, rounded.</summary>
    public static int EntrantsPerYear(int firms, double entryRate) => (int)Math.Round(firms * entryRate, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The year firm <paramref name="firmId"/> leaves: it survives each year from <paramref name="firstPossibleExit"/> on
    /// with probability 1 − <paramref name="exitRate"/> (a geometric draw from one keyed uniform);
    /// <see cref="FirmTraits.NeverExits"/> when it survives past <paramref name="lastYear"/> or the rate is 0.
    /// </summary>
    public static int ExitYear(ulong seed, int firmId, int firstPossibleExit, int lastYear, double exitRate)
    {
        if (exitRate is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(exitRate), exitRate, "An exit rate is in [0, 1).");
        if (exitRate == 0) return FirmTraits.NeverExits;
        var u = new KeyedRandom(seed, firmId, 0, RandomPurpose.Exit).NextOpenDouble();
        var survivedYears = Math.Floor(Math.Log(u) / Math.Log(1 - exitRate));
        var exit = firstPossibleExit + survivedYears;
        return exit > lastYear ? FirmTraits.NeverExits : (int)exit;
    }
}
