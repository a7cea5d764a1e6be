using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

public sealed class QuotedTokensTests
{
    [Theory]
    [InlineData("The mayor said the plan will fail.", "")]
    [InlineData("The mayor said \"the plan will fail\" on Monday.", "\" the plan will fail \"")]
    [InlineData("\u201cIt is over,\u201d she said, \u201cand we lost.\u201d", "\u201c It is over , \u201d \u201c and we lost . \u201d")]
    [InlineData("He called it \"a disaster\" and left.", "\" a disaster \"")]
    // The quotation marks belong to the quotation.
    public void Marks_exactly_the_tokens_inside_direct_quotations(string text, string quoted) => AssertQuoted(text, 0, quoted);

    // A transcript turn runs from its speaker's label to the next label or the paragraph's end; an embedded tweet is the
    // paragraph's text before its signature (or before a closing dash whose signature is the next paragraph).
    [Theory]
    [InlineData("TRUMP: We will probably win the state.", 0, "We will probably win the state .")]
    [InlineData("SEN. LINDSEY GRAHAM: The bill may pass.", 0, "The bill may pass .")]
    [InlineData("TRUMP: We won the state. The margin may grow.", 1, "The margin may grow .")]
    [InlineData("HENRY: Why did you give the raises? PRUITT: I did not know about them.", 1, "I did not know about them .")]
    [InlineData("HENRY: Why did you give the raises? RELATED: Pruitt may resign.", 1, "")]
    [InlineData("RELATED: The bill may pass.", 0, "")]
    [InlineData("FILE PHOTO: A flag is seen in front of the bridge.", 0, "")]
    [InlineData("11:00 a.m. EDT: The vote may slip.", 0, "")]
    [InlineData("THE EDGE: Prices may rise.", 0, "")]
    [InlineData("RESULTS: The protein may bind the receptor.", 0, "")]
    [InlineData("The plan: it may fail.", 0, "")]
    [InlineData("Mr. Trump: a life. The bill may pass.", 1, "")]
    [InlineData("The ruling is a historic step. #LoveIsLove \u2014 Barack Obama (@BarackObama) June 26, 2013", 0, "The ruling is a historic step .")]
    [InlineData("The ruling is a historic step. #LoveIsLove \u2014 Barack Obama (@BarackObama) June 26, 2013", 1, "# LoveIsLove")]
    [InlineData("The court may forgive us all. \u2014\n\nGov. Mike Huckabee (@GovMikeHuckabee) June 26, 2013", 0, "The court may forgive us all .")]
    [InlineData("The senator (@senator) said the ruling may stand.", 0, "")]
    [InlineData("The ruling may stand \u2014 for now.", 0, "")]
    public void Marks_transcript_turns_and_embedded_tweets_as_quoted(string text, int sentence, string quoted) => AssertQuoted(text, sentence, quoted);

    // The semantics read a paragraph's turns once and keep them on its first sentence; every sentence of every paragraph
    // must read as it does alone, including a turn that a later label closes and a paragraph with no turn after one.
    [Fact]
    public void Semantics_read_each_paragraphs_turns_once_with_the_same_result_for_every_sentence()
    {
        const string text = "HENRY: Why did you give the raises? It may be wrong. PRUITT: I did not know. They may go.\n\n"
            + "The bill may pass. TRUMP: We will probably win.\n\nThe vote may slip.";
        var document = SemanticsFixture.Of(text).Document;
        var quoted = new List<string>();
        foreach (var sentence in document.Sentences)
        {
            var semantics = SentenceSemantics.Of(document, sentence);
            var alone = QuotedTokens.Read(sentence);
            var tokens = sentence.Tokens;
            Assert.All(Enumerable.Range(0, tokens.Length), i => Assert.Equal(alone.IsQuoted(i), semantics.IsQuoted(i)));
            quoted.Add(string.Join(' ', Enumerable.Range(0, tokens.Length).Where(semantics.IsQuoted).Select(i => tokens[i].Text)));
        }

        Assert.Equal(
            ["Why did you give the raises ?", "It may be wrong .", "I did not know .", "They may go .", "", "We will probably win .", ""],
            quoted);
    }

    private static void AssertQuoted(string text, int sentence, string quoted)
    {
        var fixture = SemanticsFixture.Of(text, sentence);
        var reading = QuotedTokens.Read(fixture.Sentence);
        var tokens = fixture.Sentence.Tokens;

        var actual = string.Join(' ', Enumerable.Range(0, tokens.Length).Where(reading.IsQuoted).Select(i => tokens[i].Text));

        Assert.Equal(quoted, actual);
        Assert.Equal(quoted.Length > 0, reading.Any);
    }
}
