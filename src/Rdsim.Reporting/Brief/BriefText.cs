using Rdsim.Reporting.Charts;

namespace Rdsim.Reporting.Brief;

/// <summary>The run brief's own sentences (the headline's note, the assumptions, the parameter table), in one language.</summary>
public sealed record BriefText
{
    /// <summary>Below the headline: {0} firms, {1} replicates, money in the unit, and what induced, forgone and bang for the buck mean.</summary>
    public required string HeadlineNote { get; init; }

    /// <summary>What the model assumes, one bullet each (docs/model.md).</summary>
    public required IReadOnlyList<string> Assumptions { get; init; }

    /// <summary>The last assumption: {0} the population, {1} the seed, {2} the engine, {3} the tool and its version.</summary>
    public required string Population { get; init; }

    /// <summary>Parameter table: the columns' headings (name, value, unit, where set, meaning, reference).</summary>
    public required IReadOnlyList<string> ParameterColumns { get; init; }

    /// <summary>The parameter table's meaning of a registry entry, in this language (empty for a parameter the registry lacks).</summary>
    public required Func<Scenarios.Registry.ParameterDefinition?, string> Meaning { get; init; }

    /// <summary>
    /// Whether the parameter table shows the registry's reference column: references are English (legal citations and the
    /// literature), so a Chinese brief leaves them out and says where to read them (<see cref="ParameterNote"/>).
    /// </summary>
    public required bool ShowsReference { get; init; }

    /// <summary>Below the parameter table, when it leaves out the references: where each parameter's source is.</summary>
    public required string ParameterNote { get; init; }

    /// <summary>In place of an empty parameter table.</summary>
    public required string NoParameters { get; init; }

    /// <summary>The heading of the folded table of the parameters left at their defaults.</summary>
    public required string Defaults { get; init; }

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
