namespace Rdsim.Cli.Infrastructure;

/// <summary>The terminal's words in English (the default).</summary>
internal static class ConsoleTextEnglish
{
    /// <summary>The texts.</summary>
    public static ConsoleText Text { get; } = new()
    {
        IsChinese = false,
        RunColumns = ["year", "real R&D", "no-incentive", "induced", "reported", "relief", "forgone", "bang/buck", "HNTEs", "claimants"],
        CreditUsers = "credit users",
        MeanOver = "Mean over {0} replicates · {1}",
        Cumulative = "Cumulative over the run · {0} · mean over replicates",
        SweepTitle = "Cumulative over the run · {0} · mean over replicates · * = not dominated",
        CompareColumns = ["scenario", "induced real R&D", "revenue forgone", "bang/buck", "relabelled", "deadweight", "HNTEs (last yr)", "claimants (last yr)"],
        SensitivityColumns = ["metric", "base run", "lowest", "highest", "moved most by"],
        SweepColumns = ["point", "induced real R&D", "revenue forgone", "bang/buck"],
        Running = "{0}: {1}, {2}–{3} (+{4} warm-up), {5} replicate(s), engine {6}.",
        Firms = "{0:N0} firms",
        FirmsWithEntrants = "{0:N0} firms ({1:N0} of them entering after {2})",
        Progress = "{0}: replicate {1}, year {2} done, {3:P0}, {4}, {5} left",
        Rate = "{0:F2}M firm-years/s",
        Seconds = "{0:F0} s",
        Writing = "Writing the results to {0}/ …",
        RunResults = "Results in {0}/ ({1}). Fingerprint {2}.",
        DrawingCharts = "Drawing charts in {0}/ …",
        ChartsIn = "{0} charts in {1}/, ",
        BriefIn = "brief in {0}; {1}",
        Printing = "Printing {0} …",
        Comparing = "Comparing {0} scenarios on seed {1} with {2} replicate(s){3}.",
        OnReference = " on the reference engine (an in-process loop, bit-identical to the Orleans engine; --cluster runs on a cluster)",
        OnCluster = " on the cluster {0}",
        InFlight = "Up to {0} simulations at a time on the cluster's {1} silo(s).",
        CompareResults = "Results in {0}/ (one run folder per scenario, {1}).",
        ComparisonBrief = "Comparison brief in {0}; {1}",
        SensitivityOf = "Sensitivity of {0} to {1} parameter(s): {2} runs on seed {3} with {4} replicate(s){5}.",
        SensitivityRuns = "Sensitivity: {0} more runs, each with one parameter at one end of its range, on the base run's firms and shocks.",
        CompareSensitivityRuns = "Sensitivity: {0} more runs, each scenario with one parameter at one end of its range, on the comparison's firms and shocks.",
        ResultsIn = "Results in {0}/ ({1}).",
        Sweep = "Sweep of {0}: {1} points × {2} replicate(s){3}{4}",
        SweepLeft = "; {0} finished, {1} to run.",
        SweepStopped = "Stopped (Ctrl+C) with {0} of {1} points finished (kept in {2}/).",
        SweepResume = "Run the rest with: {0}",
        PdfWritten = "brief.pdf written with {0}.",
        PdfNoBrowser = "brief.pdf skipped: {0} is not installed (apt-get install chromium).",
        PdfTimedOut = "brief.pdf not written: Chromium did not print the page within {0:F0} s.",
        PdfFailed = "brief.pdf not written: Chromium did not print the page.",
    };
}
