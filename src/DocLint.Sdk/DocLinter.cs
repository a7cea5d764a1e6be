using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Pipeline;
using DocLint.Reporting;
using DocLint.Rules;

namespace DocLint;

/// <summary>
/// The DocLint library: lint a draft or files with the built-in rules and get diagnostics with spans and a
/// source-reliability score, exactly as the <c>doclint</c> tool would (it runs the same session). Thread-safe;
/// create one and keep it. Each call reads <c>.editorconfig</c> afresh, so edits to it apply at once.
/// </summary>
public sealed class DocLinter
{
    private readonly LintEngine _engine;
    private readonly DocLinterOptions _options;

    private DocLinter(LintEngine engine, DocLinterOptions options)
    {
        _engine = engine;
        _options = options;
    }

    /// <summary>Every rule this linter can report, infrastructure ones included, by ID.</summary>
    public ImmutableArray<DiagnosticDescriptor> Descriptors => _engine.AllDescriptors;

    public static DocLinter Create(DocLinterOptions? options = null) => new(CreateEngine(), options ?? new DocLinterOptions());

    /// <summary>
    /// Lints text in memory. An empty or blank draft is a document with no findings and no score. Problems in a
    /// <c>.editorconfig</c> that applied (DL0002) come back among the diagnostics, at that file's line.
    /// </summary>
    public Task<DocumentReport> LintTextAsync(string text, DocumentKind kind, LintSettings? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        settings ??= new LintSettings();
        var path = settings.Path ?? (kind == DocumentKind.PlainText ? "draft.txt" : "draft.md");
        var minScore = settings.MinScore;
        return Task.Run(
            () =>
            {
                var session = StartSession();
                var documentSettings = session.SettingsFor(Path.GetFullPath(path, WorkingDirectory));
                documentSettings = minScore is { } minimum ? documentSettings with { MinScore = minimum } : documentSettings;
                var report = session.LintText(path, text, kind, documentSettings, cancellationToken);
                var run = session.Complete([report], []);
                return report with { Diagnostics = report.Diagnostics.AddRange(run.ConfigurationProblems) };
            },
            cancellationToken);
    }

    /// <summary>
    /// Lints files (Markdown unless they end in .txt), in parallel. A file that cannot be read is a document with
    /// an infrastructure error (DL0011, DL0012, DL0013), never an exception.
    /// </summary>
    public async Task<LintRun> LintFilesAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = paths.ToArray();
        var session = StartSession();
        var reports = new DocumentReport[files.Length];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Length), parallel, async (index, token) =>
        {
            var path = files[index];
            var fullPath = Path.GetFullPath(path, WorkingDirectory);
            try
            {
                var bytes = await File.ReadAllBytesAsync(fullPath, token);
                reports[index] = session.Lint(path, fullPath, bytes, token);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                var descriptor = InfrastructureDescriptors.InputUnreadable;
                reports[index] = DocumentReport.Failed(Diagnostic.ForFile(descriptor, path, descriptor.FormatMessage([exception.Message])));
            }
        });

        return session.Complete(reports, []);
    }

    internal static LintEngine CreateEngine() => new(BuiltInAnalyzers.Create());

    private string WorkingDirectory => _options.WorkingDirectory ?? Directory.GetCurrentDirectory();

    private LintSession StartSession()
    {
        var overrides = new CommandLinePolicy
        {
            NoWarnIds = CommandLinePolicy.ParseIds(_options.NoWarn),
            InlineSuppressions = _options.InlineSuppressions,
        };
        PolicyResolver? policy = null;
        if (_options.UseEditorConfig)
        {
            policy = PolicyResolver.FromDisk(_engine.AllDescriptors, WorkingDirectory, overrides);
        }

        return new LintSession(_engine, new LintSessionOptions { Policy = policy, Overrides = overrides, MinScore = _options.MinScore, Unrated = _options.Unrated });
    }
}
