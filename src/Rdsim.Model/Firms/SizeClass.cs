namespace Rdsim.Model.Firms;

/// <summary>
/// Enterprise size by annual revenue, following the industrial thresholds of China's 2017 size
/// classification (国统字〔2017〕213号): micro below 3 mn CNY, small below 20 mn, medium below 400 mn,
/// large from 400 mn. Employee counts are not modelled, so revenue alone decides.
/// </summary>
public enum SizeClass
{
    /// <summary>Revenue below 3 mn CNY.</summary>
    Micro = 0,
    /// <summary>Revenue from 3 to below 20 mn CNY.</summary>
    Small = 1,
    /// <summary>Revenue from 20 to below 400 mn CNY.</summary>
    Medium = 2,
    /// <summary>Revenue of 400 mn CNY or more.</summary>
    Large = 3,
}

/// <summary>Classifies firms by revenue.</summary>
public static class SizeClasses
{
    /// <summary>Number of size classes.</summary>
    public const int Count = 4;

    /// <summary>The size class of a firm with this revenue (mn CNY).</summary>
    public static SizeClass Of(double revenue) => revenue switch
    {
        < 3 => SizeClass.Micro,
        < 20 => SizeClass.Small,
        < 400 => SizeClass.Medium,
        _ => SizeClass.Large,
    };

    /// <summary>Lower-case key used in output files.</summary>
    public static string Key(SizeClass c) => c.ToString().ToLowerInvariant();
}
