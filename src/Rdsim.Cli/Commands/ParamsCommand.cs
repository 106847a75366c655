using System.ComponentModel;
using Rdsim.Cli.Infrastructure;
using Rdsim.Scenarios.Registry;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Commands;

/// <summary><c>rdsim params</c>: every parameter with its default, unit, ranges, description and reference.</summary>
public sealed class ParamsCommand : Command<ParamsCommand.Settings>
{
    /// <summary>Options of <c>rdsim params</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Print Markdown instead of a table.</summary>
        [CommandOption("--markdown")]
        [Description("Print the registry as a Markdown document (for docs)")]
        public bool Markdown { get; init; }

        /// <summary>Only parameters whose name starts with this.</summary>
        [CommandOption("--filter <PREFIX>")]
        [Description("Only parameters whose dotted name starts with PREFIX, e.g. hnte or behaviour.relabel")]
        public string? Filter { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Markdown)
        {
            Console.Out.Write(ParameterMarkdown.Render());
            return ExitCodes.Ok;
        }
        var rows = ParameterTable.Rows().Where(r => settings.Filter is null || r.Name.StartsWith(settings.Filter, StringComparison.Ordinal)).ToList();
        if (rows.Count == 0)
        {
            CliConsole.Fail($"No parameter starts with '{settings.Filter}'.");
            return ExitCodes.BadInput;
        }
        var table = new Table().Border(TableBorder.Simple);
        foreach (var header in new[] { "parameter", "default", "unit", "valid", "advisory", "description" }) table.AddColumn(header);
        foreach (var r in rows)
        {
            table.AddRow(Markup.Escape(r.Name), Markup.Escape(r.Default), Markup.Escape(r.Unit), Markup.Escape(r.Valid),
                Markup.Escape(r.Advisory + (r.Uncertain ? " uncertain" : "")), Markup.Escape(r.Description));
        }
        CliConsole.Out.Write(table);
        CliConsole.Info($"{rows.Count} parameters. References: rdsim params --markdown");
        return ExitCodes.Ok;
    }
}
