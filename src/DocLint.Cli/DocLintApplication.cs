using System.CommandLine;
using DocLint.Analysis;
using DocLint.Cli.Changes;
using DocLint.Cli.Commands;
using DocLint.Cli.Configuration;
using DocLint.Cli.Inputs;
using DocLint.Cli.Output;
using DocLint.Cli.Watch;
using DocLint.Diagnostics;
using DocLint.Reporting;
using DocLint.Reporting.Html;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocLint.Cli;

/// <summary>Builds the host (DI, logging to stderr) and the command line, then runs one command.</summary>
internal static class DocLintApplication
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        args = WarnAsErrorArguments.Rewrite(args);
        var verbose = IsVerbose(args);
        using var host = BuildHost(console, verbose);
        var root = CommandLine.Build(host.Services);
        var parseResult = root.Parse(args);
        // System.CommandLine takes a misspelt option ("--warnaseror") for a path; a path never starts with "-".
        // After "--" every token is a path, however it looks (a file named -x.md).
        var unknownOptions = parseResult.Tokens
            .TakeWhile(t => t.Type != System.CommandLine.Parsing.TokenType.DoubleDash)
            .Where(t => t.Type == System.CommandLine.Parsing.TokenType.Argument && t.Value.Length > 1 && t.Value.StartsWith('-') && !double.TryParse(t.Value, System.Globalization.CultureInfo.InvariantCulture, out _))
            .Select(t => $"Unrecognized option '{t.Value}'.")
            .ToList();
        if (parseResult.Errors.Count > 0 || unknownOptions.Count > 0)
        {
            foreach (var error in parseResult.Errors.Select(e => e.Message).Concat(unknownOptions))
            {
                await console.Error.WriteLineAsync($"error: {error}");
            }

            await console.Error.WriteLineAsync("Run 'doclint --help' for usage.");
            return ExitCodes.UsageOrInputError;
        }

        // Exceptions go to LastResortHandler (one line, exit 2), not to System.CommandLine's stack-trace printer.
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        return await parseResult.InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>-v or --verbose before any "--": logs, and the last-resort handler's stack trace.</summary>
    public static bool IsVerbose(IEnumerable<string> args) =>
        args.TakeWhile(a => a != "--").Any(a => a is "--verbose" or "-v");

    internal static IHost BuildHost(CliConsole console, bool verbose)
    {
        // The empty builder skips appsettings and environment scanning: start-up time matters for one file.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // The console logger is built on the first message that passes the level (DeferredLoggerProvider): most runs
        // log nothing, and in the native tool building it cost about as much CPU as linting a 7 KB article.
        // Registered by factory, not as an instance: the container disposes only what it created, and disposing
        // the console logger is what flushes its queue before the process exits.
        builder.Services.AddSingleton<ILoggerProvider>(_ => new DeferredLoggerProvider(CreateConsoleLogger));
        builder.Logging.SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Warning);
        builder.Services.AddSingleton(console);
        builder.Services.AddSingleton(_ => DocLinter.CreateEngine());
        builder.Services.AddSingleton<InputResolver>();
        builder.Services.AddSingleton<LintRunner>();
        builder.Services.AddSingleton<IResultFormatter, MsBuildFormatter>();
        builder.Services.AddSingleton<IResultFormatter, JsonFormatter>();
        builder.Services.AddSingleton<IResultFormatter, SarifFormatter>();
        builder.Services.AddSingleton<IResultFormatter, GitHubFormatter>();
        builder.Services.AddSingleton<IResultFormatter, GitLabFormatter>();
        builder.Services.AddSingleton<IResultFormatter, HtmlFormatter>();
        builder.Services.AddSingleton<GitHubStepSummaryFile>();
        builder.Services.AddSingleton<GitRunner>();
        builder.Services.AddSingleton<IVersionControlSource, GitProvenance>();
        builder.Services.AddSingleton<GitChangeReader>();
        builder.Services.AddSingleton<LintCommandHandler>();
        builder.Services.AddSingleton<RulesCommandHandler>();
        builder.Services.AddSingleton<ExplainCommandHandler>();
        builder.Services.AddSingleton<ScoreCommandHandler>();
        builder.Services.AddSingleton<WatchCommandHandler>();
        PolicyCommandLine.AddServices(builder.Services);
        return builder.Build();
    }

    /// <summary>
    /// Single-line console logging, every level to standard error, as the host used to register it. The provider
    /// is disposed (flushing its queue) by <see cref="DeferredLoggerProvider"/>; the rest of these services holds no resource.
    /// </summary>
    private static ILoggerProvider CreateConsoleLogger()
    {
        var services = new ServiceCollection()
            .AddLogging(logging =>
            {
                logging.AddSimpleConsole(o => o.SingleLine = true);
                logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            })
            .BuildServiceProvider();
        return services.GetServices<ILoggerProvider>().Single();
    }
}
