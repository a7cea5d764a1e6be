using DocLint.Prose;

namespace DocLint.Core.Tests.Prose;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("12,400", "Number 12,400")]
    [InlineData("2.5", "Number 2.5")]
    [InlineData("$2.5bn", "Symbol $|NumberWithSuffix 2.5bn")]
    [InlineData("37%", "Number 37|Symbol %")]
    [InlineData("COVID-19", "Word COVID-19")]
    [InlineData("don't", "Word don't")]
    // A word's typographic apostrophe is folded where the token is made, a lone one (a closing quotation mark) is not.
    [InlineData("Let\u2019s say it\u2019s", "Word Let's|Word say|Word it's")]
    [InlineData("Trump\u2019s \u2018plan.\u2019", "Word Trump's|Quote \u2018|Word plan|Punctuation .|Quote \u2019")]
    [InlineData("O\u2019Neill\u2019s", "Word O'Neill's")]
    // A word's soft hyphens (a page's hyphenation hints) are taken out of its text, and the word is not split.
    [InlineData("re\u00ADsearch shows 53 per\u00ADcent", "Word research|Word shows|Number 53|Word percent")]
    [InlineData("Trump\u2019s con\u00ADtends", "Word Trump's|Word contends")]
    [InlineData("U.S.", "Abbreviation U.S.")]
    [InlineData("e.g.", "Abbreviation e.g.")]
    [InlineData("4th", "NumberWithSuffix 4th")]
    [InlineData("“Yes,”", "Quote “|Word Yes|Punctuation ,|Quote ”")]
    [InlineData("https://example.org/a-37.", "Url https://example.org/a-37|Punctuation .")]
    [InlineData("well-known", "Word well-known")]
    [InlineData("in 2019.", "Word in|Number 2019|Punctuation .")]
    [InlineData("56-38", "Number 56|Punctuation -|Number 38")]
    // dash32: a run of hyphens is one mark, the typed dash ("--", "---"), glued to its words or not; one hyphen stays one.
    [InlineData("law -- which", "Word law|Punctuation --|Word which")]
    [InlineData("a--b", "Word a|Punctuation --|Word b")]
    [InlineData("law --- which", "Word law|Punctuation ---|Word which")]
    [InlineData("-- Yes", "Punctuation --|Word Yes")]
    [InlineData("minus -5", "Word minus|Punctuation -|Number 5")]
    public void Tokens_have_the_expected_kinds(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(expected, string.Join('|', tokens.Select(t => $"{t.Kind} {t.Text}")));
    }

    [Fact]
    public void Token_spans_are_exact()
    {
        var tokens = Tokenizer.Tokenize("  about 70 percent");

        Assert.Equal([(2, 5), (8, 2), (11, 7)], tokens.Select(t => (t.Span.Start, t.Span.Length)));
    }

    [Theory]
    // A typed dash's span is its hyphens, whatever touches them: a line's start, a word on either side.
    [InlineData("a--b", "a 0 1|-- 1 2|b 3 1")]
    [InlineData("x\n-- He", "x 0 1|-- 2 2|He 5 2")]
    [InlineData("it---now", "it 0 2|--- 2 3|now 5 3")]
    public void A_typed_dash_is_one_token_over_its_hyphens(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(expected, string.Join('|', tokens.Select(t => $"{t.Text} {t.Span.Start} {t.Span.Length}")));
    }

    [Fact]
    public void A_span_covers_the_soft_hyphens_its_text_leaves_out()
    {
        var tokens = Tokenizer.Tokenize("53 per\u00ADcent ap\u00ADpar\u00ADent\u00ADly");

        Assert.Equal([("53", 0, 2), ("percent", 3, 8), ("apparently", 12, 13)], tokens.Select(t => (t.Text, t.Span.Start, t.Span.Length)));
    }

    [Fact]
    public void Text_denser_in_tokens_than_the_first_buffer_keeps_every_token()
    {
        // One token per character: four times what the rented buffer is first sized for, so it grows twice.
        var text = new string(',', 300);

        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(300, tokens.Length);
        Assert.All(tokens.Select((t, i) => (t, i)), p => Assert.Equal((TokenKind.Punctuation, ",", p.i), (p.t.Kind, p.t.Text, p.t.Span.Start)));
    }

    [Fact]
    public void A_token_keeps_its_span_from_its_start_and_text_and_refuses_a_span_of_another_length()
    {
        var token = new Token(TokenKind.Word, "vote", new DocLint.Text.TextSpan(4, 4));

        Assert.Equal(new DocLint.Text.TextSpan(4, 4), token.Span);
        Assert.Equal(new Token(TokenKind.Word, "vote", new DocLint.Text.TextSpan(4, 4)), token);
        Assert.NotEqual(new Token(TokenKind.Word, "vote", new DocLint.Text.TextSpan(5, 4)), token);
        Assert.Throws<ArgumentException>(() => new Token(TokenKind.Word, "vote", new DocLint.Text.TextSpan(4, 5)));
        Assert.Equal(new DocLint.Text.TextSpan(4, 5), new Token(TokenKind.Word, "vote", new DocLint.Text.TextSpan(4, 5), folded: 1).Span);
        Assert.Throws<ArgumentException>(() => new Token(TokenKind.Word, "vote", new DocLint.Text.TextSpan(4, 5), folded: 2));
    }
}
