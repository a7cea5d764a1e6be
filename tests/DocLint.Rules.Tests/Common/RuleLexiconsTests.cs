using DocLint.Configuration;
using DocLint.Lexicons;
using DocLint.Rules.Common;
using DocLint.Rules.Tests.Conformance;

namespace DocLint.Rules.Tests.Common;

/// <summary>
/// The genre hedge lexicons are built from the lists' entries alone (perf44); before, each step of the chain (hedges,
/// then the learned cues, then the genre's list) was a lexicon of its own that the next extended. Each genre's lexicon
/// must hold the entries, in the order and under the name, that chain gave.
/// </summary>
public sealed class RuleLexiconsTests
{
    [Theory]
    [InlineData(Genres.News, "hedges-news")]
    [InlineData(Genres.Research, "hedges-research")]
    [InlineData(Genres.Reference, "hedges-reference")]
    [InlineData(null, "hedges-news")]
    public void A_genres_hedges_are_the_lists_chained_as_lexicons(string? genre, string genreList)
    {
        var hedges = Lexicon.Parse("hedges", Read("hedges"));
        var learned = Lexicon.FromEntries(hedges.Name, hedges.Entries.Concat(Lexicon.ParseEntries(Read("hedges-learned"))));
        var expected = Lexicon.FromEntries(learned.Name, learned.Entries.Concat(Lexicon.ParseEntries(Read(genreList))));

        var actual = RuleLexicons.HedgesFor(genre);

        Assert.Equal(expected.Name, actual.Name);
        // ToArray: an ImmutableArray equals another only when both wrap the same array.
        Assert.Equal(expected.Entries.ToArray(), actual.Entries.ToArray());
        Assert.Equal(learned.Entries.ToArray(), RuleLexicons.HedgesWithLearnedEntries.ToArray());
        Assert.Equal(learned.Entries.ToArray(), RuleLexicons.HedgesWithLearned.Entries.ToArray());
    }

    private static string Read(string list) =>
        EmbeddedText.Decode(File.ReadAllBytes(Path.Combine(RepositoryPaths.RulesDirectory, "lexicons", list + ".txt")));
}
