namespace Rdsim.Reporting.Tables;

/// <summary>
/// What every table, chart label and terminal line shows where a number has no value (a ratio over nothing, a trait a
/// sector does not have): one mark everywhere, so that a reader learns it once. CSV files leave such cells empty instead.
/// </summary>
public static class NoValue
{
    /// <summary>The mark: an en dash.</summary>
    public const string Mark = "–";
}
