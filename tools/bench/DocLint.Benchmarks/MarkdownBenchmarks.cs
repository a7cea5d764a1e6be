using BenchmarkDotNet.Attributes;
using DocLint.Documents;
using DocLint.Text;
using Markdig;

namespace DocLint.Benchmarks;

/// <summary>
/// The Markdown path against the bare parse tools/perf/BareMarkdig times: Markdig alone with that program's
/// pipeline, Markdig alone with DocLint's, and DocLint's whole extraction (parse, walk, prose and source map), on
/// the same megabyte of the PowerShell docs, so what the extraction adds to the parse is the difference of rows.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerMegabyteConfig))]
public class MarkdownBenchmarks
{
    private static readonly MarkdownPipeline Bare = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter().UsePipeTables().UseFootnotes().Build();

    private Corpus _corpus = null!;
    private SourceText[] _sources = [];

    // One corpus; the parameter keeps the per-megabyte columns, which look the corpus up by it.
    [Params(Corpus.PowerShell)]
    public string Articles { get; set; } = Corpus.PowerShell;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Corpus.Load(Articles);
        _sources = [.. _corpus.Files.Select(f => SourceTextDecoder.Decode(f.Bytes).Text!)];
    }

    [Benchmark(Baseline = true, Description = "parse (bare Markdig, tools/perf's pipeline)")]
    public int ParseBare() => _sources.Sum(s => Markdown.Parse(s.Text, Bare).Count);

    [Benchmark(Description = "parse (Markdig, DocLint's pipeline)")]
    public int ParseDocLint() => _sources.Sum(s => Markdown.Parse(s.Text, MarkdownProseExtractor.Pipeline).Count);

    [Benchmark(Description = "extract (parse, walk, prose, source map)")]
    public int Extract() => _sources.Select((s, i) => MarkdownProseExtractor.Extract(_corpus.Files[i].Path, s).Blocks.Length).Sum();
}
