using DocLint.Rules.Common;
using DocLint.Rules.Tests.Semantics;

namespace DocLint.Rules.Tests.Common;

/// <summary>The one clause-break reading, with and without its colon edge: the tokens a new clause starts at.</summary>
public sealed class ClauseBreakReaderTests
{
    [Theory]
    [InlineData("Two were hurt; police said so.", "3:;", "3:;")]
    [InlineData("Two were hurt: police said so.", "3::", "")]
    [InlineData("Two were hurt, but police said so.", "3:,", "3:,")]
    [InlineData("Prices rose, although wages fell; rents rose.", "2:, 6:;", "2:, 6:;")]
    [InlineData("He said the plan works, but that it costs more.", "", "")]
    [InlineData("He said the plan works, and it costs more.", "", "")]
    [InlineData("Experts declare that \u201cit is the worst,\u201d but it is clear.", "8:,", "8:,")]
    [InlineData("Experts declare that \u201cit is the worst,\u201d but that it is clear.", "", "")]
    public void Finds_where_a_new_clause_starts(string text, string withColon, string withoutColon)
    {
        var tokens = SemanticsFixture.Of(text).Sentence.Tokens;

        string Breaks(bool colonBreaks) => string.Join(" ", Enumerable.Range(0, tokens.Length)
            .Where(i => ClauseBreakReader.IsBreakAt(tokens, i, colonBreaks))
            .Select(i => $"{i}:{tokens[i].Text}"));

        Assert.Equal(withColon, Breaks(colonBreaks: true));
        Assert.Equal(withoutColon, Breaks(colonBreaks: false));
    }

    [Theory]
    [InlineData(0, 3, false)]
    [InlineData(0, 4, true)]
    [InlineData(4, 8, false)]
    public void Finds_a_break_only_inside_the_range(int from, int to, bool expected)
    {
        // "Two were hurt ; police said so ." : the ";" is token 3.
        var tokens = SemanticsFixture.Of("Two were hurt; police said so.").Sentence.Tokens;

        Assert.Equal(expected, ClauseBreakReader.HasBreakBetween(tokens, from, to, colonBreaks: false));
    }
}
