using Rdsim.Reporting.Charts;

namespace Rdsim.Reporting.Brief;

/// <summary>The run brief's own sentences (the headline's note, the assumptions, the parameter tables and their appendix), in one language.</summary>
public sealed record BriefText
{
    /// <summary>Below the headline: {0} firms, {1} replicates, money in the unit, and what induced, forgone and bang for the buck mean.</summary>
    public required string HeadlineNote { get; init; }

    /// <summary>What the model assumes, one bullet each (docs/model.md).</summary>
    public required IReadOnlyList<string> Assumptions { get; init; }

    /// <summary>The last assumption: {0} the population, {1} the seed, {2} the engine, {3} the tool and its version.</summary>
    public required string Population { get; init; }

    /// <summary>Parameter tables: the columns' headings (name, value, unit, where set).</summary>
    public required IReadOnlyList<string> ParameterColumns { get; init; }

    /// <summary>Below the section's heading: what the tables hold, and where the full detail is (the workbook's parameters sheet, the manifest).</summary>
    public required string ParameterIntro { get; init; }

    /// <summary>The headings of the parameter tables: tax policy, behaviour and market, the run and its population.</summary>
    public required IReadOnlyList<string> ParameterGroups { get; init; }

    /// <summary>The "set in" of a parameter left at the registry's default.</summary>
    public required string DefaultOrigin { get; init; }

    /// <summary>The heading of the sector traits' tables.</summary>
    public required string SectorTraits { get; init; }

    /// <summary>The sector traits' tables, one caption each (size and growth; profit, R&amp;D and patents; the HNTE criteria).</summary>
    public required IReadOnlyList<string> SectorTables { get; init; }

    /// <summary>The first column of a sector traits' table.</summary>
    public required string SectorColumn { get; init; }

    /// <summary>Each sector trait's column heading, by its key (<c>revenueMedian</c>); a trait not listed is headed by its key.</summary>
    public required IReadOnlyDictionary<string, string> TraitLabels { get; init; }

    /// <summary>Below the sector tables: {0} the files the non-default values were set in; a cell in italics is a default.</summary>
    public required string SectorNote { get; init; }

    /// <summary>The heading of the appendix that says, once per parameter, what it means (and, in English, where it comes from).</summary>
    public required string Appendix { get; init; }

    /// <summary>Below the appendix's heading: how it reads.</summary>
    public required string AppendixNote { get; init; }

    /// <summary>The registry's meaning of a parameter, in this language (empty for a parameter the registry lacks).</summary>
    public required Func<Scenarios.Registry.ParameterDefinition?, string> Meaning { get; init; }

    /// <summary>
    /// Whether the appendix shows the registry's references: references are English (legal citations and the literature),
    /// so a Chinese brief leaves them out and says where to read them (<see cref="ParameterNote"/>).
    /// </summary>
    public required bool ShowsReference { get; init; }

    /// <summary>Before a reference in the appendix.</summary>
    public required string ReferenceLabel { get; init; }

    /// <summary>In place of a reference the appendix already gave: {0} the parameter it gave it for.</summary>
    public required string SameReference { get; init; }

    /// <summary>Below the appendix, when it leaves out the references: where each parameter's source is.</summary>
    public required string ParameterNote { get; init; }

    /// <summary>The last line: {0} the result fingerprint, {1} the scenario's content hash.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>The warning's heading when the folder was changed after rdsim wrote it.</summary>
    public required string Altered { get; init; }

    /// <summary>The warning's sentence: {0} the result fingerprint of the run the numbers may not be.</summary>
    public required string AlteredNote { get; init; }

    /// <summary>A registry unit (e.g. <c>share of revenue</c>) in this language; the unit itself where there is no translation.</summary>
    public required Func<string, string> ParameterUnit { get; init; }

    /// <summary>The texts of <paramref name="language"/>, with money in <paramref name="unit"/>.</summary>
    public static BriefText For(ChartLanguage language, MoneyUnit unit)
    {
        var text = language == ChartLanguage.Zh ? BriefTextChinese.Text : BriefTextEnglish.Text;
        // The texts name their unit as {unit} (filled in before any string.Format, which would reject it).
        return text with { HeadlineNote = text.HeadlineNote.Replace("{unit}", unit.Label(language), StringComparison.Ordinal) };
    }
}
