using DocLint.Rules.Common;
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

    // perf54: the markers are searched for all at once; the answer stays each marker's ordinal ignore-case search of
    // the text, in capitals, inside a longer word, beside non-ASCII letters and marks, and where none is whole.
    [Theory]
    [InlineData("\u201cWe\u2019re done,\u201d said an official who spoke on condition of ANONYMITY.")]
    [InlineData("An official granted anonymity-protections said the talks failed.")]
    [InlineData("A diplomat, who a\u017Fked not to be named, said the talks failed.")]
    [InlineData("A diplomat, who declined to be \u0130dentified, said the talks failed.")]
    [InlineData("A diplomat, who declined to be \u0131dentified, said the talks failed.")]
    [InlineData("A diplomat, who a\u212Aed not to be named, said the talks failed.")]
    [InlineData("A diplomat, who asked not to be name-checked, said the talks failed.")]
    [InlineData("\u00c9lodie Dupont, caf\u00e9 owner, said the talks failed anonymit.")]
    public void Answers_as_each_markers_own_ordinal_ignore_case_search(string text)
    {
        var sentence = SemanticsFixture.Of(text).Sentence;
        var expected = WordClasses.AnonymityMarkers.Any(marker => sentence.AsSpan().Contains(marker, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(expected, AnonymityReader.IsAnonymous(sentence));
    }
}
