using DocLint.Lexicons;
using DocLint.Prose;

namespace DocLint.Core.Tests.Lexicons;

public sealed class LexiconSetTests
{
    private static readonly Lexicon Hedges = Lexicon.FromEntries("hedges", ["likely", "most likely", "may", "it's estimated", "état de droit", "perhaps"]);

    // Shares first words with Hedges ("most", "it's") and ends inside its phrases: each lexicon keeps its own longest match.
    private static readonly Lexicon Boosters = Lexicon.FromEntries("boosters", ["most", "most certainly", "certainly", "it's clear", "clearly", "o'neill's"]);

    // Eight first words or more: its root keeps the first-character filter, which the set's table must agree with.
    private static readonly Lexicon Wide = Lexicon.FromEntries("wide", ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "café", "über"]);

    private static readonly string[] Sentences =
    [
        "The mayor will most likely win, and may lose.",
        "It’s estimated that MOST certainly CLEARLY it's clear.",
        "ALPHA Beta gammA Delta, epsilons zet Eta THETA CAFÉ Über O’Neill’s alphb most LIKELY deltas",
        "ÉTAT DE Droit, perhaps most most likely " + new string('X', 70),
        "Nothing here matches.",
        "",
    ];

    public static TheoryData<string> SentenceData => [.. Sentences];

    [Theory]
    [MemberData(nameof(SentenceData))]
    public void Every_answer_is_the_lexicons_own(string text)
    {
        var set = new LexiconSet([Hedges, Boosters, Wide]);
        var tokens = Tokenizer.Tokenize(text);
        var marked = set.Match(tokens);

        foreach (var lexicon in set.Lexicons)
        {
            var own = lexicon.Matches(tokens);
            Assert.Equal(own, marked.Matches(lexicon));
            Assert.Equal(own.Select(m => m.Start), Starts(marked, lexicon));
            Assert.Equal(own.Count > 0, marked.Any(lexicon));
            var marks = marked.MarksOf(lexicon);
            for (var i = 0; i <= tokens.Length; i++)
            {
                Assert.Equal(lexicon.LongestMatchAt(tokens, i, out var ownEntry), marked.LongestMatchAt(lexicon, i, out var entry));
                Assert.Equal(ownEntry, entry);
                Assert.Equal(lexicon.LongestMatchAt(tokens, i, out _), marks.LongestMatchAt(i, out var marksEntry));
                Assert.Equal(ownEntry, marksEntry);
            }

            // A token alone an entry: "most" starts Hedges' "most likely" but is none of its entries, and is one of Boosters'.
            for (var i = 0; i < tokens.Length; i++)
            {
                Assert.Equal(lexicon.ContainsWord(tokens[i].Text), marks.IsWordAt(i));
                Assert.Equal(marks.NextStart(i) == i, marks.StartsAt(i));
            }

            // The marks skip only tokens where no entry starts: walking them finds every start the lexicon has.
            Assert.Equal(
                Enumerable.Range(0, tokens.Length).Where(i => lexicon.LongestMatchAt(tokens, i, out _) > 0),
                MarkedStarts(marks, tokens.Length).Where(i => marks.LongestMatchAt(i, out _) > 0));
        }
    }

    [Fact]
    public void Marks_skip_to_the_tokens_the_set_marked_for_their_lexicon()
    {
        var set = new LexiconSet([Hedges, Boosters]);
        var marked = set.Match(Tokenizer.Tokenize("She will most likely and most certainly win, perhaps."));

        Assert.Equal([2, 3, 5, 9], MarkedStarts(marked.MarksOf(Hedges), 11));
        Assert.Equal([2, 5, 6], MarkedStarts(marked.MarksOf(Boosters), 11));
        Assert.Equal(11, marked.MarksOf(Hedges).NextStart(10));
        Assert.Equal(2, marked.MarksOf(Hedges).NextStart(-1));
    }

    [Fact]
    public void Marks_of_a_lexicon_with_no_entry_in_a_marked_sentence_end_where_the_walk_ends()
    {
        // "perhaps" marks the sentence for Hedges alone: Boosters has no mark in it.
        var set = new LexiconSet([Hedges, Boosters]);
        var marked = set.Match(Tokenizer.Tokenize("She will win, perhaps."));
        var boosters = marked.MarksOf(Boosters);

        Assert.True(marked.Any(Hedges));
        Assert.False(marked.Any(Boosters));
        Assert.Empty(marked.Matches(Boosters));
        Assert.Equal(6, boosters.NextStart(0));
        Assert.Equal(6, boosters.NextStart(6));
        Assert.Equal(9, boosters.NextStart(9));
        Assert.Equal(4, marked.MarksOf(Hedges).NextStart(0));
    }

    [Fact]
    public void Marks_of_a_lexicon_outside_the_set_try_every_token()
    {
        var set = new LexiconSet([Hedges]);
        var configured = Hedges.With(["arguably"], []);
        var marks = set.Match(Tokenizer.Tokenize("It is, arguably, fine.")).MarksOf(configured);

        Assert.Equal([0, 1, 2, 3, 4, 5, 6], MarkedStarts(marks, 7));
        Assert.Equal(1, marks.LongestMatchAt(3, out var entry));
        Assert.Equal("arguably", entry);
        Assert.True(marks.IsWordAt(3));
        Assert.False(marks.IsWordAt(1));
        Assert.All(Enumerable.Range(0, 7), i => Assert.True(marks.StartsAt(i)));
    }

    [Fact]
    public void A_token_is_a_word_of_a_lexicon_only_when_it_is_an_entry_alone()
    {
        var set = new LexiconSet([Hedges, Boosters]);
        var marked = set.Match(Tokenizer.Tokenize("Most voters will MOST likely stay, perhaps."));

        Assert.Equal([false, false, false, false, true, false, false, true, false], Enumerable.Range(0, 9).Select(marked.MarksOf(Hedges).IsWordAt));
        Assert.Equal([true, false, false, true, false, false, false, false, false], Enumerable.Range(0, 9).Select(marked.MarksOf(Boosters).IsWordAt));
    }

    private static List<int> MarkedStarts(SentenceLexicons.Marks marks, int tokenCount)
    {
        var starts = new List<int>();
        for (var i = marks.NextStart(0); i < tokenCount; i = marks.NextStart(i + 1))
        {
            starts.Add(i);
        }

        return starts;
    }

    [Fact]
    public void Overlapping_lexicons_each_find_their_longest_matches()
    {
        var set = new LexiconSet([Hedges, Boosters]);
        var marked = set.Match(Tokenizer.Tokenize("She will most likely and most certainly win."));

        Assert.Equal(["most likely@2+2"], marked.Matches(Hedges).Select(m => $"{m.Entry}@{m.Start}+{m.Length}"));
        Assert.Equal(["most@2+1", "most certainly@5+2"], marked.Matches(Boosters).Select(m => $"{m.Entry}@{m.Start}+{m.Length}"));
    }

    [Fact]
    public void A_lexicon_outside_the_set_walks_the_sentence_itself()
    {
        // A rule's list with the user's terms applied is a new lexicon, made after the set: it must still match.
        var set = new LexiconSet([Hedges]);
        var configured = Hedges.With(["arguably", "all but certain"], ["may"]);
        var tokens = Tokenizer.Tokenize("It may be all but certain, arguably, and likely.");
        var marked = set.Match(tokens);

        Assert.Equal(0UL, set.BitOf(configured));
        Assert.Equal(["all but certain@3+3", "arguably@7+1", "likely@10+1"], marked.Matches(configured).Select(m => $"{m.Entry}@{m.Start}+{m.Length}"));
        Assert.Equal([3, 7, 10], Starts(marked, configured));
        Assert.Equal(1, marked.LongestMatchAt(configured, 7, out var entry));
        Assert.Equal("arguably", entry);
        Assert.Equal(["may@1+1", "likely@10+1"], marked.Matches(Hedges).Select(m => $"{m.Entry}@{m.Start}+{m.Length}"));
    }

    [Fact]
    public void A_set_compiled_from_configured_lexicons_matches_their_terms()
    {
        var configured = Hedges.With(["arguably"], ["likely"]);
        var set = new LexiconSet([configured, configured, Boosters]);
        var marked = set.Match(Tokenizer.Tokenize("Arguably it is likely, most likely."));

        Assert.Equal(2, set.Lexicons.Length);
        Assert.Equal(["arguably", "most likely"], marked.Matches(configured).Select(m => m.Entry));
    }

    [Fact]
    public void A_set_holds_at_most_sixty_four_lexicons()
    {
        var lexicons = Enumerable.Range(0, LexiconSet.Capacity + 1).Select(i => Lexicon.FromEntries($"l{i}", [$"w{i}"])).ToArray();

        Assert.Equal(1UL << 63, new LexiconSet(lexicons[..LexiconSet.Capacity]).BitOf(lexicons[63]));
        Assert.Throws<ArgumentException>(() => new LexiconSet(lexicons));
    }

    // perf59: the bits are kept in a table by the lexicons' identity: each lexicon of a full set gets its own place's bit,
    // and a lexicon outside it, equal in name and entries to one inside, gets none.
    [Fact]
    public void Each_lexicon_of_a_full_set_has_its_own_bit_and_a_copy_outside_it_none()
    {
        var lexicons = Enumerable.Range(0, LexiconSet.Capacity).Select(i => Lexicon.FromEntries($"l{i}", [$"w{i}"])).ToArray();
        var set = new LexiconSet(lexicons);

        Assert.Equal(Enumerable.Range(0, LexiconSet.Capacity).Select(i => 1UL << i), lexicons.Select(set.BitOf));
        Assert.All(lexicons.Select(l => Lexicon.FromEntries(l.Name, l.Entries)), copy => Assert.Equal(0UL, set.BitOf(copy)));
    }

    [Fact]
    public void A_document_keeps_one_marking_per_sentence_and_marks_again_for_another_set()
    {
        var document = DocLint.Core.Tests.Analysis.AnalyzedDocumentTests.Analyze("It may be most certainly so.");
        var sentence = document.Sentences.Single();
        var set = new LexiconSet([Hedges, Boosters]);
        var other = new LexiconSet([Boosters]);

        var first = SentenceLexicons.Of(document, sentence, set);
        var again = SentenceLexicons.Of(document, sentence, set);
        var forOther = SentenceLexicons.Of(document, sentence, other);

        Assert.Same(first, again);
        Assert.Same(other, forOther.Set);
        Assert.Equal(["most certainly@3+2"], forOther.Matches(Boosters).Select(m => $"{m.Entry}@{m.Start}+{m.Length}"));
        Assert.Equal(["may@1+1"], forOther.Matches(Hedges).Select(m => $"{m.Entry}@{m.Start}+{m.Length}"));
    }

    private static List<int> Starts(SentenceLexicons marked, Lexicon lexicon)
    {
        var starts = new List<int>();
        foreach (var start in marked.MarksOf(lexicon))
        {
            starts.Add(start);
        }

        return starts;
    }

    [Fact]
    public void Each_first_word_has_a_number_whose_mask_names_the_lexicons_it_starts_an_entry_of()
    {
        var set = new LexiconSet([Hedges, Boosters]);

        Assert.Null(set.Words[0]);
        Assert.Equal(0UL, set.Masks[0]);
        Assert.Equal(set.Words.Length, set.Masks.Length);
        for (var n = 1; n < set.Words.Length; n++)
        {
            Assert.Equal(set.Words[n]!.Mask, set.Masks[n]);
        }

        // "most" and "it's" start entries of both lexicons: theirs are the only masks with both bits.
        Assert.Equal(2, set.Masks.Count(m => m == (set.BitOf(Hedges) | set.BitOf(Boosters))));
        Assert.Equal(1 + Hedges.FirstWords.Union(Boosters.FirstWords).Count(), set.Words.Length);
    }
}
