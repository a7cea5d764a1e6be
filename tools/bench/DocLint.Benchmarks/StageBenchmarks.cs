using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Grammar;
using DocLint.Pipeline;
using DocLint.Reporting;
using DocLint.Rules;
using DocLint.Rules.Semantics;
using DocLint.Scoring;
using DocLint.Suppressions;
using DocLint.Text;

namespace DocLint.Benchmarks;

/// <summary>
/// One benchmark per pipeline stage, each over the same corpus and starting from the previous stage's output
/// (computed once in the setup), so a stage's time and allocations are its own.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerMegabyteConfig))]
public class StageBenchmarks
{
    private readonly AnalyzerDriver _driver = new(BuiltInAnalyzers.Create());
    private readonly ReliabilityScorer _scorer = new();
    private InlineSuppressor _suppressor = null!;
    private Corpus _corpus = null!;
    private SourceText[] _sources = [];
    private ProseDocument[] _documents = [];
    private AnalyzedDocument[] _segmented = [];
    private AnalyzedDocument[] _fresh = [];
    private ImmutableArray<Diagnostic>[] _raw = [];
    private LintRun _run = null!;

    [Params(Corpus.Allsides, Corpus.PowerShell)]
    public string Articles { get; set; } = Corpus.Allsides;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Corpus.Load(Articles);
        _suppressor = new InlineSuppressor(_driver.Descriptors.Concat(InfrastructureDescriptors.All));
        _sources = [.. _corpus.Files.Select(f => SourceTextDecoder.Decode(f.Bytes).Text!)];
        _documents = [.. _corpus.Files.Select((f, i) => DocumentLoader.Parse(f.Path, _sources[i]))];
        _segmented = [.. _documents.Select(d => new AnalyzedDocument(d))];
        _raw = [.. _segmented.Select(d => _driver.Analyze(d, AnalyzerOptions.Empty))];
        var engine = new LintEngine(BuiltInAnalyzers.Create());
        _run = new LintRun([.. _documents.Select(d => engine.Lint(d, DocumentSettings.Default))], []);
    }

    // The analysis caches its readings on the document: each iteration starts from freshly segmented ones.
    [IterationSetup(Targets = [nameof(Analyze), nameof(Semantics)])]
    public void Segmented() => _fresh = [.. _documents.Select(d => new AnalyzedDocument(d))];

    [Benchmark(Description = "load (decode, line map)")]
    public int Load() => _corpus.Files.Sum(f => SourceTextDecoder.Decode(f.Bytes).Text!.Text.Length);

    [Benchmark(Description = "extract (Markdig / plain text)")]
    public int Extract() => _sources.Select((s, i) => DocumentLoader.Parse(_corpus.Files[i].Path, s).Blocks.Length).Sum();

    [Benchmark(Description = "segment (tokens, sentences)")]
    public int Segment() => _documents.Sum(d => new AnalyzedDocument(d).SentencesByBlock.Length);

    // Clauses and entity guesses are built on first request since the grammar layer's "tagfast" change, and no rule
    // asks for entities: this stage reads what nearly every rule reads (tags and chunks). Earlier rows in
    // docs/performance.md labelled "tags, chunks, clauses" built every part.
    [Benchmark(Description = "grammar (tags, chunks)")]
    public int Grammar() => _segmented.Sum(d => d.Sentences.Sum(s => GrammarReader.Default.Read(s).Chunks.Length));

    // The semantic layer alone: every sentence's quotations, attributions, quoted attributions and impersonal phrases,
    // with the grammar its readers ask for. The rules ask for it on request, so "analyze" includes what they use of it.
    [Benchmark(Description = "semantics (attributions, quotations, grammar on request)")]
    public int Semantics() => _fresh.Sum(d => d.Sentences.Sum(s => SemanticsOf(d, s)));

    [Benchmark(Description = "analyze (rules, grammar on request)")]
    public int Analyze() => _fresh.Sum(d => _driver.Analyze(d, AnalyzerOptions.Empty).Length);

    private static int SemanticsOf(AnalyzedDocument document, DocLint.Prose.Sentence sentence)
    {
        var semantics = SentenceSemantics.Of(document, sentence);
        return semantics.Attributions.Length + semantics.QuotedAttributions.Length + (semantics.HasImpersonalAttribution ? 1 : 0);
    }

    [Benchmark(Description = "configure (severities, suppressions)")]
    public int Configure()
    {
        var kept = 0;
        for (var i = 0; i < _documents.Length; i++)
        {
            var settings = DocumentSettings.Default;
            var effective = _raw[i].Where(d => settings.Severities.Apply(d.Descriptor) is not null).ToImmutableArray();
            var map = new SuppressionMap(_documents[i], _suppressor, settings.RequireSuppressionReason, []);
            kept += map.Apply(effective).Diagnostics.Length;
        }

        return kept;
    }

    [Benchmark(Description = "score (facts, score)")]
    public int Score() => _segmented.Select((d, i) => _scorer.Score(DocumentFacts.From(d), _raw[i]).Value).Sum();

    [Benchmark(Description = "format (msbuild)")]
    public void FormatMsBuild() => new MsBuildFormatter().Write(_run, TextWriter.Null);

    [Benchmark(Description = "format (json)")]
    public void FormatJson() => new JsonFormatter().Write(_run, TextWriter.Null);
}
