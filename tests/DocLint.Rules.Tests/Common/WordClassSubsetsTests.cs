using DocLint.Rules.Common;

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

    private static WordClass Class(params string[] words) => WordClass.Parse(string.Join('\n', words));
}
