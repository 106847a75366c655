using Rdsim.Reporting.Tables;
using Rdsim.Scenarios.Registry;
using Rdsim.Tests.Shared;

namespace Rdsim.Reporting.Tests.Tables;

/// <summary>
/// The documents under docs/ that are generated from code must match the code. To refresh them after a
/// deliberate change, run the tests once with RDSIM_UPDATE_DOCS=1.
/// </summary>
public class GeneratedDocsTests
{
    [Theory]
    [InlineData("outputs.md")]
    [InlineData("parameters.md")]
    public void Generated_document_is_current(string file)
    {
        var expected = file switch
        {
            "outputs.md" => OutputDocs.Render(),
            _ => ParameterMarkdown.Render(),
        };
        var path = Path.Combine(SmallRuns.Root, "docs", file);
        if (Environment.GetEnvironmentVariable("RDSIM_UPDATE_DOCS") == "1") File.WriteAllText(path, expected);
        Assert.True(File.Exists(path), $"{path} is missing; run the tests with RDSIM_UPDATE_DOCS=1.");
        Assert.True(expected == File.ReadAllText(path), $"docs/{file} is out of date; run the tests with RDSIM_UPDATE_DOCS=1 and commit it.");
    }
}
