using System.Reflection;
using DocLint.Lexicons;

namespace DocLint.Core.Tests.Lexicons;

public sealed class KeyFilterTests
{
    private static readonly KeyFilter Filter = new(["said", "told", "don't", "été", "according"]);

    [Theory]
    [InlineData("said")]
    [InlineData("Said")]
    [InlineData("TOLD")]
    [InlineData("don't")]
    [InlineData("Don\u2019t")]
    [InlineData("According")]
    public void Every_key_in_any_case_or_apostrophe_passes(string token) => Assert.True(Filter.MayContain(token));

    [Theory]
    [InlineData("xyz")]
    [InlineData("sa")]
    [InlineData("Saidly")]
    public void A_token_whose_first_character_and_length_start_no_key_is_refused(string token) =>
        Assert.False(Filter.MayContain(token));

    [Theory]
    [InlineData("Été")]
    [InlineData("\u00E9t\u00E9s")]
    public void A_token_with_a_non_ascii_first_character_is_always_looked_up(string token) => Assert.True(Filter.MayContain(token));

    [Fact]
    public void The_default_filter_lets_every_token_through()
    {
        var none = default(KeyFilter);

        Assert.True(none.MayContain("xyz"));
        Assert.True(none.MayContain("said"));
    }

    [Fact]
    public void A_key_with_a_non_ascii_end_lets_every_ascii_ended_token_of_its_first_character_and_length_through()
    {
        var filter = new KeyFilter(["caf\u00E9"]);

        Assert.True(filter.MayContain("cafe"));
        Assert.True(filter.MayContain("CAFX"));
        Assert.False(filter.MayContain("cafes"));
    }

    [Fact]
    public void A_filter_for_a_case_insensitive_set_passes_its_words_in_any_case_and_refuses_others()
    {
        var filter = KeyFilter.ForIgnoreCase(["could", "May", "might"]);

        Assert.True(filter.MayContain("may"));
        Assert.True(filter.MayContain("MAY"));
        Assert.True(filter.MayContain("Could"));
        Assert.True(filter.MayContain("mIGHT"));
        Assert.False(filter.MayContain("the"));
        Assert.False(filter.MayContain("man"));
        Assert.False(filter.MayContain("mays"));
        Assert.False(filter.MayContain("cold"));
    }

    // perf45: ForIgnoreCase reads each word's ends lower-cased instead of filtering a lower-cased copy of the words;
    // the bits must be those of the copy's filter, whatever the words' case.
    [Theory]
    [InlineData("could|May|might")]
    [InlineData("SAID|Told|according|don't|U.S.|e-mail|A|x|#|c#")]
    [InlineData("Zorblaxian|zorblaxian|ZORBLAXIAN|aB|Ab|mIGHT|aLL")]
    [InlineData("the|a|an|this|that|these|those|his|her|its|their|our|my|your|every|each|some|any|no|another|one|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve")]
    [InlineData("")]
    public void A_case_insensitive_sets_filter_has_the_bits_of_its_words_lower_cased(string words)
    {
        string[] set = words.Length == 0 ? [] : words.Split('|');

        Assert.Equal(Bits(new KeyFilter([.. set.Select(w => w.ToLowerInvariant())])), Bits(KeyFilter.ForIgnoreCase(set)));
    }

    [Fact]
    public void A_case_insensitive_set_with_a_non_ascii_word_gets_a_filter_that_lets_every_token_through()
    {
        // OrdinalIgnoreCase reads the dotless i as "I": "\u0131f" and "IF" are one word to the set.
        var filter = KeyFilter.ForIgnoreCase(["\u0131f", "may"]);

        Assert.True(filter.MayContain("if"));
        Assert.True(filter.MayContain("xyz"));
    }

    private static readonly string[] FilterFields = ["_lengthsByFirst", "_ends"];

    private static string Bits(KeyFilter filter) =>
        string.Join(
            "|",
            FilterFields.Select(f => typeof(KeyFilter).GetField(f, BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(filter))
                .Select(bits => bits is ulong[] array ? string.Join(",", array) : "none"));
}
