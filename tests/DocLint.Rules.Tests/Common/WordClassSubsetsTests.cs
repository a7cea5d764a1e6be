using DocLint.Lexicons;
using DocLint.Rules.Common;
using DocLint.Rules.Tests.Conformance;

namespace DocLint.Rules.Tests.Common;

/// <summary>
/// A class chosen from another is declared a subset where the classes load (mend41, mend42; one table,
/// WordClasses.DeclaredSubsets, since mend43): class-quoted-source-roles keeps sources54's eleven heads, all of them
/// class-group-nouns', and a word outside the larger list fails the load.
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

    // Every relation WordClasses declares (mend43: read from its table, so a relation added or dropped there is a row
    // here). A row fails when the subset file holds a word its superset file lacks (read from rules/lexicons, so a drift in
    // either file shows here before the load refuses it), when a named file is not the class the row holds, or when the
    // loaded classes are no longer subset and superset.
    public static TheoryData<string> DeclaredSubsets { get; } = [.. WordClasses.DeclaredSubsets.Select(declared => declared.Name)];

    [Theory]
    [MemberData(nameof(DeclaredSubsets))]
    public void A_declared_subset_list_stays_inside_its_superset(string subset)
    {
        var declared = WordClasses.DeclaredSubsets.Single(row => row.Name == subset);
        var small = Read(declared.Name);
        var big = Read(declared.SupersetName);

        Assert.Empty(small.Except(big, StringComparer.OrdinalIgnoreCase));
        Assert.True(small.Count < big.Count, $"{declared.Name} is declared a part of {declared.SupersetName}, not all of it");
        Assert.Equal(small.Order(StringComparer.Ordinal), declared.Words.Order(StringComparer.Ordinal));
        Assert.Equal(big.Order(StringComparer.Ordinal), declared.Superset.Order(StringComparer.Ordinal));
        Assert.True(declared.Words.IsSubsetOf(declared.Superset));
    }

    private static List<string> Read(string list) =>
        Lexicon.ParseEntries(File.ReadAllText(Path.Combine(RepositoryPaths.RulesDirectory, "lexicons", list + ".txt"))).ToList();

    private static WordClass Class(params string[] words) => WordClass.Parse(string.Join('\n', words));
}
