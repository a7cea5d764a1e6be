using DocLint.Lexicons;
using DocLint.Prose;

namespace DocLint.Core.Tests.Lexicons;

public sealed class WordStartsTests
{
    private static readonly Lexicon Hedges = Lexicon.FromEntries("hedges", ["most likely", "may", "may well"]);

    [Fact]
    public void Each_marked_lexicon_has_its_node_for_the_word_and_no_other_has_one()
    {
        var most = Hedges.FirstWordNode("most");
        var starts = new WordStarts(0b01, [most, null]);

        Assert.Equal(0b01UL, starts.Mask);
        Assert.Same(most, starts.NodeAt(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => starts.NodeAt(1));
    }

    [Fact]
    public void A_word_that_starts_no_entry_has_no_node()
    {
        Assert.Throws<ArgumentException>(() => Hedges.FirstWordNode("likely"));
    }

    [Theory]
    [InlineData("Most likely not", "most", 2, "most likely")]
    [InlineData("most people", "most", 0, null)]
    [InlineData("most", "most", 0, null)]
    [InlineData("May well rain", "may", 2, "may well")]
    [InlineData("may rain", "may", 1, "may")]
    public void The_walk_from_the_first_words_node_is_the_lexicons_own(string text, string firstWord, int length, string? entry)
    {
        var tokens = Tokenizer.Tokenize(text);

        var found = Lexicon.LongestMatchFrom(tokens.AsSpan(), 0, Hedges.FirstWordNode(firstWord), out var walked);

        Assert.Equal(length, found);
        Assert.Equal(entry, walked);
        Assert.Equal(Hedges.LongestMatchAt(tokens, 0, out var own), found);
        Assert.Equal(own, walked);
    }
}
