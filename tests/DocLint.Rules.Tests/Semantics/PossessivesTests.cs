using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>The one possessive check: which token of a sentence makes what follows someone's, per owner set.</summary>
public sealed class PossessivesTests
{
    [Theory]
    [InlineData("His two sons left.", "His", true, true)]
    [InlineData("The firm whose study found it closed.", "whose", true, true)]
    [InlineData("Their data show it.", "Their", true, true)]
    [InlineData("The agency's report came out.", "agency's", true, true)]
    [InlineData("The agency\u2019s report came out.", "agency's", true, true)]
    [InlineData("GALLUP'S poll came out.", "GALLUP'S", true, true)]
    [InlineData("Our data show it.", "Our", false, true)]
    [InlineData("My three brothers came.", "My", false, true)]
    [InlineData("Your two votes count.", "Your", false, true)]
    [InlineData("The agency reported it.", "agency", false, false)]
    [InlineData("The bus stopped.", "bus", false, false)]
    [InlineData("They said so.", "They", false, false)]
    public void Reads_a_possessive_per_owner_set(string text, string token, bool named, bool anyPerson)
    {
        var fixture = SemanticsFixture.Of(text);
        var at = fixture.Sentence.Tokens[fixture.IndexOf(token)];

        Assert.Equal(named, Possessives.IsPossessive(at));
        Assert.Equal(named, Possessives.IsPossessive(at, PossessiveOwners.Named));
        Assert.Equal(anyPerson, Possessives.IsPossessive(at, PossessiveOwners.AnyPerson));
    }

    [Theory]
    [InlineData("His", true)]
    [InlineData("whose", true)]
    [InlineData("Our", false)]
    [InlineData("agency's", false)]
    public void Tells_a_possessive_determiner_from_a_name_with_s(string token, bool expected)
    {
        var fixture = SemanticsFixture.Of($"We saw {token} plan.");

        Assert.Equal(expected, Possessives.IsDeterminer(fixture.Sentence.Tokens[fixture.IndexOf(token)]));
    }

    [Theory]
    [InlineData("Gallup's", true)]
    [InlineData("NATO'S", true)]
    // mend44: the test is ApostropheS.EndsWithClitic's, any case; a token never keeps the curly spelling, raw text may.
    [InlineData("Gallup\u2019s", true)]
    [InlineData("NATO\u2019S", true)]
    [InlineData("he's", false)]
    [InlineData("He's", false)]
    [InlineData("Let's", false)]
    [InlineData("here's", false)]
    [InlineData("there's", false)]
    [InlineData("'s", false)]
    [InlineData("bus", false)]
    [InlineData("Gallup", false)]
    public void A_possessive_ending_needs_a_word_before_it(string text, bool expected) =>
        Assert.Equal(expected, Possessives.EndsWithPossessive(text));
}
