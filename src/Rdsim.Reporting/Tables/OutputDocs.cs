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
        + "CSV files are UTF-8 without a byte-order mark. `--csv-bom` (on `run`, `compare` and `sweep`) starts every CSV the verb\n"
        + "writes — the tables, the charts' data, compare's `summary.csv` and `differences.csv`, sweep points and `sweep.csv` —\n"
        + "with one, so that Excel reads them as UTF-8 (without it, Excel reads them in the local code page and Chinese names turn\n"
        + "to mojibake); the files are otherwise the same bytes, and `report` keeps the folder's choice for the chart data it writes\n"
        + "again. Seeds (`simulation.seed`, each replicate's `seed`) are below 2^53, so JSON keeps every digit; a spreadsheet shows\n"
        + "15 significant digits, so the workbook writes them as text.\n\n"
        + "## years.csv\n\nOne row per replicate × year. Columns without a prefix describe the scenario; `cf_` columns the\n"
        + "no-incentive counterfactual (same firms, same shocks, every incentive off).\n\n"
        + TableWriter.Describe(YearsTable.Columns)
        + "\n## groups.csv\n\nOne row per replicate × year × world × group: each sector, each size class, each tax status, then each region.\n"
        + "A kind of group covers every firm, so its groups add up to the year's totals in `years.csv` (exactly in the model; to rounding\n"
        + "in the file). A firm-year's tax status is whether it would pay corporate income tax without the incentives: its counterfactual's,\n"
        + "used for both worlds, so the two worlds' tax-status rows hold the same firm-years, whatever the policy (the `_nontaxpayers`\n"
        + "columns of `years.csv` split by the same status). Its size class is by its revenue in the row's world, so a firm the\n"
        + "incentives grow across a class edge is in a larger class with them than without. Region rows (`group_kind` `region`, `group`\n"
        + "the region's name as the population has it, e.g. 宁波) come in the order of the population's regions: those of the default list\n"
        + "of 50 cities in its order, then regions a `population.from` file adds, in order of first appearance; a region no firm is in in any\n"
        + "year has no rows. A synthetic firm's region is drawn uniformly with its name and plays no part in its decisions (docs/model.md §2), so\n"
        + "in a synthetic population the regions differ by sampling noise only; a firm register's regions are its own.\n\n"
        + TableWriter.Describe(GroupsTable.Columns)
        + "\n## intensity_histogram.csv\n\nOne row per replicate × year × world × bin.\n\n"
        + TableWriter.Describe(HistogramTable.Columns)
        + "\n## bunching.csv\n\nOne row per replicate × year × intensity measure × HNTE threshold in force that year. A threshold's\n"
        + "bin is the 0.1-point bin that starts at it (a firm exactly at the threshold counts there). The counterfactual\n"
        + "histogram — the same firms and shocks with every incentive off — is the density without the notch: excess\n"
        + "mass is the scenario's count in the threshold's bin over it, missing mass the counterfactual's count over the\n"
        + "scenario's in the percentage point below (other thresholds' bins left out).\n\n"
        + TableWriter.Describe(BunchingTable.Columns)
        + "\n## results.xlsx\n\nThe run's tables as one workbook, for a spreadsheet (the CSV files stay the reference). Sheets: "
        + string.Join(", ", Workbook.RunWorkbook.Sheets.Select(s => $"`{s}`")) + ".\n"
        + "`summary` holds what ran (scenario, seed and replicate seeds as text, replicates, firms and the enterprises they stand\n"
        + "for, the universe and fit the scenario states, engine, fingerprint, command) and the headline totals the brief opens\n"
        + "with, each with its unit. The other sheets hold the CSV file of their name, column for column, each header with its\n"
        + "unit (`real_rd (mn CNY)`); every cell holds the CSV's full value, shown rounded by its number format (money `#,##0.0`,\n"
        + "fractions `0.0%`, counts `#,##0`, ratios `0.00`, indices `0.000`); an empty CSV cell is an empty cell. The header row is\n"
        + "frozen and filtered. Under `years`, a bold totals row sums each flow over the years (a mean over replicates when\n"
        + "there are several): "
        + string.Join(", ", YearsTable.Columns.Where(Workbook.YearsTotals.Adds).Select(c => $"`{c.Name}`"))
        + ". Stocks, ratios, indices and the `cum_` columns (running totals already) get none, and so do the other sheets,\n"
        + "whose rows mix years, worlds and groups. A sheet holds at most 1,048,576 rows; a longer table (many replicates) is cut\n"
        + "there, with a last row naming its CSV file. The workbook is drawn from the stored results: `rdsim report` writes it\n"
        + "again, and the manifest lists it like the brief. A sweep folder has the same for `sweep.csv`: `sweep.xlsx`, one sheet.\n"
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
