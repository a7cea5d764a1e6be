using System.Collections.Immutable;
using DocLint.Configuration;
using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Prose;
using DocLint.Reporting;
using DocLint.Scoring;
using DocLint.Suppressions;

namespace DocLint.Analysis;

/// <summary>The pipeline for one document: load, extract, analyze, configure. No file system, no console.</summary>
public sealed class LintEngine
{
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
    }

    public ImmutableArray<DiagnosticDescriptor> Descriptors => _driver.Descriptors;

    /// <summary>Scores a report again after a later stage (the baseline) suppressed some of its findings.</summary>
    public DocumentReport Rescore(DocumentReport report) => _scorer.Rescore(report);

    public DocumentReport Lint(string displayPath, byte[] bytes, DocumentSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var loaded = DocumentLoader.Load(displayPath, bytes);
        if (loaded.Document is null)
        {
            return DocumentReport.Failed(loaded.Failure!);
        }

        return Lint(loaded.Document, settings, cancellationToken);
    }

    public DocumentReport Lint(ProseDocument document, DocumentSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        var analyzed = new AnalyzedDocument(document);
        var raw = _driver.Analyze(analyzed, settings.Options, cancellationToken);
        var effective = WithSeverities(raw, settings);
        if (settings.InlineSuppressions)
        {
            // Again after suppressing: the comments' own DL0003/DL0004/DL0005 are configurable too.
            effective = WithSeverities(_suppressor.Apply(document, effective, settings.RequireSuppressionReason), settings);
        }

        // Scored after severities and suppressions, so findings switched off or suppressed do not count.
        return new DocumentReport(document.Path, effective, CountWords(analyzed), WasLinted: true)
        {
            Score = _scorer.Score(DocumentFacts.From(analyzed), effective),
            MinScore = settings.MinScore,
        };
    }

    private static ImmutableArray<Diagnostic> WithSeverities(ImmutableArray<Diagnostic> diagnostics, DocumentSettings settings)
    {
        var effective = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            var severity = settings.Severities.Apply(diagnostic.Descriptor);
            if (severity is { } value)
            {
                effective.Add(diagnostic with { Severity = value });
            }
        }

        return effective.ToImmutable();
    }

    private static int CountWords(AnalyzedDocument document) =>
        document.Sentences.Sum(sentence => sentence.Tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.NumberWithSuffix or TokenKind.Abbreviation));
}
