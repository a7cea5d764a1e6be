using DocLint.Rules.Semantics;

namespace DocLint.Rules.Tests.Semantics;

public sealed class OpenerCasingTests
{
    // A capitalised opener is a name when the document also writes it capitalised inside a sentence and never in lower
    // case, or when it is an acronym; the document's casing is read once, whatever sentence asks.
    [Theory]
    [InlineData("Gallup polls show a rise. The numbers come from Gallup.", "Gallup", true)]
    [InlineData("EPA data shows a rise. It is new.", "EPA", true)]
    [InlineData("New study finds a rise. It is new.", "New", false)]
    [InlineData("Public records show a rise. The public wants more.", "Public", false)]
    [InlineData("Gallup polls show a rise. It is new.", "Gallup", false)]
    [InlineData("Opinion polls show a rise. He gave his Opinion, then his opinion again.", "Opinion", false)]
    public void Reads_a_capitalised_opener_as_a_name_from_the_documents_casing(string text, string word, bool isName)
    {
        var document = SemanticsFixture.Of(text).Document;
        Assert.Equal(isName, OpenerCasing.Of(document).IsName(word));
    }

    // The first few words asked about are each found by a scan of the document and the rest by its whole casing, read
    // once: a long document asked about many openers gets the same answers either way, in any case of the word.
    [Fact]
    public void Answers_the_same_past_the_words_scanned_alone()
    {
        var document = SemanticsFixture.Of(
            "Gallup polls show a rise. Pew surveys agree. Reuters reported it. Lawmakers said so. Critics disagree. "
            + "Officials said more. Analysts expect a fall. Residents worry. Voters care. Experts said no. "
            + "The numbers come from Gallup and Pew and Reuters. Some experts and residents, and many voters, agree.").Document;
        var casing = OpenerCasing.Of(document);
        string[] names = ["Gallup", "Pew", "Reuters", "GALLUP", "reuters"];
        string[] others = ["Lawmakers", "Critics", "Officials", "Analysts", "Residents", "Voters", "Experts", "The", "Some"];

        foreach (var word in names.Concat(others).Concat(names).Concat(others))
        {
            Assert.Equal(names.Contains(word), casing.IsName(word));
        }
    }
}
