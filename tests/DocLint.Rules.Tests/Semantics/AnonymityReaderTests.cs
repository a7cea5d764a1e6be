using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

public sealed class AnonymityReaderTests
{
    [Theory]
    [InlineData("An official, who spoke on condition of anonymity, said the talks failed.", true)]
    [InlineData("An official who was Not Authorized To speak said the talks failed.", true)]
    [InlineData("A diplomat, who declined to be named, said the talks failed.", true)]
    [InlineData("A diplomat, who asked not to be named, said the talks failed.", true)]
    [InlineData("The diplomat was named ambassador and said the talks failed.", false)]
    [InlineData("Jane Doe, a diplomat, said the talks failed.", false)]
    public void Reads_whether_the_source_is_kept_anonymous(string text, bool expected) =>
        Assert.Equal(expected, AnonymityReader.IsAnonymous(SemanticsFixture.Of(text).Sentence));
}
