namespace Rdsim.Model.Randomness;

/// <summary>
/// What a random stream is for. Each purpose has its own stream per (seed, firm, year), so adding a
/// draw for one purpose never shifts the draws of another.
/// </summary>
public enum RandomPurpose : ulong
{
    /// <summary>The firm's traits (drawn once, year ignored).</summary>
    Traits = 1,
    /// <summary>The yearly revenue growth shock.</summary>
    Revenue = 2,
    /// <summary>The yearly transitory margin shock.</summary>
    Margin = 3,
    /// <summary>The yearly shock to real R&amp;D.</summary>
    RdShock = 4,
    /// <summary>Patent counts.</summary>
    Patents = 5,
    /// <summary>Names and regions of synthetic firms.</summary>
    Identity = 6,
    /// <summary>Whether this year's invention patents give a firm core IP.</summary>
    CoreIp = 7,
    /// <summary>The yearly shock to the high-tech revenue share.</summary>
    HighTechShare = 8,
    /// <summary>The yearly persistent shock to latent R&amp;D intensity.</summary>
    Intensity = 9,
    /// <summary>The year a firm leaves the population (drawn once, year ignored).</summary>
    Exit = 10,
    /// <summary>Whether a firm without R&amp;D starts it this year, and the traits it then has.</summary>
    RdStart = 11,
    /// <summary>Whether a performer without qualifying IP acquires some this year (hnte.ipAcquisitionRate).</summary>
    IpAcquisition = 12,
    /// <summary>Whether a certificate holder failing the criteria loses its certificate on review (hnte.revocationRate).</summary>
    Revocation = 13,
    /// <summary>Whether a firm that has never held an HNTE certificate considers applying this year (hnte.applicationRate).</summary>
    Application = 14,
    /// <summary>The traits of an entrant drawn as a young technology firm (population.techEntrantShare; drawn once, year ignored).</summary>
    TechnologyEntrant = 15,
}
