using System.Collections.Immutable;
using System.Globalization;
using DocLint.Text;

namespace DocLint.Prose;

/// <summary>Splits prose into words, numbers, punctuation, quotes, symbols and URLs, each with its span.</summary>
internal static class Tokenizer
{
    public static ImmutableArray<Token> Tokenize(string text) => Tokenize(text, new TokenTextPool());

    /// <summary>Tokenizes with a document's pool, so equal token texts across its blocks share one string.</summary>
    internal static ImmutableArray<Token> Tokenize(string text, TokenTextPool pool)
    {
        ArgumentNullException.ThrowIfNull(text);
        return RentedBuffer<Token>.Collect(BufferSize(text), (Text: text, Pool: pool), static (s, ref tokens) => Tokenize(s.Text, s.Pool, ref tokens));
    }

    /// <summary>Tokenizes into a rented buffer: the segmenter copies each sentence's tokens out of it, so the block's
    /// own token array would only be garbage (and its growth by doubling more of it).</summary>
    internal static void Tokenize(string text, TokenTextPool pool, ref RentedBuffer<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pool);
        Span<char> fold = stackalloc char[MaxFoldedLength];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            // Only "http…" and "www." start a URL: other tokens skip its three prefix comparisons.
            var end = c is 'h' or 'H' or 'w' or 'W' ? ScanUrl(text, i) : i;
            var kind = TokenKind.Url;
            if (end == i)
            {
                (end, kind) = ScanToken(text, i);
            }

            var key = WordKey(text.AsSpan(i, end - i), kind, fold);
            tokens.Add(new Token(kind, pool.Get(key), TextSpan.FromBounds(i, end), end - i - key.Length));
            i = end;
        }
    }

    // Longer words with a typographic apostrophe are folded on the heap; no real word comes near this.
    private const int MaxFoldedLength = 64;

    /// <summary>
    /// A token's text as every reader keys it: a word's typographic apostrophe ("it\u2019s", "don\u2019t", "Trump\u2019s")
    /// made straight, the one place it is folded, so that no word list, lexicon or comparison needs curly twins and curly
    /// and straight text read alike. A lone \u2019 stays as written: it is a closing quotation mark, not an apostrophe.
    /// A word's soft hyphens (U+00AD, a page's hyphenation hints: "per\u00ADcent", "re\u00ADsearch") are taken out here
    /// too, so that every word list still matches the word; the token's span keeps covering them.
    /// </summary>
    private static ReadOnlySpan<char> WordKey(ReadOnlySpan<char> text, TokenKind kind, Span<char> buffer)
    {
        if (kind == TokenKind.Quote || text.IndexOfAny('\u2019', '\u00AD') < 0)
        {
            return text;
        }

        var folded = text.Length <= buffer.Length ? buffer[..text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (c != '\u00AD')
            {
                folded[length++] = c == '\u2019' ? '\'' : c;
            }
        }

        return folded[..length];
    }

    /// <summary>A token buffer's first size for the text: news prose has about one token per five characters.</summary>
    internal static int BufferSize(string text) => BufferSize(text.Length);

    /// <summary>A token buffer's first size for <paramref name="characters"/> of text.</summary>
    internal static int BufferSize(int characters) => (characters / 4) + 16;

    private static (int End, TokenKind Kind) ScanToken(string text, int i)
    {
        var c = text[i];
        if (c == '\uFFFC')
        {
            return (i + 1, TokenKind.Placeholder);
        }

        if (char.IsDigit(c))
        {
            return ScanNumber(text, i);
        }

        if (char.IsLetter(c))
        {
            return ScanWord(text, i);
        }

        if (IsQuote(c))
        {
            return (i + 1, TokenKind.Quote);
        }

        if (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.')
        {
            return (i + 3, TokenKind.Punctuation);
        }

        // A run of hyphens is one mark: "--" and "---" are the typewriter's dash (wire copy and transcripts type it),
        // and a reader asking whether a dash pair encloses an aside must see one token, as it sees one "\u2014".
        if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
        {
            var end = i + 2;
            while (end < text.Length && text[end] == '-')
            {
                end++;
            }

            return (end, TokenKind.Punctuation);
        }

        if (char.IsSurrogate(c) && i + 1 < text.Length)
        {
            return (i + 2, TokenKind.Symbol);
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.CurrencySymbol or UnicodeCategory.MathSymbol or UnicodeCategory.OtherSymbol
            || c is '%' or '#' or '@' or '&' or '*'
            ? (i + 1, TokenKind.Symbol)
            : (i + 1, TokenKind.Punctuation);
    }

    private static (int End, TokenKind Kind) ScanNumber(string text, int i)
    {
        var end = i;
        while (end < text.Length && char.IsDigit(text[end]))
        {
            end++;
        }

        // Separators and decimals belong to the number only when a digit follows ("12,400", "2.5").
        while (end + 1 < text.Length && (text[end] is ',' or '.') && char.IsDigit(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsDigit(text[end]))
            {
                end++;
            }
        }

        if (end < text.Length && char.IsLetter(text[end]))
        {
            var wordEnd = ScanWord(text, end).End;
            return (wordEnd, TokenKind.NumberWithSuffix);
        }

        return (end, TokenKind.Number);
    }

    private static (int End, TokenKind Kind) ScanWord(string text, int i)
    {
        var end = i;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsLetterOrDigit(c) || c == '\u00AD')
            {
                end++;
            }
            else if (IsInnerJoiner(c) && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]) && end > i)
            {
                end++;
            }
            else
            {
                break;
            }
        }

        // "U.S.", "e.g.", "Mr.", "J." keep their periods; a known abbreviation or a lone initial.
        if (end < text.Length && text[end] == '.')
        {
            var dotted = ScanDottedAbbreviation(text, i);
            if (dotted > end + 1)
            {
                return (dotted, TokenKind.Abbreviation);
            }

            var word = text.AsSpan(i, end - i);
            if (Abbreviations.BeforeNumbersBySpan.Contains(word))
            {
                var after = end + 1;
                while (after < text.Length && text[after] == ' ')
                {
                    after++;
                }

                return after < text.Length && char.IsDigit(text[after]) ? (end + 1, TokenKind.Abbreviation) : (end, TokenKind.Word);
            }

            if (Abbreviations.KnownBySpan.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])))
            {
                return (end + 1, TokenKind.Abbreviation);
            }
        }

        return (end, TokenKind.Word);
    }

    // Single letters separated by periods: "U.S.", "e.g.", "a.m.", "U.S.C.".
    private static int ScanDottedAbbreviation(string text, int i)
    {
        var end = i;
        var letters = 0;
        while (end + 1 < text.Length && char.IsLetter(text[end]) && text[end + 1] == '.')
        {
            letters++;
            end += 2;
            if (end < text.Length && char.IsLetter(text[end]) && (end + 1 >= text.Length || text[end + 1] != '.'))
            {
                return i;
            }
        }

        return letters >= 2 ? end : i;
    }

    private static bool IsInnerJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2011' or '&';

    private static int ScanUrl(string text, int i)
    {
        var rest = text.AsSpan(i);
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
        {
            return i;
        }

        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && !IsQuote(text[end]) && text[end] is not '<' and not '>')
        {
            end++;
        }

        // Trailing punctuation belongs to the sentence, not the URL.
        while (end > i && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']')
        {
            end--;
        }

        return end;
    }

    public static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u2018' or '\u2019' or '\'' or '\u201A';
}
