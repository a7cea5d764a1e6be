using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Tests.Common;

/// <summary>
/// An acronym in capitals that spells a function word ("WHO", "IT") is no word to the readers' literal tests: its
/// lowered form is absent (null, mend46; an empty string stood for it), so no pattern matches it.
/// </summary>
public sealed class FunctionWordsTests
{
    [Theory]
    [InlineData("who", "who")]
    [InlineData("Who", "who")]
    [InlineData("And", "and")]
    [InlineData("WHO", null)]
    [InlineData("IT", null)]
    public void Lowers_a_word_and_gives_no_word_for_a_spelled_acronym(string text, string? lowered) =>
        Assert.Equal(lowered, FunctionWords.Lower(Tokenizer.Tokenize(text)[0]));

    [Theory]
    [InlineData("who", true)]
    [InlineData("Who", true)]
    [InlineData("WHO", false)]
    public void Is_the_word_unless_it_is_the_acronym(string text, bool expected) =>
        Assert.Equal(expected, FunctionWords.Is(Tokenizer.Tokenize(text)[0], "who"));
}
