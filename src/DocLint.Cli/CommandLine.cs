using System.CommandLine;
using DocLint.Cli.Cache;
using DocLint.Cli.Commands;
using DocLint.Cli.Configuration;
using DocLint.Cli.Output;
using DocLint.Cli.Watch;
using DocLint.Diagnostics;
using DocLint.Pipeline;
using DocLint.Reporting;
using DocLint.Documents;
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
            Description = "Files (any extension), folders (searched for *.md and *.markdown, less what git ignores), globs such as 'docs/**/*.md' or 'docs/{news,opinion}/*.md', or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => "msbuild",
            HelpName = "format",
        };
        format.AcceptOnlyFromAmong(formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write the findings to this file instead of standard output.", HelpName = "file" };
        var warnAsError = new Option<bool>("--warnaserror")
        {
            Description = "Treat every warning as an error (exit code 1), or only these IDs' warnings: --warnaserror:DL1001,DL2001.",
            HelpName = "ids",
        };
        var minSeverity = new Option<string>("--min-severity")
        {
            Description = "Lowest severity to show: info, warning or error.",
            DefaultValueFactory = _ => "info",
            HelpName = "severity",
        };
        minSeverity.AcceptOnlyFromAmong("info", "warning", "error");
        var stdinFileName = new Option<string?>("--stdin-filename")
        {
            Description = "The name to report for standard input (-); its extension picks Markdown or plain text.",
            HelpName = "name",
        };
        var diffBase = new Option<string?>("--diff-base")
        {
            Description = "Report only findings on lines added or changed since this git revision (documents are still analysed whole).",
            HelpName = "ref",
        };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log what the tool does to standard error." };
        var include = IncludeOption();
        var noColor = new Option<bool>("--no-color") { Description = "No colour, even on a terminal (NO_COLOR=1 does the same; redirected output never has colour)." };
        var minScore = MinScoreOption();
        var unrated = UnratedOption();
        var (maxFileSize, timeBudget) = LimitOptions();

        var root = new RootCommand(
            "DocLint lints prose the way a compiler lints code: it reports hedges, unsourced figures, unnamed sources and unsupported certainty.\n"
            + "Exit codes: 0 no error-severity finding; 1 an error-severity finding (see --warnaserror) or a score below --min-score; 2 bad usage, a configuration problem (DL0002) or an unreadable input.");
        root.Arguments.Add(paths);
        root.Options.Add(format);
        root.Options.Add(output);
        root.Options.Add(warnAsError);
        root.Options.Add(minSeverity);
        root.Options.Add(stdinFileName);
        root.Options.Add(diffBase);
        root.Options.Add(include);
        root.Options.Add(noColor);
        root.Options.Add(verbose);
        root.Options.Add(minScore);
        root.Options.Add(unrated);
        root.Options.Add(maxFileSize);
        root.Options.Add(timeBudget);
        var policy = new PolicyCommandLine();
        policy.AddLintOptions(root);
        var cache = new CacheCommandLine();
        cache.AddTo(root);
        root.SetAction((parse, cancellationToken) =>
        {
            var options = new LintOptions(
                parse.GetValue(paths) ?? [],
                parse.GetValue(format) ?? "msbuild",
                parse.GetValue(output),
                parse.GetValue(warnAsError),
                ParseSeverity(parse.GetValue(minSeverity)),
                parse.GetValue(stdinFileName))
            {
                DiffBase = parse.GetValue(diffBase),
                MinScore = parse.GetValue(minScore),
                Unrated = ParseUnrated(parse.GetValue(unrated)),
                MaxFileSize = DocumentLimits.TryParseSize(parse.GetValue(maxFileSize), out var size) ? size : null,
                TimeBudget = parse.GetValue(timeBudget) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                Include = parse.GetValue(include) ?? [],
                NoColor = parse.GetValue(noColor),
            };
            options = cache.Apply(parse, policy.Apply(parse, options));
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
        root.Subcommands.Add(ScoreCommand(services, stdinFileName));
        var lsp = new Command("lsp", "Run the language server (LSP 3.17 over standard input and output) for editors: VS Code, Neovim or any LSP client. See docs/editor.md.");
        // LSP clients conventionally pass the transport (vscode-languageclient adds --stdio for TransportKind.stdio);
        // standard input and output is the only one, so the flag is accepted and changes nothing.
        lsp.Options.Add(new Option<bool>("--stdio") { Description = "Talk over standard input and output (the only transport; accepted because LSP clients pass it)." });
        lsp.SetAction((_, cancellationToken) => LanguageServer.LanguageServerHost.RunAsync(
            services.GetRequiredService<Analysis.LintEngine>(), services.GetRequiredService<CliConsole>().OpenInput(), services.GetRequiredService<CliConsole>().OpenOutput(), ExplainCommandHandler.ReadPage, cancellationToken));
        root.Subcommands.Add(lsp);
        root.Subcommands.Add(WatchCommand(services));
        PolicyCommandLine.AddCommands(root, services);
        Help.HelpText.Install(root);
        return root;
    }

    /// <summary>--include: what a folder walk lints besides Markdown; shared by lint, score and baseline.</summary>
    internal static Option<string[]> IncludeOption() => new("--include")
    {
        Description = "Also lint files whose name matches PATTERN when searching folders and globs, e.g. --include '*.txt' (repeatable).",
        HelpName = "pattern",
    };

    private static Option<int?> MinScoreOption()
    {
        // A custom parser, so "abc", "70.5" or "" is a usage error with a clear line rather than a parse exception.
        return new Option<int?>("--min-score")
        {
            Description = "Fail (exit code 1) when a document's source-reliability score is below SCORE, a whole number from 0 to 100.",
            HelpName = "score",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value <= 100)
                {
                    return value;
                }

                result.AddError($"--min-score takes a whole number from 0 to 100, not '{text}'.");
                return null;
            },
        };
    }

    private static Option<string> UnratedOption()
    {
        var unrated = new Option<string>("--min-score-unrated")
        {
            Description = "How --min-score treats a document with no claims to check: ignore (the default) or fail.",
            DefaultValueFactory = _ => "ignore",
            HelpName = "mode",
        };
        unrated.AcceptOnlyFromAmong("ignore", "fail");
        return unrated;
    }

    private static UnratedScores ParseUnrated(string? value) => value == "fail" ? UnratedScores.Fail : UnratedScores.Ignore;

    private static (Option<string?> MaxFileSize, Option<int?> TimeBudget) LimitOptions()
    {
        var maxFileSize = new Option<string?>("--max-file-size")
        {
            Description = "Skip (DL0014) documents larger than this: bytes or 20MB, 512KB (default 10MB; .editorconfig: doclint_max_file_size).",
            HelpName = "size",
        };
        maxFileSize.Validators.Add(result =>
        {
            if (!DocumentLimits.TryParseSize(result.GetValueOrDefault<string?>(), out _))
            {
                result.AddError("--max-file-size takes a size such as 20MB, 512KB or 1000000.");
            }
        });
        var timeBudget = new Option<int?>("--time-budget") { Description = "Stop linting a document (DL0017) after this many seconds (default 60).", HelpName = "seconds" };
        timeBudget.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--time-budget must be at least 1 second.");
            }
        });
        return (maxFileSize, timeBudget);
    }

    private static Command ScoreCommand(IServiceProvider services, Option<string?> stdinFileName)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, directories or globs to score, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text (a table, worst first) or json.", DefaultValueFactory = _ => ScoreCommandHandler.TextFormat, HelpName = "format" };
        format.AcceptOnlyFromAmong(ScoreCommandHandler.TextFormat, ScoreCommandHandler.JsonFormat);
        var minScore = MinScoreOption();
        var unrated = UnratedOption();
        var include = IncludeOption();
        var score = new Command("score", "Print every document's source-reliability score (0-100) and grade, worst first; the same score the lint command gives with the same settings.");
        score.Arguments.Add(paths);
        score.Options.Add(format);
        score.Options.Add(minScore);
        score.Options.Add(unrated);
        score.Options.Add(include);
        score.Options.Add(stdinFileName);
        var policy = new PolicyCommandLine();
        policy.AddLintOptions(score);
        score.SetAction((parse, cancellationToken) =>
        {
            var lint = new LintOptions(parse.GetValue(paths) ?? [], "msbuild", null, false, DiagnosticSeverity.Info, parse.GetValue(stdinFileName))
            {
                MinScore = parse.GetValue(minScore),
                Unrated = ParseUnrated(parse.GetValue(unrated)),
                Include = parse.GetValue(include) ?? [],
            };
            var options = new ScoreOptions(policy.Apply(parse, lint), parse.GetValue(format) ?? ScoreCommandHandler.TextFormat);
            return services.GetRequiredService<ScoreCommandHandler>().RunAsync(options, cancellationToken);
        });
        return score;
    }

    private static Command WatchCommand(IServiceProvider services)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, directories or globs to watch.", Arity = ArgumentArity.OneOrMore };
        var watch = new Command("watch", "Lint once, then re-lint the documents that change and print only what changed: fixed (-) and new (+) findings and each document's score delta. Ctrl+C stops it (exit code 0).");
        watch.Arguments.Add(paths);
        var policy = new PolicyCommandLine();
        policy.AddLintOptions(watch);
        watch.SetAction((parse, cancellationToken) =>
        {
            var lint = new LintOptions(parse.GetValue(paths) ?? [], "msbuild", null, false, DiagnosticSeverity.Info, null);
            return services.GetRequiredService<WatchCommandHandler>().RunAsync(new WatchOptions(policy.Apply(parse, lint)), cancellationToken);
        });
        return watch;
    }

    private static DiagnosticSeverity ParseSeverity(string? value) => value switch
    {
        "error" => DiagnosticSeverity.Error,
        "warning" => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
