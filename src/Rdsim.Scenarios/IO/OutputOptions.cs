namespace Rdsim.Scenarios.IO;

/// <summary>What a command asks of the output folder it opens with <see cref="OutputFolder.Open"/>.</summary>
public sealed record OutputOptions
{
    /// <summary>The option that named the folder (for messages), e.g. <c>--out</c>.</summary>
    public required string Option { get; init; }

    /// <summary>
    /// What the command writes: a folder holding another kind of results is refused, even with <see cref="Force"/>, because
    /// writing there would replace or delete that command's results (rdsim's own files, so otherwise fair game).
    /// </summary>
    public required FolderKind Kind { get; init; }

    /// <summary>
    /// Every file (relative, with <c>/</c>) the command will write: each one that exists must be one rdsim wrote,
    /// or the folder is refused before any work is done (unless <see cref="Force"/>).
    /// </summary>
    public IReadOnlyList<string> WillWrite { get; init; } = [];

    /// <summary>
    /// Write into a non-empty folder that rdsim cannot prove is its own, and replace files there that have the names
    /// of rdsim's outputs (<c>--force</c>). rdsim still deletes nothing it cannot prove it wrote.
    /// </summary>
    public bool Force { get; init; }

    /// <summary>Files a sealed manifest in the folder lists: proof, besides the ledger, that rdsim wrote them (a folder copied without <c>.rdsim/</c>).</summary>
    public IReadOnlyList<FileRecord> Proven { get; init; } = [];

    /// <summary>
    /// The kind of results the folder's parent holds when the folder is one of its members, written (or redrawn) by that kind's own
    /// command: a comparison's run folders (<c>compare</c>, <c>report</c>). Otherwise null, and a folder inside any command's
    /// results (any folder up the path that holds a kind) is refused, even with <see cref="Force"/>.
    /// </summary>
    public FolderKind? MemberOf { get; init; }

    /// <summary>Whether the folder must already exist (<c>report</c>); otherwise it is created.</summary>
    public bool MustExist { get; init; }
}
