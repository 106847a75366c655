using Rdsim.Scenarios.Loading;

namespace Rdsim.Scenarios.Tests.Loading;

public sealed class LoadingErrorTests : IDisposable
{
    private readonly ScenarioDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static Diagnostic Single(IReadOnlyList<Diagnostic> errors)
    {
        Assert.Single(errors);
        return errors[0];
    }

    [Fact]
    public void A_sweep_file_loaded_as_a_scenario_says_to_run_it_with_rdsim_sweep()
    {
        var d = Assert.Single(_dir.Errors("base: china.yaml\nvary:\n  hnte.rate: [0.1, 0.15]\n"));
        Assert.Contains("sweep file", d.Message);
        Assert.Contains("rdsim sweep", d.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n\n# and another\n")]
    [InlineData("---\n")]
    [InlineData("~\n")]
    [InlineData("{}\n")]
    public void An_empty_scenario_is_an_error_not_a_run_of_the_defaults(string text)
    {
        var d = Single(_dir.Errors(text));
        Assert.Equal((1, 1, ""), (d.Line, d.Column, d.Path));
        Assert.StartsWith("the scenario is empty: nothing to run", d.Message);
        Assert.Contains("extends: scenarios/china-2008-2024.yaml", d.Message);
    }

    [Fact]
    public void Extending_an_empty_file_is_an_error_naming_that_file()
    {
        var empty = _dir.Write("empty.yaml", "# nothing yet\n");
        var d = Single(_dir.Errors("extends: empty.yaml\nhnte:\n  rate: 0.1\n"));
        Assert.Equal((empty, 1), (d.File, d.Line));
        Assert.StartsWith("the scenario is empty", d.Message);
    }

    [Fact]
    public void A_population_too_large_is_blamed_on_the_override_that_made_it_not_on_the_file()
    {
        var d = Single(_dir.Errors("population:\n  entryRate: 0.1\n", "population.firms=100000000"));
        Assert.Equal(("--set", 0, "population.firms"), (d.File, d.Line, d.Path));
        Assert.StartsWith($"100,000,000 firms (--set population.firms=100000000) with their entrants (population.entryRate 0.1 a year, {_dir.Root}/bad.yaml:2) make", d.Message);

        var file = Single(_dir.Errors("population:\n  firms: 90000000\n  entryRate: 0.1\n"));
        Assert.Equal((3, "population.entryRate"), (file.Line, file.Path));   // no override: the entrants, which push it over
    }

    [Fact]
    public void Missing_file_is_an_error_naming_the_file()
    {
        var path = Path.Combine(_dir.Root, "nope.yaml");
        var e = Assert.Throws<InputException>(() => ScenarioLoader.Load(path, []));
        var d = Single(e.Diagnostics);
        Assert.Equal(path, d.File);
        Assert.Equal(0, d.Line);
        Assert.Contains("not found", d.Message);
    }

    [Fact]
    public void Yaml_syntax_error_reports_its_line()
    {
        var d = Single(_dir.Errors("hnte:\n  rate: 0.15\n  enabled: [true\n"));
        Assert.EndsWith("bad.yaml", d.File);
        Assert.True(d.Line >= 3, d.ToString());
        Assert.Contains("YAML syntax error", d.Message);
    }

    [Fact]
    public void Unknown_key_suggests_the_closest_name_with_line_column_and_path()
    {
        var d = Single(_dir.Errors("simulation:\n  firstYear: 2008\nhnte:\n  rat: 0.2\n"));
        Assert.Equal((4, 3, "hnte.rat"), (d.Line, d.Column, d.Path));
        Assert.Contains("did you mean hnte.rate?", d.Message);
    }

    [Fact]
    public void Unknown_top_level_group_suggests_the_group()
    {
        var d = Single(_dir.Errors("superDeductoin:\n  extraRate: 0.5\n"));
        Assert.Equal((1, 1), (d.Line, d.Column));
        Assert.Contains("did you mean superDeduction?", d.Message);
    }

    [Fact]
    public void Wrong_type_is_an_error()
    {
        var d = Single(_dir.Errors("hnte:\n  rate: fifteen\n"));
        Assert.Equal((2, 9, "hnte.rate"), (d.Line, d.Column, d.Path));
        Assert.Contains("expected a number", d.Message);

        var quoted = Single(_dir.Errors("hnte: {rate: \"0.15\"}\n"));
        Assert.Contains("quoted", quoted.Message);

        var flag = Single(_dir.Errors("hnte: {enabled: 1}\n"));
        Assert.Contains("true or false", flag.Message);

        var whole = Single(_dir.Errors("hnte: {validityYears: 2.5}\n"));
        Assert.Contains("whole number", whole.Message);

        var list = Single(_dir.Errors("cit: {standardRate: [0.25]}\n"));
        Assert.Contains("got a list", list.Message);
    }

    [Fact]
    public void Value_outside_the_valid_range_names_the_range()
    {
        var d = Single(_dir.Errors("hnte:\n  rate: 1.5\n"));
        Assert.Equal((2, 9, "hnte.rate"), (d.Line, d.Column, d.Path));
        Assert.Contains("valid range [0, 1]", d.Message);

        var inYear = Single(_dir.Errors("superDeduction:\n  extraRate: {2008: 0.5, 2018: -1}\n"));
        Assert.Equal((2, 32), (inYear.Line, inYear.Column));
        Assert.Contains("[0, 5]", inYear.Message);

        var baseYears = Single(_dir.Errors("credit: {baseYears: 6}\n"));
        Assert.Contains("[1, 5]", baseYears.Message);
        var carry = Single(_dir.Errors("loss: {carryForwardYears: 16}\n"));
        Assert.Contains("[0, 15]", carry.Message);
    }

    [Theory]
    [InlineData(".inf")]
    [InlineData("-.inf")]
    [InlineData(".nan")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    public void Non_finite_numbers_are_errors(string text)
    {
        var d = Single(_dir.Errors($"behaviour:\n  discountRate: {text}\n"));
        Assert.Equal((2, "behaviour.discountRate"), (d.Line, d.Path));
        Assert.Contains("not a finite number", d.Message);
    }

    [Theory]
    [InlineData("{2008.5: 0.5}")]
    [InlineData("{abc: 0.5}")]
    [InlineData("{1850: 0.5}")]
    [InlineData("{2008: 0.5, 02008: 0.6}")]
    [InlineData("{}")]
    public void Bad_year_keys_are_errors(string value)
    {
        var d = Single(_dir.Errors($"superDeduction:\n  extraRate: {value}\n"));
        Assert.Equal((2, "superDeduction.extraRate"), (d.Line, d.Path));
    }

    [Fact]
    public void Year_mapping_on_a_parameter_that_is_not_year_keyed_is_an_error()
    {
        var d = Single(_dir.Errors("behaviour:\n  userCostElasticity: {2008: 1.0}\n"));
        Assert.Equal("behaviour.userCostElasticity", d.Path);
        Assert.Contains("cannot change by year", d.Message);
    }

    [Fact]
    public void Unknown_sector_keys_are_errors_with_a_suggestion()
    {
        var rate = Single(_dir.Errors("superDeduction:\n  sectorExtraRate:\n    sofware: 1.0\n"));
        Assert.Equal((3, 5, "superDeduction.sectorExtraRate.sofware"), (rate.Line, rate.Column, rate.Path));
        Assert.Contains("unknown sector 'sofware'; did you mean software?", rate.Message);

        var trait = Single(_dir.Errors("population:\n  sectors:\n    textile: {share: 0.1}\n"));
        Assert.Equal((3, "population.sectors.textile"), (trait.Line, trait.Path));
        Assert.Contains("did you mean textiles?", trait.Message);

        var list = Single(_dir.Errors("superDeduction:\n  excludedSectors: [tobacco, realestate]\n"));
        Assert.Equal((2, 30, "superDeduction.excludedSectors"), (list.Line, list.Column, list.Path));
        Assert.Contains("did you mean realEstate?", list.Message);

        var field = Single(_dir.Errors("population:\n  sectors:\n    textiles: {shares: 0.1}\n"));
        Assert.Contains("did you mean population.sectors.textiles.share?", field.Message);
    }

    [Fact]
    public void Last_year_before_first_year_is_an_error_at_the_last_year()
    {
        var d = Single(_dir.Errors("simulation:\n  firstYear: 2010\n  lastYear: 2009\n"));
        Assert.Equal((3, "simulation.lastYear"), (d.Line, d.Path));
        Assert.Contains("before simulation.firstYear", d.Message);
    }

    [Fact]
    public void Replications_below_one_is_an_error()
    {
        var d = Single(_dir.Errors("simulation:\n  replications: 0\n"));
        Assert.Equal((2, "simulation.replications"), (d.Line, d.Path));
        Assert.Contains("valid range [1,", d.Message);
    }

    [Fact]
    public void Every_error_is_listed_not_just_the_first()
    {
        var errors = _dir.Errors("hnte:\n  rate: 1.5\n  rat: 0.1\nbehaviour:\n  discountRate: .nan\n");
        Assert.Equal(["hnte.rate", "hnte.rat", "behaviour.discountRate"], errors.Select(e => e.Path));
        Assert.Equal([2, 3, 5], errors.Select(e => e.Line));
    }

    [Fact]
    public void Set_errors_have_file_set_and_line_zero()
    {
        var path = _dir.Write("ok.yaml", "name: ok\n");
        var e = Assert.Throws<InputException>(() => ScenarioLoader.Load(path, ["hnte.rate", "hnte.rat=0.1", "hnte.rate=2", "superDeduction.extraRate={2008: x}"]));
        var errors = e.Diagnostics;
        Assert.Equal(4, errors.Count);
        Assert.All(errors, d => Assert.Equal(("--set", 0), (d.File, d.Line)));
        Assert.Contains("name=value", errors[0].Message);
        Assert.Equal("hnte.rat", errors[1].Path);
        Assert.Contains("did you mean hnte.rate?", errors[1].Message);
        Assert.Contains("valid range [0, 1]", errors[2].Message);
        Assert.Equal("superDeduction.extraRate", errors[3].Path);
    }

    [Fact]
    public void Extends_cycles_are_errors()
    {
        _dir.Write("a.yaml", "extends: b.yaml\n");
        _dir.Write("b.yaml", "name: b\nextends: a.yaml\n");
        var e = Assert.Throws<InputException>(() => ScenarioLoader.Load(Path.Combine(_dir.Root, "a.yaml"), []));
        var d = Single(e.Diagnostics);
        Assert.EndsWith("b.yaml", d.File);
        Assert.Equal(2, d.Line);
        Assert.Contains("extends cycle: a.yaml → b.yaml → a.yaml", d.Message);
    }

    [Fact]
    public void Missing_parent_is_reported_at_the_extends_line()
    {
        var d = Single(_dir.Errors("name: child\nextends: ../missing.yaml\n"));
        Assert.EndsWith("bad.yaml", d.File);
        Assert.Equal((2, 10), (d.Line, d.Column));
        Assert.Contains("not found", d.Message);
    }

    [Fact]
    public void Errors_in_a_parent_are_located_in_the_parent()
    {
        _dir.Write("base.yaml", "hnte:\n  rate: 7\n");
        var d = Single(_dir.Errors("extends: base.yaml\n"));
        Assert.EndsWith("base.yaml", d.File);
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void A_parameter_set_twice_in_one_file_is_an_error()
    {
        var d = Single(_dir.Errors("hnte:\n  rate: 0.1\nhnte.rate: 0.2\n"));
        Assert.Equal((3, "hnte.rate"), (d.Line, d.Path));
    }

    [Fact]
    public void Unknown_rule_set_lists_the_choices()
    {
        var d = Single(_dir.Errors("hnte:\n  intensityBands: {2008: rules2008, 2016: rule2016}\n"));
        Assert.Contains("rules2008, rules2016, rulesPre2008", d.Message);
        Assert.Contains("did you mean rules2016?", d.Message);
    }

    [Fact]
    public void Missing_population_file_is_an_error()
    {
        var d = Single(_dir.Errors("population:\n  from: firms.csv\n"));
        Assert.Equal((2, "population.from"), (d.Line, d.Path));
        Assert.Contains(Path.Combine(_dir.Root, "firms.csv"), d.Message);
    }

    [Fact]
    public void A_seed_above_2_to_the_53_is_refused_by_the_number_written()
    {
        // 2^53 + 1 has no double of its own: read as one, the message named 9007199254740992.
        var d = Single(_dir.Errors("simulation:\n  seed: 9007199254740993\n"));
        Assert.Contains("simulation.seed = 9007199254740993 is outside the valid range [0, 9007199254740991]", d.Message);
        Assert.Contains("simulation.seed = 9007199254740993 超出有效范围", d.MessageZh);
    }

    [Fact]
    public void Diagnostics_format_like_a_compiler_naming_the_parameter_once()
    {
        var d = Single(_dir.Errors("hnte:\n  rate: 1.5\n"));
        Assert.Matches(@"bad\.yaml:2:9: error: hnte\.rate = 1\.5 is outside the valid range \[0, 1\]", d.ToString());
        Assert.StartsWith("bad.yaml:2:9: 错误: hnte.rate = 1.5 超出有效范围", d.Text(chinese: true).Split('/')[^1]);
    }

    [Theory]
    [InlineData("hnte.rate", "hnte.rate = 0.4 is outside the advisory range [0.05, 0.25]", "f.yaml:3:9: warning: hnte.rate = 0.4 is outside the advisory range [0.05, 0.25]")]
    [InlineData("hnte.rtae", "unknown parameter 'hnte.rtae'; did you mean hnte.rate?", "f.yaml:3:9: warning: unknown parameter 'hnte.rtae'; did you mean hnte.rate?")]
    [InlineData("hnte.rate", "in 2008 the HNTE rate (0.4) is above the standard rate", "f.yaml:3:9: warning: hnte.rate: in 2008 the HNTE rate (0.4) is above the standard rate")]
    [InlineData("sector", "unknown sector 'nosuch'", "f.yaml:3:9: warning: sector: unknown sector 'nosuch'")]
    [InlineData("hnte.rate", "hnte.rates = 1 is not a parameter", "f.yaml:3:9: warning: hnte.rate: hnte.rates = 1 is not a parameter")]
    public void The_parameter_precedes_a_message_only_when_the_message_does_not_name_it(string path, string message, string expected) =>
        Assert.Equal(expected, new Diagnostic(Severity.Warning, "f.yaml", 3, 9, path, message).ToString());
}
