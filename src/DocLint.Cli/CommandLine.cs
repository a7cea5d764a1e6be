using System.CommandLine;
using DocLint.Cli.Commands;
using DocLint.Cli.Configuration;
using DocLint.Cli.Output;
using DocLint.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DocLint.Cli;

/// <summary>The command-line grammar: options, their help text, and which handler each command calls.</summary>
internal static class CommandLine
{
    public static RootCommand Build(IServiceProvider services)
    {
        var formats = services.GetServices<IResultFormatter>().Select(f => f.Name).ToArray();
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, directories (searched recursively for *.md, *.markdown, *.txt), globs such as 'docs/**/*.md', or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => "msbuild",
        };
        format.AcceptOnlyFromAmong(formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write the findings to this file instead of standard output." };
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Treat every warning as an error (exit code 1)." };
        var minSeverity = new Option<string>("--min-severity")
        {
            Description = "Lowest severity to show: info, warning or error.",
            DefaultValueFactory = _ => "info",
        };
        minSeverity.AcceptOnlyFromAmong("info", "warning", "error");
        var stdinFileName = new Option<string?>("--stdin-filename")
        {
            Description = "The name to report for standard input (-); its extension picks Markdown or plain text.",
        };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log what the tool does to standard error." };

        var root = new RootCommand(
            "DocLint lints prose the way a compiler lints code: it reports hedges, unsourced figures, unnamed sources and unsupported certainty.\n"
            + "Exit codes: 0 no error-severity finding; 1 an error-severity finding (see --warnaserror); 2 bad usage, configuration or an unreadable input.");
        root.Arguments.Add(paths);
        root.Options.Add(format);
        root.Options.Add(output);
        root.Options.Add(warnAsError);
        root.Options.Add(minSeverity);
        root.Options.Add(stdinFileName);
        root.Options.Add(verbose);
        var policy = new PolicyCommandLine();
        policy.AddLintOptions(root);
        root.SetAction((parse, cancellationToken) =>
        {
            var options = new LintOptions(
                parse.GetValue(paths) ?? [],
                parse.GetValue(format) ?? "msbuild",
                parse.GetValue(output),
                parse.GetValue(warnAsError),
                ParseSeverity(parse.GetValue(minSeverity)),
                parse.GetValue(stdinFileName));
            options = policy.Apply(parse, options);
            return services.GetRequiredService<LintCommandHandler>().RunAsync(options, cancellationToken);
        });

        var rules = new Command("rules", "List every rule: ID, category, default severity and title.");
        rules.SetAction(_ => services.GetRequiredService<RulesCommandHandler>().Run());
        root.Subcommands.Add(rules);

        var id = new Argument<string>("id") { Description = "A rule ID such as DL1001." };
        var explain = new Command("explain", "Print a rule's page: what it flags, why, examples and how to configure it.");
        explain.Arguments.Add(id);
        explain.SetAction(parse => services.GetRequiredService<ExplainCommandHandler>().Run(parse.GetValue(id)!));
        root.Subcommands.Add(explain);
        PolicyCommandLine.AddCommands(root, services);
        return root;
    }

    private static DiagnosticSeverity ParseSeverity(string? value) => value switch
    {
        "error" => DiagnosticSeverity.Error,
        "warning" => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
