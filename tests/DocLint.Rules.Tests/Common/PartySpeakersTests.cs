using DocLint.Rules.Common;
using DocLint.Rules.Tests.Semantics;

namespace DocLint.Rules.Tests.Common;

/// <summary>
/// The one party test the source and claim readers share: a capitalised party's members speak as the party; a subset of
/// them, or an ideology's lower-case followers, do not. Asked with the phrase's start (the source reader) and with the
/// party word alone (the claim reader), the answers agree.
/// </summary>
public sealed class PartySpeakersTests
{
    [Theory]
    [InlineData("Democrats said the plan would fail.", 0, true)]
    [InlineData("Senate Republicans said the plan would fail.", 1, true)]
    [InlineData("But Republicans argue the plan would fail.", 1, true)]
    [InlineData("Key Democrats say the plan would fail.", 1, false)]
    [InlineData("Other House Republicans say the plan would fail.", 2, false)]
    [InlineData("Social democrats believe the plan would fail.", 1, false)]
    [InlineData("Lawmakers said the plan would fail.", 0, false)]
    public void Reads_a_party_speaking_the_same_way_from_the_phrase_and_from_the_word(string text, int head, bool expected)
    {
        var tokens = SemanticsFixture.Of(text).Sentence.Tokens;

        Assert.Equal(expected, PartySpeakers.IsParty(tokens, 0, head));
        Assert.Equal(expected, PartySpeakers.IsParty(tokens, head));
    }
}
