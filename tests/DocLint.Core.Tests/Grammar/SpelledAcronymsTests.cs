using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;

namespace DocLint.Core.Tests.Grammar;

/// <summary>
/// The acronyms that stand as names ("according to WHO") are found in one pass per sentence (mend46); each token
/// asked scanned the sentence before. The pass must find exactly the tokens the per-token test took.
/// </summary>
public sealed class SpelledAcronymsTests
{
    [Theory]
    [InlineData("The virus has killed 5,000 people, according to WHO.", new[] { 9 })]
    [InlineData("The WHO and IT departments agreed.", new[] { 1, 3 })]
    [InlineData("IT staff said the outage was over.", new[] { 0 })]
    // Shouting: beside another word in capitals, or in a sentence with no lower-case word, it is the word.
    [InlineData("WHO KNEW? The virus spread.", new int[0])]
    [InlineData("WHAT IT MEANS:", new int[0])]
    [InlineData("WHO.", new int[0])]
    [InlineData("who said it was the Who?", new int[0])]
    public void Finds_the_acronyms_that_stand_as_names(string text, int[] expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        var names = SpelledAcronyms.In(tokens);

        Assert.Equal(expected, Enumerable.Range(0, tokens.Length).Where(names.Contains));
    }

    [Theory]
    [InlineData("The virus has killed 5,000 people, according to WHO.")]
    [InlineData("WHO and IT and the WHO, IT IS, WHO KNEW? IT-led U.S. WHO COVID-19 IT.")]
    [InlineData("\"WHO\" (IT) -- WHO: it WHO")]
    [InlineData("IT WHO")]
    public void Finds_what_the_per_token_test_found(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var names = SpelledAcronyms.In(tokens);

        Assert.All(Enumerable.Range(0, tokens.Length), i => Assert.Equal(ReferenceIsAt(tokens, i), names.Contains(i)));
    }

    // A word class asks a plural's singular as characters in place (mend47: "ITS" as "IT"); the answer is the string's.
    [Theory]
    [InlineData("IT", true)]
    [InlineData("WHO", true)]
    [InlineData("ITS", false)]
    [InlineData("it", false)]
    [InlineData("Who", false)]
    [InlineData("I", false)]
    [InlineData("", false)]
    public void Reads_characters_in_place_as_it_reads_a_string(string text, bool expected)
    {
        Assert.Equal(expected, SpelledAcronyms.IsSpelled(text));
        Assert.Equal(expected, SpelledAcronyms.IsSpelled(("(" + text + "S)").AsSpan(1, text.Length)));
    }

    // The per-token test as it was before mend46 (names42): the token, its neighbours, and a scan of the sentence.
    private static bool ReferenceIsAt(ImmutableArray<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Word && SpelledAcronyms.IsSpelled(tokens[i].Text)
        && !IsShouted(tokens, i - 1) && !IsShouted(tokens, i + 1)
        && tokens.Any(t => t.Kind == TokenKind.Word && t.Text.Length > 0 && char.IsLower(t.Text[0]));

    private static bool IsShouted(ImmutableArray<Token> tokens, int i) =>
        (uint)i < (uint)tokens.Length && tokens[i].Kind == TokenKind.Word && tokens[i].Text.Length >= 2 && tokens[i].Text.All(char.IsUpper);
}
