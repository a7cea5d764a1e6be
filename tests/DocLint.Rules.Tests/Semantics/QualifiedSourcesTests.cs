using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

/// <summary>
/// The qualified-source scans read on only at a head or the word before one (perf33): a source at the sentence's first
/// token, one after another, and one at the end must each still be found, and nothing where no head stands.
/// </summary>
public sealed class QualifiedSourcesTests
{
    [Theory]
    [InlineData("Officials familiar with the plans declined.", "0-3")]
    [InlineData("The sources familiar with the talks said so.", "0-4")]
    [InlineData("People close to him and a person familiar with it spoke.", "0-3 5-9")]
    [InlineData("It cited a person familiar with the matter.", "2-6")]
    // sources71: a count or quantifier before the head is the source's.
    [InlineData("It cited two people familiar with the matter.", "2-6")]
    [InlineData("It cited several sources close to him.", "2-6")]
    [InlineData("It cited 2 sources close to him.", "2-6")]
    [InlineData("It cited records of people familiar with the matter.", "4-7")]
    [InlineData("It was familiar with the matter, officials said.", "")]
    [InlineData("Officials said so.", "")]
    public void Finds_each_qualified_source(string text, string expected)
    {
        var tokens = SemanticsFixture.Of(text).Sentence.Tokens.AsSpan();
        var matches = QualifiedSources.Matches(tokens) ?? [];

        Assert.Equal(expected, string.Join(" ", matches.Select(m => $"{m.Start}-{m.Start + m.Length}")));
        Assert.Equal(expected.Length > 0, QualifiedSources.Occur(tokens));
    }
}
