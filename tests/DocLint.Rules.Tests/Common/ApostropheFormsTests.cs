using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Text;

namespace DocLint.Rules.Tests.Common;

/// <summary>
/// Straight and typographic apostrophes are one spelling: every rule reports the same findings (ID and span) for a
/// text whether its contractions and possessives are written "it's" or "it\u2019s". The fold is the tokenizer's alone.
/// Each row fails without it (the folds it replaced put back): the contraction readers ("he'd", "she'd", "he's",
/// "they're" before a verb) compare straight text and rely on the tokenizer to make a curly apostrophe straight.
/// </summary>
public sealed class ApostropheFormsTests
{
    [Theory]
    [InlineData("He's said the plan will cost $40 million, and it's likely to pass.")]
    [InlineData("They're saying the council couldn't possibly approve it.")]
    [InlineData("She'd argued that the bridge is obviously unsafe.")]
    [InlineData("If he's confirmed, he'd added 20 staff, sources say, and they'd likely leave.")]
    public void A_text_gives_the_same_findings_with_either_apostrophe(string straight)
    {
        var curly = straight.Replace('\'', '\u2019');

        Assert.Equal(Findings(straight), Findings(curly));
    }

    private static string[] Findings(string text)
    {
        var document = MarkdownProseExtractor.Extract("test.md", SourceText.From(text));
        return [.. new AnalyzerDriver(BuiltInAnalyzers.Create()).Analyze(document, AnalyzerOptions.Empty)
            .Select(d => $"{d.Id}@{d.Location.SourceSpan.Start}+{d.Location.SourceSpan.Length}")
            .Order(StringComparer.Ordinal)];
    }
}
