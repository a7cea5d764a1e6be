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
    public void Marks_exactly_the_tokens_inside_direct_quotations(string text, string quoted)
    {
        var fixture = SemanticsFixture.Of(text);
        var reading = QuotedTokens.Read(fixture.Sentence);
        var tokens = fixture.Sentence.Tokens;

        var actual = string.Join(' ', Enumerable.Range(0, tokens.Length).Where(reading.IsQuoted).Select(i => tokens[i].Text));

        Assert.Equal(quoted, actual);
        Assert.Equal(quoted.Length > 0, reading.Any);
    }
}
