namespace Rdsim.Reporting.Workbook;

/// <summary>The comparison's and the sensitivity analysis's workbooks in English: the CSV column names are the headers.</summary>
internal static class WorkbookTextEnglish
{
    /// <summary>The texts.</summary>
    public static WorkbookText Text { get; } = new()
    {
        SummarySheet = "summary",
        DifferencesSheet = "differences",
        ReformSensitivitySheet = "sensitivity_differences",
        SensitivitySheet = "sensitivity",
        SummaryHeader = ["item", "value", "unit"],
        Items = new Dictionary<string, string>
        {
            ["compared"] = "What was compared (every scenario on the same firms and shocks)",
            ["baseline"] = "Baseline",
            ["scenario"] = "Scenario {0}",
            ["years"] = "Years reported",
            ["replicates"] = "Replicates",
            ["replicatesUnit"] = "shock paths over the same firms",
            ["seed"] = "Seed",
            ["seedUnit"] = "text, so that every digit is kept",
            ["engine"] = "Engine",
            ["tool"] = "Tool",
            ["fingerprint"] = "Result fingerprint: {0}",
            ["totals"] = "Cumulative over {0} (means over replicates)",
            ["differences"] = "Against the baseline, cumulative over {0}",
            ["marginal"] = "marginal bang for the buck",
            ["analysis"] = "What was varied (each parameter alone, on the base run's firms and shocks)",
            ["base"] = "Base scenario",
            ["scenarioFile"] = "Scenario file",
            ["varied"] = "Varied",
            ["command"] = "Command",
            ["baseRun"] = "The base run, cumulative (means over replicates)",
            ["band"] = "Lowest and highest over the varied parameters",
        },
        Labels = new Dictionary<string, string>(),
        Units = new Dictionary<string, string>(),
        UnitPattern = "{0} ({1})",
        RoundingNote = "Numbers are rounded for reading by their cells' formats; each cell holds the full value of the CSV file beside this workbook.",
    };
}
