namespace Rdsim.Cli.Infrastructure;

/// <summary>Every exit code the command line uses, in one place.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The run failed (a bug, or the engine could not finish).</summary>
    public const int RunFailed = 1;

    /// <summary>Bad input: a scenario, override, option or file that cannot be used. Nothing was written.</summary>
    public const int BadInput = 2;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;

    /// <summary>Stopped by SIGTERM (128 + 15), cleaned up as after Ctrl+C.</summary>
    public const int Terminated = 143;
}
