using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Text;

namespace DocLint.Rules.Tests.Common;

/// <summary>
/// Straight and typographic apostrophes are one spelling: every rule reports the same findings (ID and span) for a
/// text whether its contractions and possessives are written "it's" or "it\u2019s". The fold is the tokenizer's alone.
/// </summary>
public sealed class ApostropheFormsTests
{
    [Theory]
    [InlineData("Let's say it's 60 percent of the vote.")]
    [InlineData("He's said the plan will cost $40 million, and it's likely to pass.")]
    [InlineData("They're saying the council couldn't possibly approve it.")]
    [InlineData("It's widely believed that the mayor's plan won't work.")]
    [InlineData("She'd argued that the bridge is obviously unsafe.")]
    [InlineData("We'll probably never know, but it's clearly a mistake, officials didn't say.")]
    [InlineData("The company's revenue rose 12 percent, and that's almost certainly because of O'Neill's deal.")]
    [InlineData("If he's confirmed, he'd added 20 staff, sources say, and they'd likely leave.")]
    [InlineData("It doesn't seem likely that the Senate's vote could've changed anything.")]
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
