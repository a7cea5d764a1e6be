using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>A hedge before a set-off "according to X" whose source phrase runs on to the sentence's end.</summary>
public sealed class AccordingToTailsTests
{
    [Theory]
    [InlineData("The man may have fled, according to an unsealed affidavit.", "may", true)]
    // The record's place after it: the attribution reader reads the affidavit as the source (CitedRecords).
    [InlineData("The man may have fled, according to an unsealed affidavit in the case.", "may", true)]
    [InlineData("The rules could change, according to lobbyists and a document outlining proposals from Compete America, a coalition of firms.", "could", true)]
    [InlineData("The suspect may have fled, according to officials.", "may", true)]
    // A finite verb in the tail opens the author's clause; an appearance verb is the author's reading; a word after the
    // attribution; a clause break between; no set-off; a tail past sixteen tokens.
    [InlineData("The suspect may have fled, according to a memo, and the mayor will resign.", "may", false)]
    [InlineData("The crowd appears to have grown, according to posts from the mayor's office.", "appears", false)]
    [InlineData("According to an affidavit in the case, the suspect may have fled.", "may", false)]
    [InlineData("The suspect may have fled; police searched the house, according to an affidavit in the case.", "may", false)]
    [InlineData("The suspect may have fled according to an affidavit in the case.", "may", false)]
    [InlineData("The suspect may have fled, according to a long affidavit filed in the federal court in the southern district of the state of New York last week.", "may", false)]
    public void Reads_a_hedge_before_a_trailing_according_to_tail(string text, string token, bool expected)
    {
        var fixture = SemanticsFixture.Of(text);
        var attributions = SentenceSemantics.Of(fixture.Document, fixture.Sentence).Attributions;

        Assert.Equal(expected, AccordingToTails.Holds(fixture.Input, attributions, fixture.IndexOf(token)));
    }
}
