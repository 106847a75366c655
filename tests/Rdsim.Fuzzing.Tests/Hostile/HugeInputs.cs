using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Rdsim.Fuzzing.Tests.Hostile;

/// <summary>
/// Huge inputs: scenario files of 40,000 to 1,000,000 keys or 50 MB, lines and keys of a megabyte, population files of
/// a million bad rows or over the size limit, runs too large for the memory, grids of 6e8 points, populations that no
/// array holds. Each once hung, took minutes, printed millions of lines or was killed for its memory.
/// </summary>
internal static class HugeInputs
{
    public static Gen<HostileCase> Cases { get; } = Gen.OneOf(Files(), Populations(), Runs());

    private static Gen<HostileCase> Files() => Gen.OneOf(
        Gen.Elements(40_000, 1_000_000).Select(keys => new HostileCase($"a scenario of {keys:N0} unknown keys", folder =>
        {
            var text = new StringBuilder();
            for (var i = 0; i < keys; i++) text.Append("bogus").Append(i).Append(": 1\n");
            return ["validate", HostileCase.Write(folder, "keys.yaml", text.ToString())];
        })),
        Gen.Elements(2, 50).Select(megabytes => new HostileCase($"a scenario of {megabytes} MB", folder =>
        {
            var path = Path.Combine(folder, "big.yaml");
            using (var file = File.CreateText(path))
            {
                for (var i = 0; i < megabytes * 1024 * 64; i++) file.Write($"k{i % 1000}: {i}\n".PadRight(16));
            }
            return ["validate", path];
        })),
        Gen.Elements(900_000, 5_000_000).Select(length => new HostileCase($"a number of {length:N0} digits", folder =>
            ["validate", HostileCase.Write(folder, "long.yaml", "hnte:\n  rate: " + new string('9', length) + "\n")])),
        Gen.Elements(500_000, 900_000).Select(length => new HostileCase($"a key of {length:N0} characters", folder =>
            ["validate", HostileCase.Write(folder, "key.yaml", new string('k', length) + ": 1\n")])));

    private static Gen<HostileCase> Populations() => Gen.OneOf(
        Gen.Elements(100_000, 1_000_000).Select(rows => new HostileCase($"a population file of {rows:N0} bad rows", folder =>
        {
            var csv = new StringBuilder("id,sector,revenue\n");
            for (var i = 0; i < rows; i++) csv.Append(i).Append(",nosuch,x\n");
            HostileCase.Write(folder, "firms.csv", csv.ToString());
            return ["validate", HostileCase.Write(folder, "pop.yaml", $"extends: {HostileCase.China}\npopulation:\n  from: firms.csv\n")];
        })),
        Gen.Constant(new HostileCase("a population file of 300 MiB (sparse)", folder =>
        {
            using (var file = File.Create(Path.Combine(folder, "huge.csv"))) file.SetLength(300L << 20);
            return ["run", HostileCase.China, "--engine", "reference", "--set", $"population.from={Path.Combine(folder, "huge.csv")}", "--no-charts", "--out", "run"];
        })));

    private static Gen<HostileCase> Runs() => Gen.Elements(
        Run("100,000,000 firms", "run", HostileCase.China, "--engine", "reference", "--set", "population.firms=100000000", "--no-charts", "--out", "run"),
        Run("10,000 replicates on Orleans", "run", HostileCase.China, "--set", "simulation.replications=10000", "--no-charts", "--out", "run"),
        Run("a calibration of 20,000,000 firms × 100 replicates", "calibrate", HostileCase.China, "--targets",
            Path.Combine(FuzzSettings.RepositoryRoot, "scenarios", "targets", "ningbo-2013-targets.csv"), "--set", "population.firms=20000000",
            "--replications", "100", "--max-evaluations", "0", "--out", "cal"),
        Run("entrants that make 900,000,000 firms", "validate", HostileCase.China, "--set", "population.firms=100000000", "--set", "population.entryRate=0.5"),
        Run("a grid of 3 ranges of 834 values", "sweep", HostileCase.China, "--vary", "hnte.rate=0:0.833:0.001", "--vary", "cit.standardRate=0:0.833:0.001",
            "--vary", "superDeduction.extraRate=0:0.833:0.001", "--no-charts", "--out", "sweep"),
        Run("a --set value of 100,000 characters", "validate", HostileCase.China, "--set", "hnte.rate=" + new string('x', 100_000)));

    private static HostileCase Run(string name, params string[] args) => new(name, _ => args);
}
