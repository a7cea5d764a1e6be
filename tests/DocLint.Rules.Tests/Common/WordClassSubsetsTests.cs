using DocLint.Lexicons;
using DocLint.Rules.Common;
using DocLint.Rules.Tests.Conformance;

namespace DocLint.Rules.Tests.Common;

/// <summary>
/// A class chosen from another is declared a subset where the classes load (mend41): class-quoted-source-roles keeps
/// sources54's eleven heads, all of them class-group-nouns', and a word outside the larger list fails the load.
/// </summary>
public sealed class WordClassSubsetsTests
{
    [Fact]
    public void Quoted_source_roles_are_the_eleven_measured_heads_of_the_group_nouns()
    {
        Assert.Equal(
            ["analysts", "diplomats", "economists", "experts", "historians", "insiders", "officials", "researchers", "scholars", "scientists", "strategists"],
            WordClasses.QuotedSourceRoles.Order(StringComparer.Ordinal));
        Assert.True(WordClasses.QuotedSourceRoles.IsSubsetOf(WordClasses.GroupNouns));
    }

    [Fact]
    public void A_subset_with_a_word_outside_its_superset_fails_the_load_and_names_the_word()
    {
        var superset = Class("officials", "experts");

        Assert.Same(WordClasses.GroupNouns, WordClasses.SubsetOf(WordClasses.GroupNouns, "big", WordClasses.GroupNouns, "same"));
        var error = Assert.Throws<InvalidOperationException>(() => WordClasses.SubsetOf(superset, "big", Class("experts", "pundits"), "small"));
        Assert.Equal("small must be a subset of big; not in it: pundits", error.Message);
    }

    // mend42: every list declared a subset where the classes load, with the class each file loads into. A row fails when
    // the subset file holds a word its superset file lacks (read from rules/lexicons, so a drift in either file shows here
    // before the load refuses it), or when the loaded classes are no longer subset and superset.
    private static readonly Dictionary<string, WordClass> Declared = new(StringComparer.Ordinal)
    {
        ["class-quoted-source-roles"] = WordClasses.QuotedSourceRoles,
        ["class-group-nouns"] = WordClasses.GroupNouns,
        ["class-counts-three-to-nine"] = WordClasses.CountsThreeToNine,
        ["class-counts-two-to-nine"] = WordClasses.CountsTwoToNine,
        ["class-duration-units"] = WordClasses.DurationUnits,
        ["class-time-units"] = WordClasses.TimeUnits,
        ["class-scale-suffixes"] = WordClasses.ScaleSuffixes,
        ["class-scale-words"] = WordClasses.ScaleWords,
        ["class-duration-approximators"] = WordClasses.DurationApproximators,
        ["class-approximators"] = WordClasses.Approximators,
    };

    public static TheoryData<string, string> DeclaredSubsets { get; } = new()
    {
        { "class-quoted-source-roles", "class-group-nouns" },
        { "class-counts-three-to-nine", "class-counts-two-to-nine" },
        { "class-duration-units", "class-time-units" },
        { "class-scale-suffixes", "class-scale-words" },
        { "class-duration-approximators", "class-approximators" },
    };

    [Theory]
    [MemberData(nameof(DeclaredSubsets))]
    public void A_declared_subset_list_stays_inside_its_superset(string subset, string superset)
    {
        var small = Read(subset);
        var big = Read(superset);

        Assert.Empty(small.Except(big, StringComparer.OrdinalIgnoreCase));
        Assert.True(small.Count < big.Count, $"{subset} is declared a part of {superset}, not all of it");
        Assert.Equal(small.Order(StringComparer.Ordinal), Declared[subset].Order(StringComparer.Ordinal));
        Assert.True(Declared[subset].IsSubsetOf(Declared[superset]));
    }

    private static List<string> Read(string list) =>
        Lexicon.ParseEntries(File.ReadAllText(Path.Combine(RepositoryPaths.RulesDirectory, "lexicons", list + ".txt"))).ToList();

    private static WordClass Class(params string[] words) => WordClass.Parse(string.Join('\n', words));
}
