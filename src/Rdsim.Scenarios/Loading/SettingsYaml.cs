using System.Text;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Writes settings as a scenario file states them, the inverse of <see cref="SettingsReader"/>: dotted names nested as
/// mappings (each mapping once, in the order first seen), two spaces a level, each value as given (YAML text: a number, a
/// list, a mapping of years). A name set twice keeps its place and its last value.
/// </summary>
public static class SettingsYaml
{
    /// <summary>Appends <paramref name="settings"/> (dotted name, value as YAML text) to <paramref name="yaml"/>.</summary>
    public static void Write(StringBuilder yaml, IEnumerable<(string Name, string Value)> settings)
    {
        var root = new Node();
        foreach (var (name, value) in settings)
        {
            var node = root;
            foreach (var part in name.Split('.')) node = node.Child(part);
            node.Value = value;
        }
        root.Write(yaml, -1);
    }

    /// <summary>A mapping or a leaf; children keep insertion order.</summary>
    private sealed class Node
    {
        private readonly List<(string Key, Node Node)> _children = [];

        public string? Value { get; set; }

        public Node Child(string key)
        {
            foreach (var (k, n) in _children)
            {
                if (k == key) return n;
            }
            var node = new Node();
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
}
