using System.Text;

namespace Rdsim.Calibration.Output;

/// <summary>A mapping or a leaf in the YAML tree of a fitted scenario; children keep insertion order.</summary>
internal sealed class YamlNode
{
    private readonly List<(string Key, YamlNode Node)> _children = [];

    /// <summary>The YAML text of a leaf's value (a number, or an override's value as given).</summary>
    public string? Value { get; set; }

    /// <summary>The child called <paramref name="key"/>, created when missing.</summary>
    public YamlNode Child(string key)
    {
        foreach (var (k, n) in _children)
        {
            if (k == key) return n;
        }
        var node = new YamlNode();
        _children.Add((key, node));
        return node;
    }

    /// <summary>Writes the children at <paramref name="depth"/> + 1 (the root is depth −1).</summary>
    public void Write(StringBuilder yaml, int depth)
    {
        foreach (var (key, node) in _children)
        {
            yaml.Append(' ', 2 * (depth + 1)).Append(key).Append(':');
            if (node.Value is { } v)
            {
                yaml.Append(' ').Append(v).Append('\n');
            }
            else
            {
                yaml.Append('\n');
                node.Write(yaml, depth + 1);
            }
        }
    }
}
