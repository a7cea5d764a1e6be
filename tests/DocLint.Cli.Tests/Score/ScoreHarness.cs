using System.Text;
using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Rules;
using DocLint.Scoring;

namespace DocLint.Cli.Tests.Score;

/// <summary>Runs the real engine with the built-in rules and returns a document's score.</summary>
internal static class ScoreHarness
{
    private static readonly LintEngine Engine = new(BuiltInAnalyzers.Create());

    public static ReliabilityScore Score(string markdown, DocumentSettings? settings = null) =>
        Engine.Lint("doc.md", Encoding.UTF8.GetBytes(markdown), settings ?? DocumentSettings.Default).Score!;
}
