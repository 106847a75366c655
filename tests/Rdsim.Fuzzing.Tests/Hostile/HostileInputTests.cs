using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Rdsim.Fuzzing.Tests.Hostile;

/// <summary>
/// Inputs of shapes the mutation fuzzers cannot reach — deep, huge, special files, I/O faults — given to rdsim as a
/// separate process, as a hostile or careless user would: each must end, within the time limit, in a result, a
/// located input error or a one-line I/O fault; never an abort, a kill, a stack trace or a hang. CI tries a tenth
/// of RDSIM_FUZZ_CASES (30) per class; the figures in the README come from RDSIM_FUZZ_CASES=1000.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    /// <summary>The longest any case may run: the slowest (a million bad CSV rows) takes a few seconds.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    private static int Cases => Math.Max(10, FuzzSettings.Cases / 10);

    [Fact]
    public void Deep_nesting_ends_in_a_located_error() => Check("deep nesting", DeepInputs.Cases);

    [Fact]
    public void Huge_inputs_end_in_a_located_error_quickly() => Check("huge inputs", HugeInputs.Cases);

    [Fact]
    public void Special_files_are_refused_before_they_are_read() => Check("special files", SpecialFileInputs.Cases);

    [Fact]
    public void Io_faults_end_in_a_located_error() => Check("I/O faults", IoFaultInputs.Cases);

    private void Check(string kind, Gen<HostileCase> cases)
    {
        var outcome = new HostileOutcome(kind);
        var config = FuzzSettings.Config.WithMaxTest(Cases);
        try
        {
            FsCheck.Check.One(config, Prop.ForAll(cases.ToArbitrary(), input =>
            {
                var folder = Directory.CreateTempSubdirectory("rdsim-hostile-").FullName;
                try
                {
                    return outcome.Record(input, RdsimProcess.Run(folder, input.Prepare(folder), Limit));
                }
                finally
                {
                    Directory.Delete(folder, recursive: true);
                }
            }));
        }
        catch (Exception e) when (outcome.Failures.Length > 0)
        {
            throw new Xunit.Sdk.XunitException($"{outcome.Report()}\n{outcome.Failures}\n{e.Message}");
        }
        output.WriteLine(outcome.Report());
    }
}
