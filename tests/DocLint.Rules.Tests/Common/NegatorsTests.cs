using DocLint.Rules.Common;
using DocLint.Rules.Tests.Semantics;

namespace DocLint.Rules.Tests.Common;

/// <summary>The one test of a denying word that the hedge, booster and cue readers share.</summary>
public sealed class NegatorsTests
{
    [Theory]
    [InlineData("He could not possibly know.", "not")]
    [InlineData("He never would say so.", "never")]
    [InlineData("She hardly ever clearly wins.", "hardly")]
    [InlineData("It doesn't suggest much.", "doesn't")]
    [InlineData("It doesn\u2019t suggest much.", "doesn't")]
    [InlineData("NOT ONE, he said.", "NOT")]
    [InlineData("Nothing else, nobody else, knows.", "")]
    [InlineData("The nation's notes were nice.", "")]
    public void Finds_the_words_that_deny(string text, string expected)
    {
        var tokens = SemanticsFixture.Of(text).Sentence.Tokens;

        Assert.Equal(expected, string.Join(" ", tokens.Where(Negators.IsNegator).Select(t => t.Text)));
    }
}
