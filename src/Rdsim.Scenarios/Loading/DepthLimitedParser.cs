using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Passes a YAML parser's events through and stops at collections nested deeper than a limit. YamlDotNet builds
/// nodes recursively, so ~45,000 nested brackets overflow the stack and abort the process (a stack overflow
/// cannot be caught); refusing at the limit turns that into a located syntax error.
/// </summary>
internal sealed class DepthLimitedParser(IParser inner, int maxDepth) : IParser
{
    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case SequenceStart or MappingStart:
                if (++_depth > maxDepth)
                {
                    throw new YamlException(inner.Current.Start, inner.Current.End,
                        $"lists and mappings are nested more than {maxDepth} deep here; a scenario needs a handful of levels.");
                }
                break;
            case SequenceEnd or MappingEnd:
                _depth--;
                break;
        }
        return true;
    }
}
