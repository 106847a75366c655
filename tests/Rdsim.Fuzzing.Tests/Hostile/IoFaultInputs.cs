using FsCheck;
using FsCheck.Fluent;

namespace Rdsim.Fuzzing.Tests.Hostile;

/// <summary>
/// Paths and files that fail when used: a NUL in the path, a symbolic-link loop, a dangling link, a name longer than
/// the file system allows, a path of 5,000 characters, a read that fails (<c>/proc/self/mem</c>: input/output error),
/// a 2 GiB sparse file — in every place rdsim reads a file. Each once ended in .NET's own message ("Null character in
/// path", "Input/output error") instead of a located one.
/// </summary>
internal static class IoFaultInputs
{
    public static Gen<HostileCase> Cases { get; } =
        from fault in Gen.Elements("a NUL in the path", "a symbolic-link loop", "a dangling link", "a 300-character name",
            "a 5,000-character path", "/proc/self/mem", "a 2 GiB sparse file")
        from role in Gen.Elements("extends:", "population.from", "--targets", "the scenario", "a sweep file")
        where !(fault == "a NUL in the path" && role is "--targets" or "the scenario" or "a sweep file")   // an argument cannot hold a NUL
        select new HostileCase($"{fault} as {role}", folder => SpecialFileInputs.Arguments(folder, Make(folder, fault), role));

    private static string Make(string folder, string fault)
    {
        switch (fault)
        {
            case "a NUL in the path":
                return Path.Combine(folder, "a\\0b.yaml");   // written into YAML double quotes: the escape \0 is a NUL
            case "a symbolic-link loop":
                File.CreateSymbolicLink(Path.Combine(folder, "loop-a"), Path.Combine(folder, "loop-b"));
                File.CreateSymbolicLink(Path.Combine(folder, "loop-b"), Path.Combine(folder, "loop-a"));
                return Path.Combine(folder, "loop-a");
            case "a dangling link":
                File.CreateSymbolicLink(Path.Combine(folder, "dangling"), Path.Combine(folder, "gone"));
                return Path.Combine(folder, "dangling");
            case "a 300-character name":
                return Path.Combine(folder, new string('n', 300) + ".yaml");
            case "a 5,000-character path":
                return Path.Combine(folder, string.Join('/', Enumerable.Repeat(new string('d', 99), 50)), "x.yaml");
            case "a 2 GiB sparse file":
                var sparse = Path.Combine(folder, "sparse.yaml");
                using (var file = File.Create(sparse)) file.SetLength(2L << 30);
                return sparse;
            default:
                return fault;
        }
    }
}
