using DocLint.Cli.Configuration;
using DocLint.Cli.Inputs;
using DocLint.Pipeline;
using DocLint.Reporting;
using Humanizer;
using Microsoft.Extensions.Hosting;

namespace DocLint.Cli.Watch;

/// <summary>
/// Lints the inputs once and prints everything, then re-lints the documents that change and prints only what
/// changed: fixed and new findings and the score delta (see <see cref="WatchDiff"/>). A changed .editorconfig or
/// baseline re-reads the policy and re-lints every document, since its settings may apply to any of them.
/// </summary>
internal sealed class WatchService(
    WatchOptions options,
    CliConsole console,
    InputResolver resolver,
    LintRunner runner,
    PolicyRunFactory policies,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    private readonly Dictionary<string, DocumentReport> _reports = new(StringComparer.Ordinal);

    /// <summary>0 once stopped by Ctrl+C; 2 when the watch could not start (bad --baseline, no input to watch).</summary>
    public int ExitCode { get; private set; } = ExitCodes.Success;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var changes = new FileChangeQueue();
        var roots = WatchRoots.For(options.Lint.Paths, console.WorkingDirectory);
        foreach (var root in roots)
        {
            changes.Watch(root.Directory, root.Recursive);
        }

        foreach (var folder in WatchRoots.ConfigurationFolders(roots))
        {
            changes.Watch(folder, recursive: false, ".editorconfig");
        }

        var session = await StartSessionAsync();
        if (session is null || roots.Count == 0)
        {
            if (roots.Count == 0)
            {
                await console.Error.WriteLineAsync("error: watch needs files, folders or globs; it cannot watch standard input.");
            }

            ExitCode = ExitCodes.UsageOrInputError;
            lifetime.StopApplication();
            return;
        }

        var first = await LintAsync(session, Resolve(), stoppingToken);
        await WriteFirstAsync(first);
        await WriteAsync([$"Watching {"document".ToQuantity(_reports.Count)} for changes; press Ctrl+C to stop."]);
        try
        {
            await foreach (var batch in changes.BatchesAsync(options.Debounce, stoppingToken))
            {
                var lines = new List<string>();
                var everything = batch.Contains(string.Empty) || batch.Any(IsPolicyFile);
                if (everything)
                {
                    session = await StartSessionAsync() ?? session;
                }

                var inputs = Resolve();
                var current = inputs.Files.Select(f => f.DisplayPath).ToHashSet(StringComparer.Ordinal);
                foreach (var gone in _reports.Keys.Where(p => !current.Contains(p)).Order(StringComparer.Ordinal).ToList())
                {
                    lines.AddRange(WatchDiff.Lines(_reports[gone], null));
                    _reports.Remove(gone);
                }

                var targets = inputs.Files
                    .Where(f => everything || !_reports.ContainsKey(f.DisplayPath) || (f.FullPath is { } full && batch.Contains(full)))
                    .ToList();
                var run = await LintAsync(session, new InputResolution(targets, []), stoppingToken);
                foreach (var document in run.Documents)
                {
                    lines.AddRange(WatchDiff.Lines(_reports.GetValueOrDefault(document.Path), document));
                    _reports[document.Path] = document;
                }

                await WriteAsync(lines);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C: the watch ends cleanly.
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The host would log and swallow it; the writer gets one line and a failing exit code instead.
            await console.Error.WriteLineAsync($"error: watch stopped: {exception.Message}");
            ExitCode = ExitCodes.UsageOrInputError;
            lifetime.StopApplication();
        }
    }

    private bool IsPolicyFile(string path) =>
        Path.GetFileName(path) == ".editorconfig"
        || (options.Lint.BaselinePath is { } baseline && path == Path.GetFullPath(baseline, console.WorkingDirectory));

    private InputResolution Resolve() => resolver.Resolve(options.Lint.Paths, console.WorkingDirectory, stdinFileName: null);

    private async Task<LintSession?> StartSessionAsync()
    {
        var (session, error) = policies.Start(options.Lint, console.WorkingDirectory);
        if (error is not null)
        {
            await console.Error.WriteLineAsync(error);
        }

        return session;
    }

    private async Task<LintRun> LintAsync(LintSession session, InputResolution inputs, CancellationToken cancellationToken)
    {
        // Watch never reads standard input: there is nothing to re-read when it "changes".
        return await runner.RunAsync(session, inputs, console.WorkingDirectory, () => Stream.Null, cancellationToken);
    }

    private async Task WriteFirstAsync(LintRun run)
    {
        var lines = new List<string>();
        lines.AddRange(run.Visible.Select(MsBuildFormatter.FormatLine));
        foreach (var document in run.Documents)
        {
            _reports[document.Path] = document;
            if (document.Score is not null)
            {
                lines.Add(ScoreLines.Summary(document));
            }
        }

        await WriteAsync(lines);
    }

    private async Task WriteAsync(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            await console.Out.WriteAsync(line + "\n");
        }

        await console.Out.FlushAsync();
    }
}
