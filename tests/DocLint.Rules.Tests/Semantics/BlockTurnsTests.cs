using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>
/// A paragraph's turns read once and kept on its first sentence (<see cref="BlockTurns"/>): which of them a named speaker
/// holds (<see cref="BlockTurns.Spoken"/>), and the sentence's <see cref="SentenceSemantics.InSpokenTurn"/> that reads them.
/// </summary>
public sealed class BlockTurnsTests
{
    [Fact]
    public void Keeps_an_askers_turn_and_a_tweet_out_of_the_spoken()
    {
        const string text = "JAKE TAPPER: Why? TRUMP: Because. Q: When? A: Now.";

        var turns = SpeakerTurns.ReadTurns(text, conversation: false, new HashSet<string> { "JAKE TAPPER" });

        Assert.Equal([" Why? ", " Because. ", " When? ", " Now."], turns.Spans.Select(span => text.Substring(span.Start, span.Length)));
        Assert.Equal([" Because. ", " Now."], turns.Spoken.Select(span => text.Substring(span.Start, span.Length)));
    }

    [Fact]
    public void Holds_no_spoken_turn_for_a_tweet()
    {
        var turns = SpeakerTurns.ReadTurns("We will win. \u2014 Donald Trump (@realDonaldTrump) June 26, 2013", conversation: false, new HashSet<string>());

        Assert.Single(turns.Spans);
        Assert.Empty(turns.Spoken);
    }

    // The mask marks each sentence of the document that stands in a named speaker's turn with "+".
    [Theory]
    [InlineData("SMITH: The plan may fail. It may pass.", "++")]
    [InlineData("Q: Will the plan fail? A: It may.", "-+")]
    [InlineData("Greenwald wrote:\n\nThe program may be illegal. It may end.\n\nThe vote passed.", "-++-")]
    // A tweet and its signature, which the splitter makes a sentence of its own.
    [InlineData("We will win. \u2014 Donald Trump (@realDonaldTrump) June 26, 2013", "--")]
    [InlineData("The plan may fail. It may pass.", "--")]
    public void Reads_each_sentence_in_a_named_speakers_turn(string text, string mask)
    {
        var document = SemanticsFixture.Of(text).Document;

        Assert.Equal(
            mask,
            string.Concat(document.Sentences.Select(sentence => SentenceSemantics.Of(document, sentence).InSpokenTurn ? '+' : '-')));
    }
}
