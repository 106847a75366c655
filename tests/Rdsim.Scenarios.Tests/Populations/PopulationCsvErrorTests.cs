using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Scenarios.Tests.Populations;

public sealed class PopulationCsvErrorTests
{
    private static readonly Rdsim.Model.Simulation.ModelParameters Model = TestModels.Model();

    private static IReadOnlyList<Diagnostic> Errors(string text)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("bad.csv", text);
        var e = Assert.Throws<InputException>(() => PopulationCsv.Read(path, Model, 1));
        Assert.All(e.Diagnostics, d => Assert.Equal((Severity.Error, path), (d.Severity, d.File)));
        return e.Diagnostics;
    }

    private static Diagnostic Single(string text) => Assert.Single(Errors(text));

    [Theory]
    [InlineData("sector,revenue\nsoftwares,10\n", 2, "sector", "unknown sector")]
    [InlineData("sector,revenue\nSoftware,10\n", 2, "sector", "case-sensitive")]
    [InlineData("sector,revenue\n,10\n", 2, "sector", "required")]
    [InlineData("sector,revenue\nsoftware,\n", 2, "revenue", "required")]
    [InlineData("sector,revenue\nsoftware,ten\n", 2, "revenue", "not a finite number")]
    [InlineData("sector,revenue\nsoftware,\"1,5\"\n", 2, "revenue", "not a finite number")]
    [InlineData("sector,revenue\nsoftware,NaN\n", 2, "revenue", "not a finite number")]
    [InlineData("sector,revenue\nsoftware,Infinity\n", 2, "revenue", "not a finite number")]
    [InlineData("sector,revenue\nsoftware,1e400\n", 2, "revenue", "not a finite number")]
    [InlineData("sector,revenue\nsoftware,0\n", 2, "revenue", "out of range")]
    [InlineData("sector,revenue\nsoftware,-3\n", 2, "revenue", "out of range")]
    [InlineData("sector,revenue,margin\nsoftware,5,1.5\n", 2, "margin", "out of range")]
    // Finite bounds (Registry.InputBounds): beyond them a sum could overflow; before they were open, and 1e30 ran to a wrong total.
    [InlineData("sector,revenue\nsoftware,1e30\n", 2, "revenue", "expected > 0 and <= 100000000")]
    [InlineData("sector,revenue\nsoftware,1e200\n", 2, "revenue", "out of range")]
    [InlineData("sector,revenue\nsoftware,1e308\n", 2, "revenue", "out of range")]
    [InlineData("sector,revenue,latent_intensity\nsoftware,5,1e300\n", 2, "latent_intensity", "expected >= 0 and <= 10")]
    [InlineData("sector,revenue,margin\nsoftware,5,-1e300\n", 2, "margin", "expected >= -10 and <= 1")]
    [InlineData("sector,revenue,latent_intensity\nsoftware,5,-0.01\n", 2, "latent_intensity", "out of range")]
    [InlineData("sector,revenue,high_tech_share\nsoftware,5,1.01\n", 2, "high_tech_share", "out of range")]
    [InlineData("sector,revenue,rd_staff_share\nsoftware,5,-1\n", 2, "rd_staff_share", "out of range")]
    [InlineData("sector,revenue,core_ip\nsoftware,5,yes\n", 2, "core_ip", "not a boolean")]
    [InlineData("id,sector,revenue\na,software,5\na,software,6\n", 3, "id", "already used on line 2")]
    [InlineData("sector,revenue,entry_year\nsoftware,5,2012.5\n", 2, "entry_year", "not a year")]
    [InlineData("sector,revenue,entry_year\nsoftware,5,99\n", 2, "entry_year", "not a year from 1900 to 2200")]
    [InlineData("sector,revenue,exit_year\nsoftware,5,soon\n", 2, "exit_year", "not a year")]
    [InlineData("sector,revenue,entry_year,exit_year\nsoftware,5,2012,2012\n", 2, "exit_year", "not after entry_year 2012")]
    [InlineData("sector,revenue\nsoftware,5\nsoftware,5,7\n", 3, "", "3 fields")]
    [InlineData("sector,revenue\n\n\nsoftware,x\n", 4, "revenue", "not a finite number")]
    public void A_bad_value_is_reported_with_its_line_and_column(string text, int line, string column, string message)
    {
        var d = Single(text);
        Assert.Equal((line, column), (d.Line, d.Path));
        Assert.Contains(message, d.Message);
    }

    [Theory]
    [InlineData("sector,revnue\nsoftware,5\n", "revnue", "did you mean 'revenue'")]
    [InlineData("sector,revenue,colour\nsoftware,5,red\n", "colour", "unknown column")]
    [InlineData("sector,revenue,revenue\nsoftware,5,5\n", "revenue", "more than once")]
    public void A_bad_header_column_is_reported_on_line_1(string text, string column, string message)
    {
        var d = Assert.Single(Errors(text), d => d.Path == column);
        Assert.Equal(1, d.Line);
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public void A_missing_required_column_is_reported_by_name()
    {
        var errors = Errors("name,revenue\nx,5\n");
        var d = Assert.Single(errors);
        Assert.Equal((1, "sector"), (d.Line, d.Path));
        Assert.Contains("missing", d.Message);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("sector,revenue\n", "no firms")]
    [InlineData("software,12.5\nmachinery,3\n", "header")]
    public void Empty_files_and_files_without_a_header_are_rejected(string text, string message) =>
        Assert.Contains(message, Single(text).Message);

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        var e = Assert.Throws<InputException>(() => PopulationCsv.Read("/nonexistent/firms.csv", Model, 1));
        Assert.Contains("not found", Assert.Single(e.Diagnostics).Message);
    }

    [Fact]
    public void Malformed_quoting_is_reported_with_its_line()
    {
        var d = Single("name,sector,revenue\n\"unclosed,software,5\nok,software,5\n");
        Assert.Equal(2, d.Line);
        Assert.Contains("quot", d.Message);
    }

    [Fact]
    public void Every_bad_row_and_value_is_reported_at_once()
    {
        var errors = Errors(
            "id,sector,revenue,high_tech_share,typo\n" +
            "1,software,5,0.5,\n" +
            "2,nosuch,-1,0.5,\n" +
            "3,software,5,2,\n" +
            "4,software,abc,0.1,\n");
        var found = errors.Select(d => (d.Line, d.Path)).ToHashSet();
        Assert.Equal(new HashSet<(int, string)> { (1, "typo"), (3, "sector"), (3, "revenue"), (4, "high_tech_share"), (5, "revenue") }, found);
        Assert.All(errors, d => Assert.Matches(@"bad\.csv:\d+:0: error: ", d.ToString()));
    }
}
