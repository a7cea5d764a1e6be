using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Figures.UnsourcedFigureAnalyzer>;

namespace DocLint.Rules.Tests.Figures;

/// <summary>
/// figures62: a figure an earlier sentence of the document gave, pointed back at with "the", "this", "that" or
/// "these"/"those", is a restatement whose source is its first mention's (RestatedFigures). The first mention is still
/// reported; a restatement without the determiner, a complementiser "that" and a definite figure never given before are
/// still reported too.
/// </summary>
public sealed class DL2001RestatedFigureTests
{
    [Theory]
    // The first mention is judged; "That $454 billion" two paragraphs on points back at it.
    [InlineData("The program costs {|DL2001:$454 billion|} a year.\n\nLawmakers met on Tuesday in the capital.\n\nThat $454 billion is designed to grow.")]
    [InlineData("Officials counted {|DL2001:14|} Republican-held seats at risk.\n\nVoters were tired.\n\nSenators rejected the 14 Republican-held seats plan.")]
    // "that" as a complementiser points at nothing.
    [InlineData("The economy needs {|DL2001:$350 billion|} more.\n\nVoters were tired.\n\nIt seems pretty clear that {|DL2001:$350 billion|} will not be enough.")]
    // Without the determiner the same figure is as often a new claim about another thing.
    [InlineData("Prices rose {|DL2001:30 percent|} in Kansas.\n\nVoters were tired.\n\nRents are {|DL2001:30 percent|} cheaper in Ohio.")]
    // A definite figure the document never gave, and one whose noun differs, are first mentions.
    [InlineData("Voters were tired.\n\nOf the {|DL2001:14|} Republican-held seats, nine lean left.")]
    [InlineData("Officials counted {|DL2001:14|} new cases.\n\nVoters were tired.\n\nOf the {|DL2001:14|} Republican-held seats, nine lean left.")]
    public void Judges_the_first_mention_and_not_its_restatement(string markup) => Verify.VerifyMarkdown(markup);
}
