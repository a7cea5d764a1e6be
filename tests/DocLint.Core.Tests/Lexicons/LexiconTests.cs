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
    public void Lines_not_yet_in_the_entries_form_are_normalised_and_duplicates_dropped()
    {
        // Capitals, curly apostrophes, runs of spaces, tabs around a line and a carriage return all take the slow path;
        // lower-case ASCII one space apart is kept as it is. A line that only normalises to an earlier one is dropped.
        var content = "  It\u2019s   Estimated \r\nit's estimated\n\tmost likely\t# note\nNEAR  certain\n#\n   \nnear certain\nétat de droit";

        Assert.Equal(["it's estimated", "most likely", "near certain", "état de droit"], Lexicon.ParseEntries(content).ToArray());
    }

    [Fact]
    public void Entries_given_already_normalised_or_not_come_out_the_same()
    {
        var lexicon = Lexicon.FromEntries("test", ["most likely", " Most  Likely ", "perhaps", "It\u2019s"]);

        Assert.Equal(["most likely", "perhaps", "it's"], lexicon.Entries.ToArray());
    }

    // A plain entry is split at its spaces (perf44); anything else is tokenized, as every entry was before.
    [Theory]
    [InlineData("most likely")]
    [InlineData("a")]
    [InlineData("people familiar with the matter")]
    [InlineData("it's estimated")]
    [InlineData("u.s. officials")]
    [InlineData("well-known")]
    [InlineData("état de droit")]
    [InlineData("top 10")]
    public void An_entrys_trie_keys_are_its_tokens_lower_cased(string entry)
    {
        var keys = new List<string>();
        Lexicon.AddKeys(entry, new TokenTextPool(), keys);

        Assert.Equal(Tokenizer.Tokenize(entry).Select(t => t.Text.ToLowerInvariant()), keys);
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
    public void Tokens_in_any_case_match_with_and_without_a_lowered_copy()
    {
        // Lower-case ASCII is looked up as written; capitals, letters beyond ASCII and words past the stack buffer are lowered first.
        var longWord = new string('x', 70);
        var lexicon = Lexicon.FromEntries("test", ["most likely", "état de droit", longWord]);
        var tokens = Tokenizer.Tokenize($"MOST Likely most likely ÉTAT DE Droit {longWord.ToUpperInvariant()}");

        var matches = lexicon.Matches(tokens).Select(m => $"{m.Entry}@{m.Start}+{m.Length}");

        Assert.Equal(["most likely@0+2", "most likely@2+2", "état de droit@4+3", $"{longWord}@7+1"], matches);
        Assert.False(lexicon.ContainsWord("ÉTAT"));
        Assert.True(Lexicon.FromEntries("test", ["état"]).ContainsWord("ÉTAT"));
    }

    [Fact]
    public void A_phrase_goes_on_only_through_its_next_words_in_any_case()
    {
        // Fewer than eight next words: the node's bits (a child's first character and length) turn a token away before
        // it is lowered and hashed. Capitals and a non-ASCII first character must get through; near misses must not.
        var lexicon = Lexicon.FromEntries("test", ["more or less", "in über form", "in form", "de facto"]);
        var tokens = Tokenizer.Tokenize("MORE Or LESS, in ÜBER Form, IN FORM, De FACTO, more ox less, in under form, in forms, de fact");

        var matches = lexicon.Matches(tokens).Select(m => $"{m.Entry}@{m.Start}+{m.Length}");

        Assert.Equal(["more or less@0+3", "in über form@4+3", "in form@8+2", "de facto@11+2"], matches);
    }

    [Fact]
    public void A_lexicon_with_many_first_words_matches_its_entries_in_any_case_and_nothing_else()
    {
        // Eight or more first words: the look-up is filtered on the token's first character, last character and length
        // first. Non-ASCII ends and curly apostrophes must get through the filter; near misses must not match.
        var lexicon = Lexicon.FromEntries("test", ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "café", "über", "o'neill's", "most likely"]);
        var tokens = Tokenizer.Tokenize("ALPHA Beta gammA Delta, epsilons zet Eta THETA CAFÉ Über O’Neill’s alphb most LIKELY deltas");

        var matches = lexicon.Matches(tokens).Select(m => m.Entry);

        Assert.Equal(["alpha", "beta", "gamma", "delta", "eta", "theta", "café", "über", "o'neill's", "most likely"], matches);
        Assert.True(lexicon.ContainsWord("Zeta"));
        Assert.False(lexicon.ContainsWord("zetas"));
        Assert.False(lexicon.ContainsWord("zetA2"));
    }

    [Fact]
    public void Options_add_and_remove_entries()
    {
        var lexicon = Lexicon.FromEntries("test", ["perhaps", "maybe"]).With(["conceivably"], ["maybe"]);

        Assert.Equal(["perhaps", "conceivably"], lexicon.Entries.ToArray());
    }
}
