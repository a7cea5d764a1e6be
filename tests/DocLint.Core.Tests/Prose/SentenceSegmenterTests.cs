using DocLint.Documents;
using DocLint.Prose;
using DocLint.Text;

namespace DocLint.Core.Tests.Prose;

public sealed class SentenceSegmenterTests
{
    [Theory]
    [InlineData("Mr. Smith met Dr. Jones in the U.S. capital. They talked.", "Mr. Smith met Dr. Jones in the U.S. capital.|They talked.")]
    [InlineData("Costs rose 2.5 percent to $12,400. Then they fell.", "Costs rose 2.5 percent to $12,400.|Then they fell.")]
    [InlineData("J. K. Rowling wrote it. It sold well.", "J. K. Rowling wrote it.|It sold well.")]
    [InlineData("Some fruit, e.g. apples, is cheap. Most is not.", "Some fruit, e.g. apples, is cheap.|Most is not.")]
    [InlineData("\"Is it over?\" she asked. \"No.\" He left.", "\"Is it over?\" she asked.|\"No.\"|He left.")]
    [InlineData("It ended in Jan. 2020 with a vote. Next came May.", "It ended in Jan. 2020 with a vote.|Next came May.")]
    [InlineData("Wait... What happened? Nobody knows!", "Wait...|What happened?|Nobody knows!")]
    [InlineData("The company moved to the U.S. The staff followed.", "The company moved to the U.S.|The staff followed.")]
    [InlineData("He wrote (in 2019) about it. Fine.", "He wrote (in 2019) about it.|Fine.")]
    [InlineData("The deal closed.Investors cheered.", "The deal closed.|Investors cheered.")]
    [InlineData("Version 3.1.4 shipped. Good.", "Version 3.1.4 shipped.|Good.")]
    public void Splits_at_sentence_ends_but_not_at_abbreviations_decimals_or_initials(string text, string expected)
    {
        var sentences = Segment(text);

        Assert.Equal(expected, string.Join('|', sentences.Select(s => s.Text)));
    }

    [Fact]
    public void Sentences_carry_their_tokens_and_spans()
    {
        var sentence = Segment("Nearly 900 households lost power.").Single();

        Assert.Equal(
            ["Word Nearly", "Number 900", "Word households", "Word lost", "Word power", "Punctuation ."],
            sentence.Tokens.Select(t => $"{t.Kind} {t.Text}"));
        Assert.Equal(new TextSpan(7, 3), sentence.Tokens[1].Span);
    }

    [Fact]
    public void Quotations_spanning_sentences_are_known_to_each_sentence()
    {
        var sentences = Segment("She said: “It may rain. It may not.” Then she left.");

        Assert.True(sentences[0].IsQuoted(new TextSpan(sentences[0].Text.IndexOf("may", StringComparison.Ordinal), 3)));
        Assert.True(sentences[1].IsQuoted(new TextSpan(sentences[1].Span.Start + 3, 3)));
        Assert.False(sentences[2].IsQuoted(new TextSpan(sentences[2].Span.Start, 4)));
    }

    private static System.Collections.Immutable.ImmutableArray<Sentence> Segment(string text)
    {
        var block = new ProseBlock(0, ProseBlockKind.Paragraph, text, SourceMap.Identity(0, text.Length), [], InBlockQuote: false);
        return SentenceSegmenter.Segment(block);
    }
}
