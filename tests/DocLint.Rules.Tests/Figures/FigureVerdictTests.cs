using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Rules.Figures;
using DocLint.Text;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// The rule's call on each figure as data (FigureVerdict): the call recorded is the first exemption that holds, and
/// what the rule reports is exactly the reported calls.
/// </summary>
public sealed class FigureVerdictTests
{
    [Theory]
    [InlineData("a.txt", "The renovation cost $4.5 million.", "$4.5 million", "Unsourced")]
    [InlineData("a.txt", "Some estimates put the cost at $4.5 million.", "$4.5 million", "VaguelySourced")]
    [InlineData("a.txt", "Mayor Jane Smith said the renovation cost $4.5 million.", "$4.5 million", "NamedSource")]
    [InlineData("a.txt", "Oil prices plunge 25%", "25%", "Line")]
    [InlineData("a.md", "# Oil prices plunge 25%\n\nThe market fell.", "25%", "Heading")]
    [InlineData("a.txt", "Passwords should contain 12 characters.", "12", "Prescribed")]
    [InlineData("a.txt", "Did the renovation cost $4.5 million?", "$4.5 million", "Question")]
    [InlineData("a.txt", "If the city spends $4 million on buses, fares will fall.", "$4 million", "Supposed")]
    public void Records_the_first_call_that_holds(string path, string text, string figure, string callName)
    {
        var call = Enum.Parse<FigureCall>(callName);
        var verdicts = VerdictsOf(path, text);

        var verdict = Assert.Single(verdicts);
        Assert.Equal(figure, verdict.Text);
        Assert.Equal(call, verdict.Verdict.Call);
        Assert.Equal(call is FigureCall.Unsourced or FigureCall.VaguelySourced, verdict.Verdict.IsReported);
    }

    [Fact]
    public void A_sentence_with_figures_in_and_out_of_a_quotation_gets_a_call_for_each()
    {
        var verdicts = VerdictsOf("a.txt", "The team lost 12 games, and the coach called it \"a 3-point season.\"");

        Assert.Equal([("12", FigureCall.Unsourced), ("3-point", FigureCall.Quoted)], verdicts.Select(v => (v.Text, v.Verdict.Call)));
    }

    [Fact]
    public void A_sentence_without_figures_has_no_verdicts() =>
        Assert.Empty(VerdictsOf("a.txt", "The renovation cost a fortune."));

    private static List<(string Text, FigureVerdict Verdict)> VerdictsOf(string path, string text)
    {
        var document = new AnalyzedDocument(DocumentLoader.Parse(path, SourceText.From(text)));
        var found = new List<(string, FigureVerdict)>();
        foreach (var sentence in document.Sentences)
        {
            foreach (var verdict in UnsourcedFigureAnalyzer.Verdicts(document, sentence))
            {
                var span = DocLint.Rules.Common.TokenSpans.Of(sentence.Tokens, verdict.Figure.Start, verdict.Figure.End);
                found.Add((sentence.Block.Text.Substring(span.Start, span.Length), verdict));
            }
        }

        return found;
    }
}
