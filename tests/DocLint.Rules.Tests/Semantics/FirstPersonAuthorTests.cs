using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>Whether the author writes as "I" in a paragraph of their own.</summary>
public sealed class FirstPersonAuthorTests
{
    [Theory]
    [InlineData("The bill passed.\n\nI suspect that it fails.", true)]
    [InlineData("My view is simple.", true)]
    // Only inside quotation marks; after a colon lead-in; in a speaker's labelled turn; no first person.
    [InlineData("\"I will win,\" he said.", false)]
    [InlineData("He said:\n\nI will win.", false)]
    [InlineData("TRUMP: I will win.", false)]
    [InlineData("Nick Gillespie: I think so.", false)]
    [InlineData("The bill passed.\n\nIt may fail.", false)]
    public void Reads_an_author_who_writes_as_I(string text, bool expected)
    {
        Assert.Equal(expected, FirstPersonAuthor.Of(SemanticsFixture.Of(text).Document));
    }

    [Theory]
    [InlineData("I doubt it.", true)]
    [InlineData("He gave it to me.", true)]
    [InlineData("\"I doubt it,\" he said.", false)]
    [InlineData("We doubt it.", false)]
    public void Reads_I_me_or_my_outside_quotation_marks(string text, bool expected)
    {
        Assert.Equal(expected, FirstPersonAuthor.SpeaksAsI([SemanticsFixture.Of(text).Sentence]));
    }
}
