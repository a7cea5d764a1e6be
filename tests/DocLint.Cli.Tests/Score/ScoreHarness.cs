using System.Text;
using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Documents;
using DocLint.Rules;
using DocLint.Rules.Common;
using DocLint.Scoring;
using DocLint.Text;

namespace DocLint.Cli.Tests.Score;

/// <summary>Runs the real engine with the built-in rules and returns a document's score.</summary>
internal static class ScoreHarness
{
    private static readonly LintEngine Engine = new(BuiltInAnalyzers.Create());

    public static ReliabilityScore Score(string markdown, DocumentSettings? settings = null) =>
        Engine.Lint("doc.md", Encoding.UTF8.GetBytes(markdown), settings ?? DocumentSettings.Default).Score!;

    /// <summary>The per-sentence facts the scorer reads, after the built-in rules have read the document.</summary>
    public static DocumentFacts Facts(string markdown)
    {
        var analyzed = new AnalyzedDocument(MarkdownProseExtractor.Extract("doc.md", SourceText.From(markdown)));
        new AnalyzerDriver(BuiltInAnalyzers.Create()).Analyze(analyzed, DocumentSettings.Default.Options);
        return DocumentFacts.From(analyzed);
    }

    /// <summary>
    /// Whether the one sentence of paragraph <paramref name="paragraph"/> is on the subject of a dataset named earlier
    /// in its paragraph, the case in which DL2001 and the score leave its figures to the dataset.
    /// </summary>
    public static bool IsCoveredByDataset(string markdown, int paragraph, string sentence)
    {
        var analyzed = new AnalyzedDocument(MarkdownProseExtractor.Extract("doc.md", SourceText.From(markdown)));
        var inserted = analyzed.Sentences.Single(s => s.Block.Index == paragraph);
        Assert.Equal(sentence, inserted.Text);
        return DatasetMentions.Covers(analyzed, inserted, DatasetReach.Paragraph);
    }
}
