using DocLint.Lexicons;
using DocLint.Prose;

namespace DocLint.Core.Tests.Lexicons;

public sealed class LexiconTests
{
    [Fact]
    public void Parses_entries_ignoring_comments_case_and_blank_lines()
    {
        var lexicon = Lexicon.Parse("test", "# a comment\nMost Likely\n\nperhaps # trailing comment\nperhaps\n");

        Assert.Equal(["most likely", "perhaps"], lexicon.Entries.ToArray());
    }

    [Fact]
    public void Matches_longest_phrases_on_whole_tokens()
    {
        var lexicon = Lexicon.FromEntries("test", ["likely", "most likely", "may"]);
        var tokens = Tokenizer.Tokenize("The mayor will most likely win, and may lose.");

        var matches = lexicon.Matches(tokens).Select(m => $"{m.Entry}@{m.Start}+{m.Length}");

        Assert.Equal(["most likely@3+2", "may@8+1"], matches);
    }

    [Fact]
    public void Curly_apostrophes_match_straight_ones()
    {
        var lexicon = Lexicon.FromEntries("test", ["it's estimated"]);

        Assert.Single(lexicon.Matches(Tokenizer.Tokenize("It’s estimated that")));
    }

    [Fact]
    public void Options_add_and_remove_entries()
    {
        var lexicon = Lexicon.FromEntries("test", ["perhaps", "maybe"]).With(["conceivably"], ["maybe"]);

        Assert.Equal(["perhaps", "conceivably"], lexicon.Entries.ToArray());
    }
}
