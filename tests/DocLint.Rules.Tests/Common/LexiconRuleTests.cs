using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Diagnostics;
using DocLint.Documents;
using DocLint.Lexicons;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;
using DocLint.Text;

namespace DocLint.Rules.Tests.Common;

/// <summary>The shared lexicon loop: one question to the rule per match, with the sentence's semantics at hand.</summary>
public sealed class LexiconRuleTests
{
    private static readonly DiagnosticDescriptor Rule = new("DL9999", "Test", "'{0}'", "Test", DiagnosticSeverity.Warning, "A test rule.");

    [Fact]
    public void Each_match_is_asked_about_once_and_reads_the_sentences_own_semantics()
    {
        var analyzer = new ProbeAnalyzer();
        var document = MarkdownProseExtractor.Extract("test.md", SourceText.From("Perhaps it rained, and perhaps it did not, maybe."));

        var diagnostics = new AnalyzerDriver([analyzer]).Analyze(document, AnalyzerOptions.Empty);

        Assert.Equal(["perhaps@0", "perhaps@23", "maybe@43"], analyzer.Asked);
        Assert.True(analyzer.SameSemantics);
        Assert.Equal(["DL9999@0+7", "DL9999@43+5"], diagnostics.Select(d => $"{d.Id}@{d.Location.SourceSpan.Start}+{d.Location.SourceSpan.Length}"));
    }

    // Flags every match but the second, reading the semantics for each.
    private sealed class ProbeAnalyzer : ProseAnalyzer
    {
        private static readonly Lexicon Words = Lexicon.FromEntries("probe", ["maybe", "perhaps"]);

        public List<string> Asked { get; } = [];

        public bool SameSemantics { get; private set; } = true;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(Analyze);

        private void Analyze(SentenceAnalysisContext context) =>
            LexiconRule.Report(context, Words, Rule, use =>
            {
                SameSemantics &= ReferenceEquals(use.Semantics, context.Semantics);
                Asked.Add($"{use.Match.Entry}@{use.Tokens[use.Match.Start].Span.Start}");
                return Asked.Count != 2;
            });
    }
}
