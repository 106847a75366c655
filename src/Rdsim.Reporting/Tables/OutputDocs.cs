namespace Rdsim.Reporting.Tables;

/// <summary>The documentation of every result file's columns, generated from the column definitions.</summary>
public static class OutputDocs
{
    /// <summary>Markdown for <c>docs/outputs.md</c>.</summary>
    public static string Render() =>
        "# Result files\n\n"
        + "Generated from the column definitions in `src/Rdsim.Reporting/Tables` (a test keeps this file current).\n"
        + "Money is in million CNY (1 亿元 = 100 mn). Numbers are written with round-trip precision; an empty cell\n"
        + "is a ratio whose denominator is zero. Every file is written under a temporary name and renamed when\n"
        + "complete; `manifest.json` is written last, so a folder without it is incomplete. The manifest lists every\n"
        + "file the run wrote with its SHA-256 and size (`files`), and carries a `seal`: the SHA-256 of its own text with\n"
        + "the seal left empty, so an edited manifest is told apart. `rdsim report` checks both before it draws. The hidden\n"
        + "folder `.rdsim/` holds the folder's lock and the ledger of every file rdsim wrote there (what it may delete).\n\n"
        + "## years.csv\n\nOne row per replicate × year. Columns without a prefix describe the scenario; `cf_` columns the\n"
        + "no-incentive counterfactual (same firms, same shocks, every incentive off).\n\n"
        + TableWriter.Describe(YearsTable.Columns)
        + "\n## groups.csv\n\nOne row per replicate × year × world × group: each sector, each size class, and each tax status. A kind of\n"
        + "group covers every firm, so its groups add up to the year's totals in `years.csv` (exactly in the model; to rounding in the\n"
        + "file). A firm-year's tax status is whether it would pay corporate income tax without the incentives: its counterfactual's,\n"
        + "used for both worlds, so the two worlds' tax-status rows hold the same firm-years, whatever the policy (the `_nontaxpayers`\n"
        + "columns of `years.csv` split by the same status). Its size class is by its revenue in the row's world, so a firm the\n"
        + "incentives grow across a class edge is in a larger class with them than without. Firms' regions are not a group: in a\n"
        + "synthetic population they are drawn for names only (docs/model.md §2).\n\n"
        + TableWriter.Describe(GroupsTable.Columns)
        + "\n## intensity_histogram.csv\n\nOne row per replicate × year × world × bin.\n\n"
        + TableWriter.Describe(HistogramTable.Columns)
        + "\n## bunching.csv\n\nOne row per replicate × year × intensity measure × HNTE threshold in force that year. A threshold's\n"
        + "bin is the 0.1-point bin that starts at it (a firm exactly at the threshold counts there). The counterfactual\n"
        + "histogram — the same firms and shocks with every incentive off — is the density without the notch: excess\n"
        + "mass is the scenario's count in the threshold's bin over it, missing mass the counterfactual's count over the\n"
        + "scenario's in the percentage point below (other thresholds' bins left out).\n\n"
        + TableWriter.Describe(BunchingTable.Columns)
        + "\n## sensitivity.csv\n\nWritten by `rdsim sensitivity` (with `charts/tornado_*`, `brief.md` and `sensitivity.json`, its manifest, written\n"
        + "last) and by `rdsim run --sensitivity` (into the run folder, listed in its manifest). One row for the base run, then one per varied\n"
        + "parameter × end (low, high): the base scenario with that one value, on the base's seed and replications, so on the same firms\n"
        + "and shocks (common random numbers). The base row's fingerprint is that of `rdsim run` with the same scenario and options.\n"
        + "By default the parameters are those `rdsim params` marks uncertain, at the ends of their advisory ranges.\n\n"
        + TableWriter.Describe(Sensitivity.SensitivityTable.Columns)
        + "\n## sensitivity_differences.csv\n\nWritten by `rdsim compare --sensitivity` into the compare folder, beside `summary.csv` and `differences.csv`\n"
        + "(a comparison made again without `--sensitivity` removes it). Every compared scenario is rerun with each parameter `rdsim params`\n"
        + "marks uncertain at each end of its advisory range, on the comparison's seed and replications; each row is one reform minus the\n"
        + "baseline with both run under the same assumption, so on the same firms and shocks. Per reform, one `central` row (the plain\n"
        + "comparison: its fingerprints are those of the run folders, its differences those of `differences.csv` in the last year), then one\n"
        + "row per parameter × end (low, high). `rdsim report` draws the brief's sensitivity sections again from it, and refuses a file\n"
        + "whose central rows are not the run folders' runs.\n\n"
        + TableWriter.Describe(Compare.ReformSensitivityTable.Columns);
}
