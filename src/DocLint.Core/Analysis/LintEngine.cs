using System.Collections.Immutable;
using DocLint.Baselines;
using DocLint.Configuration;
using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Reporting;
using DocLint.Scoring;
using DocLint.Suppressions;

namespace DocLint.Analysis;

/// <summary>
/// The per-document stage of a <see cref="Pipeline.LintSession"/>: analyze, apply severities, apply the
/// document's one suppression map (inline comments and baseline), and score once. No file system, no console.
/// </summary>
internal sealed class LintEngine
{
    private static readonly Suppression SwitchedOff = new(SuppressionKind.Configuration, "configuration");

    private readonly AnalyzerDriver _driver;
    private readonly InlineSuppressor _suppressor;
    private readonly ReliabilityScorer _scorer;

    public LintEngine(IEnumerable<ProseAnalyzer> analyzers)
        : this(analyzers, new ReliabilityScorer())
    {
    }

    public LintEngine(IEnumerable<ProseAnalyzer> analyzers, ReliabilityScorer scorer)
    {
        _driver = new AnalyzerDriver(analyzers);
        _suppressor = new InlineSuppressor(_driver.Descriptors.Concat(InfrastructureDescriptors.All));
        _scorer = scorer ?? throw new ArgumentNullException(nameof(scorer));
        AllDescriptors = [.. _driver.Descriptors.Concat(InfrastructureDescriptors.All).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>The analyzers' rules.</summary>
    public ImmutableArray<DiagnosticDescriptor> Descriptors => _driver.Descriptors;

    /// <summary>Every rule this engine can report, the infrastructure ones included, by ID.</summary>
    public ImmutableArray<DiagnosticDescriptor> AllDescriptors { get; }

    public DocumentReport Lint(string displayPath, byte[] bytes, DocumentSettings settings, CancellationToken cancellationToken = default) =>
        Lint(displayPath, bytes, settings, [], cancellationToken);

    public DocumentReport Lint(string displayPath, byte[] bytes, DocumentSettings settings, ImmutableArray<BaselineEntry> baseline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var loaded = DocumentLoader.Load(displayPath, bytes);
        if (loaded.Document is null)
        {
            return DocumentReport.Failed(loaded.Failure!);
        }

        return Lint(loaded.Document, settings, baseline, cancellationToken);
    }

    public DocumentReport Lint(ProseDocument document, DocumentSettings settings, CancellationToken cancellationToken = default) =>
        Lint(document, settings, [], cancellationToken);

    /// <param name="baseline">The baseline's entries for this document's path (empty without a baseline).</param>
    public DocumentReport Lint(ProseDocument document, DocumentSettings settings, ImmutableArray<BaselineEntry> baseline, CancellationToken cancellationToken = default) =>
        Lint(document, settings, baseline, reuse: null, cancellationToken);

    /// <param name="baseline">The baseline's entries for this document's path (empty without a baseline).</param>
    /// <param name="reuse">Sentences and grammar from earlier lints of the same document, or null.</param>
    public DocumentReport Lint(ProseDocument document, DocumentSettings settings, ImmutableArray<BaselineEntry> baseline, IAnalysisReuse? reuse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        var analyzed = new AnalyzedDocument(document, reuse);
        var raw = _driver.Analyze(analyzed, settings.Options, cancellationToken);
        var (effective, switchedOff) = WithSeverities(raw, settings);
        var map = new SuppressionMap(document, settings.InlineSuppressions ? _suppressor : null, settings.RequireSuppressionReason, baseline);
        var (suppressed, unmatched) = map.Apply(effective);
        // Again after suppressing: the comments' own DL0003/DL0004/DL0005 are configurable too.
        effective = WithSeverities(suppressed, settings).Effective;

        // Scored once, after severities and suppressions. The scorer sees what was suppressed or switched off,
        // marked so, and keeps it from both lowering the score and sourcing a claim.
        var forScore = effective.Select(d => d.Severity == DiagnosticSeverity.Hidden && !d.IsSuppressed ? d with { Suppression = SwitchedOff } : d).Concat(switchedOff);
        // The facts count every sentence's words with the same test the report's count used: one walk over the tokens.
        var facts = DocumentFacts.From(analyzed);
        return new DocumentReport(document.Path, effective, facts.Words, WasLinted: true)
        {
            Score = _scorer.Score(facts, forScore),
            MinScore = settings.MinScore,
            UnmatchedBaseline = unmatched,
        };
    }

    private static (ImmutableArray<Diagnostic> Effective, ImmutableArray<Diagnostic> SwitchedOff) WithSeverities(ImmutableArray<Diagnostic> diagnostics, DocumentSettings settings)
    {
        var effective = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length);
        ImmutableArray<Diagnostic>.Builder? off = null;
        var changed = false;
        foreach (var diagnostic in diagnostics)
        {
            if (settings.Severities.Apply(diagnostic.Descriptor) is { } severity)
            {
                // Most findings keep their severity: no copy of each (twice per document), and no new array when none changes.
                changed |= diagnostic.Severity != severity;
                effective.Add(diagnostic.Severity == severity ? diagnostic : diagnostic with { Severity = severity });
            }
            else
            {
                (off ??= ImmutableArray.CreateBuilder<Diagnostic>()).Add(diagnostic with { Suppression = SwitchedOff });
            }
        }

        return off is null && !changed ? (diagnostics, []) : (effective.DrainToImmutable(), off?.ToImmutable() ?? []);
    }
}
