using System.Collections.Immutable;
using DocLint.Configuration;
using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Prose;
using DocLint.Reporting;
using DocLint.Scoring;

namespace DocLint.Analysis;

/// <summary>The pipeline for one document: load, extract, analyze, configure. No file system, no console.</summary>
public sealed class LintEngine
{
    private readonly AnalyzerDriver _driver;
    private readonly ReliabilityScorer _scorer;

    public LintEngine(IEnumerable<ProseAnalyzer> analyzers)
        : this(analyzers, new ReliabilityScorer())
    {
    }

    public LintEngine(IEnumerable<ProseAnalyzer> analyzers, ReliabilityScorer scorer)
    {
        _driver = new AnalyzerDriver(analyzers);
        _scorer = scorer ?? throw new ArgumentNullException(nameof(scorer));
    }

    public ImmutableArray<DiagnosticDescriptor> Descriptors => _driver.Descriptors;

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
        var effective = ImmutableArray.CreateBuilder<Diagnostic>(raw.Length);
        foreach (var diagnostic in raw)
        {
            var severity = settings.Severities.Apply(diagnostic.Descriptor);
            if (severity is { } value)
            {
                effective.Add(diagnostic with { Severity = value });
            }
        }

        var diagnostics = effective.ToImmutable();
        // Scored after severities are applied, so findings switched off by configuration do not count.
        return new DocumentReport(document.Path, diagnostics, CountWords(analyzed), WasLinted: true)
        {
            Score = _scorer.Score(DocumentFacts.From(analyzed), diagnostics),
            MinScore = settings.MinScore,
        };
    }

    private static int CountWords(AnalyzedDocument document) =>
        document.Sentences.Sum(sentence => sentence.Tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.NumberWithSuffix or TokenKind.Abbreviation));
}
