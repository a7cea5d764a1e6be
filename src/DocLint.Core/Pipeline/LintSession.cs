using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Baselines;
using DocLint.Configuration;
using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Reporting;
using DocLint.Text;

namespace DocLint.Pipeline;

/// <summary>
/// The only orchestrator: for each document, settings -> analyze -> severities -> one suppression map (inline
/// comments and baseline) -> score once -> gate; then <see cref="Complete"/> collects a <see cref="LintRun"/>.
/// One session is one run. It reads no file and writes nothing: callers hand it content. Safe to use from
/// several threads.
/// </summary>
internal sealed class LintSession
{
    private readonly LintEngine _engine;
    private readonly LintSessionOptions _options;
    private readonly ILookup<string, BaselineEntry> _baseline;

    public LintSession(LintEngine engine, LintSessionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
        _options = options ?? LintSessionOptions.Default;
        _baseline = (_options.Baseline?.Entries ?? []).ToLookup(e => e.Path, StringComparer.Ordinal);
    }

    /// <summary>Every rule the session can report, infrastructure included.</summary>
    public ImmutableArray<DiagnosticDescriptor> Descriptors => _engine.AllDescriptors;

    /// <summary>
    /// The settings for a document at <paramref name="absolutePath"/> (which need not exist), the command line's
    /// --min-score, --max-file-size and --time-budget applied last.
    /// </summary>
    public DocumentSettings SettingsFor(string? absolutePath)
    {
        var settings = _options.Policy is { } policy
            ? absolutePath is null ? policy.CommandLine.ApplyTo(DocumentSettings.Default) : policy.For(absolutePath)
            : _options.Overrides.ApplyTo(DocumentSettings.Default);
        settings = _options.MinScore is { } minimum ? settings with { MinScore = minimum } : settings;
        return _options.MaxFileSize is null && _options.TimeBudget is null
            ? settings
            : settings with
            {
                Limits = settings.Limits with
                {
                    MaxFileSize = _options.MaxFileSize ?? settings.Limits.MaxFileSize,
                    TimeBudget = _options.TimeBudget ?? settings.Limits.TimeBudget,
                },
            };
    }

    /// <summary>The .editorconfig problems seen so far in this run, once each, in file and line order.</summary>
    public IReadOnlyList<Diagnostic> ConfigurationProblems => _options.Policy?.Problems ?? [];

    /// <summary>Lints a file's bytes; <paramref name="settingsPath"/> is where its .editorconfig settings are looked up.</summary>
    public DocumentReport Lint(string displayPath, string? settingsPath, byte[] bytes, CancellationToken cancellationToken = default) =>
        Lint(displayPath, bytes, SettingsFor(settingsPath), cancellationToken);

    /// <summary>Lints a file's bytes with settings the caller already resolved (from <see cref="SettingsFor"/>).</summary>
    public DocumentReport Lint(string displayPath, byte[] bytes, DocumentSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(bytes);
        var report = _engine.Lint(displayPath, bytes, settings, BaselineFor(displayPath), cancellationToken);
        return ScoreGate.Apply(report, _options.Unrated);
    }

    /// <summary>
    /// Lints text already in memory. An empty or blank draft is a document with no findings and no score (a CMS
    /// lints drafts as they are typed), unlike an empty file on disk, which the CLI reports as DL0013.
    /// </summary>
    public DocumentReport LintText(string displayPath, string text, DocumentKind kind, DocumentSettings settings, CancellationToken cancellationToken = default) =>
        LintText(displayPath, text, kind, settings, reuse: null, cancellationToken);

    /// <summary>Lints text already in memory, reusing sentences and grammar from earlier lints of the same document.</summary>
    public DocumentReport LintText(string displayPath, string text, DocumentKind kind, DocumentSettings settings, IAnalysisReuse? reuse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new DocumentReport(displayPath, [], 0, WasLinted: true) { MinScore = settings.MinScore };
        }

        var source = SourceText.From(text);
        var document = kind == DocumentKind.PlainText
            ? PlainTextProseExtractor.Extract(displayPath, source)
            : MarkdownProseExtractor.Extract(displayPath, source);
        var report = _engine.Lint(document, settings, BaselineFor(displayPath), reuse, cancellationToken);
        return ScoreGate.Apply(report, _options.Unrated);
    }

    /// <summary>The run: reports in path order, the configuration problems seen, and the baseline entries nothing matched.</summary>
    public LintRun Complete(IEnumerable<DocumentReport> reports, IEnumerable<Diagnostic> inputProblems)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(inputProblems);
        var documents = reports.OrderBy(r => r.Path, StringComparer.Ordinal).ToImmutableArray();
        var linted = documents.Where(d => d.WasLinted).Select(d => BaselineFile.NormalizePath(d.Path)).ToHashSet(StringComparer.Ordinal);
        var unmatched = documents.SelectMany(d => d.UnmatchedBaseline)
            .Concat(_baseline.Where(g => !linted.Contains(g.Key)).SelectMany(g => g))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Rule, StringComparer.Ordinal)
            .ThenBy(e => e.Text, StringComparer.Ordinal)
            .ThenBy(e => e.Context, StringComparer.Ordinal)
            .ToImmutableArray();
        return new LintRun(documents, [.. inputProblems])
        {
            ConfigurationProblems = [.. _options.Policy?.Problems ?? []],
            UnmatchedBaseline = unmatched,
        };
    }

    /// <summary>How the gate treats documents without claims, for this run.</summary>
    public UnratedScores Unrated => _options.Unrated;

    /// <summary>The baseline's entries for the document printed as <paramref name="displayPath"/> (a result cache keys on them).</summary>
    public ImmutableArray<BaselineEntry> BaselineFor(string displayPath) => [.. _baseline[BaselineFile.NormalizePath(displayPath)]];
}
