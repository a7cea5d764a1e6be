using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Rules.Certainty;
using DocLint.Rules.Hedging;
using DocLint.Rules.Sources;
using DocLint.Text;

namespace DocLint.Rules.Tests.Conformance;

/// <summary>Every lexicon rule takes doclint.&lt;ID&gt;.additional_terms and allowed_terms from the configuration.</summary>
public sealed class LexiconOptionTests
{
    public static TheoryData<string, string, string> BuiltIn { get; } = new()
    {
        { "DL1001", "The plan will probably fail.", "probably" },
        { "DL3001", "Experts say the plan will fail.", "experts" },
        { "DL3002", "The singer reportedly left.", "reportedly" },
        { "DL4001", "The plan will obviously fail.", "obviously" },
    };

    public static TheoryData<string, string, string> Extra { get; } = new()
    {
        { "DL1001", "The plan will all but fail.", "all but" },
        { "DL3001", "The plan, we hear on the grapevine, will fail.", "the grapevine" },
        { "DL3002", "The singer is rumoured in the press to have left.", "rumoured in the press" },
        { "DL4001", "The plan will patently fail.", "patently" },
    };

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void Allowed_terms_silence_a_built_in_entry(string id, string text, string term)
    {
        Assert.Equal([id], Run(id, text, AnalyzerOptions.Empty));
        Assert.Empty(Run(id, text, Options($"doclint.{id}.allowed_terms", term)));
    }

    [Theory]
    [MemberData(nameof(Extra))]
    public void Additional_terms_add_an_entry(string id, string text, string term)
    {
        Assert.Empty(Run(id, text, AnalyzerOptions.Empty));
        Assert.Equal([id], Run(id, text, Options($"doclint.{id}.additional_terms", term)));
    }

    private static AnalyzerOptions Options(string key, string value) =>
        new(ImmutableDictionary<string, string>.Empty.Add(key, value));

    private static List<string> Run(string id, string text, AnalyzerOptions options)
    {
        ProseAnalyzer analyzer = id switch
        {
            "DL1001" => new HedgingPhraseAnalyzer(),
            "DL3001" => new VagueSourceAnalyzer(),
            "DL3002" => new ImpersonalAttributionAnalyzer(),
            _ => new UnsupportedCertaintyAnalyzer(),
        };
        var document = MarkdownProseExtractor.Extract("test.md", SourceText.From(text));
        return [.. new AnalyzerDriver([analyzer]).Analyze(document, options).Select(d => d.Id)];
    }
}
