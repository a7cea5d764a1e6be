using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

public sealed class AnonymityReaderTests
{
    [Theory]
    [InlineData("An official, who spoke on condition of anonymity, said the talks failed.", true)]
    [InlineData("An official who was Not Authorized To speak said the talks failed.", true)]
    [InlineData("A diplomat, who declined to be named, said the talks failed.", true)]
    [InlineData("A diplomat, who asked not to be named, said the talks failed.", true)]
    // sources65: the requests the gold labels as anonymity (fresh38, fresh44, tune27, tune38, tune66, tune70, fresh19).
    [InlineData("A diplomat, who declined to be identified, said the talks failed.", true)]
    [InlineData("A diplomat, who asked not to be identified because of the talks, said they failed.", true)]
    [InlineData("Two officials, speaking anonymously, said the talks failed.", true)]
    [InlineData("An aide who spoke anonymously said the talks failed.", true)]
    [InlineData("One official, who declined to speak on the record, said the talks failed.", true)]
    [InlineData("The victim has not been identified, police said.", false)]
    [InlineData("The video was posted anonymously and an official said it was real.", false)]
    [InlineData("The diplomat was named ambassador and said the talks failed.", false)]
    [InlineData("Jane Doe, a diplomat, said the talks failed.", false)]
    public void Reads_whether_the_source_is_kept_anonymous(string text, bool expected) =>
        Assert.Equal(expected, AnonymityReader.IsAnonymous(SemanticsFixture.Of(text).Sentence));
}
