using System.Collections.Immutable;
using DocLint.Documents;
using DocLint.Text;

namespace DocLint.Prose;

/// <summary>
/// Splits a block into sentences at '.', '!', '?' and ellipses (with any closing quotes and brackets)
/// when the next token can start a sentence. Abbreviations, initials and decimals are single tokens,
/// so their periods never split.
/// </summary>
internal static class SentenceSegmenter
{
    public static ImmutableArray<Sentence> Segment(ProseBlock block) => Segment(block, new TokenTextPool());

    /// <summary>Segments a block with its document's pool, so the document's tokens share their strings.</summary>
    internal static ImmutableArray<Sentence> Segment(ProseBlock block, TokenTextPool pool)
    {
        ArgumentNullException.ThrowIfNull(block);
        var buffer = new RentedBuffer<Token>(Tokenizer.BufferSize(block.Text));
        try
        {
            return Segment(block, pool, ref buffer);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>
    /// Segments a block, tokenizing into <paramref name="tokens"/> (emptied before it returns): a document passes one
    /// buffer for all its blocks, so the pool is asked once per document rather than once per paragraph.
    /// </summary>
    internal static ImmutableArray<Sentence> Segment(ProseBlock block, TokenTextPool pool, ref RentedBuffer<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(block);
        try
        {
            Tokenizer.Tokenize(block.Text, pool, ref tokens);
            return Segment(block, tokens.Items);
        }
        finally
        {
            tokens.Clear();
        }
    }

    private static ImmutableArray<Sentence> Segment(ProseBlock block, ReadOnlySpan<Token> tokens)
    {
        var quotations = QuotationFinder.Find(block.Text, tokens);
        // Collected in a rented buffer and copied once, exactly sized: a paragraph has a few sentences, and a builder
        // made an array of eight and then the copy.
        var sentences = new RentedBuffer<Sentence>(8);
        try
        {
            var firstQuotation = 0;
            var first = 0;
            for (var i = 0; i < tokens.Length; i++)
            {
                var last = EndOfSentence(block.Text, tokens, i);
                if (last < 0)
                {
                    continue;
                }

                sentences.Add(NewSentence(block, sentences.Count, tokens[first..(last + 1)], quotations, ref firstQuotation));
                first = last + 1;
                i = last;
            }

            if (first < tokens.Length)
            {
                sentences.Add(NewSentence(block, sentences.Count, tokens[first..], quotations, ref firstQuotation));
            }

            return sentences.ToImmutableArray();
        }
        finally
        {
            sentences.Dispose();
        }
    }

    private static Sentence NewSentence(ProseBlock block, int index, ReadOnlySpan<Token> tokens, ImmutableArray<TextSpan> quotations, ref int firstQuotation)
    {
        var span = TextSpan.FromBounds(tokens[0].Span.Start, tokens[^1].Span.End);
        // Quotations are sorted by start and sentences come in order: skip those that ended before this
        // sentence and stop at the first that starts after it, instead of testing every quotation per sentence.
        while (firstQuotation < quotations.Length && quotations[firstQuotation].End <= span.Start)
        {
            firstQuotation++;
        }

        ImmutableArray<TextSpan>.Builder? overlapping = null;
        for (var q = firstQuotation; q < quotations.Length && quotations[q].Start < span.End; q++)
        {
            if (quotations[q].OverlapsWith(span))
            {
                (overlapping ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(quotations[q]);
            }
        }

        return new Sentence(block, index, span, tokens.ToImmutableArray(), overlapping?.ToImmutable() ?? []);
    }

    /// <summary>The index of the sentence's last token when token <paramref name="i"/> ends it; otherwise -1.</summary>
    private static int EndOfSentence(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        var isTerminal = token.Kind == TokenKind.Punctuation && token.Text is "." or "!" or "?" or "..." or "\u2026";
        var isAmbiguousAbbreviation = token.Kind == TokenKind.Abbreviation && IsAmbiguous(token.Text);
        if (!isTerminal && !isAmbiguousAbbreviation)
        {
            return -1;
        }

        var last = i;
        while (last + 1 < tokens.Length && IsCloser(text, tokens[last + 1]))
        {
            last++;
        }

        while (last + 1 < tokens.Length && tokens[last + 1].Text is "." or "!" or "?")
        {
            last++;
        }

        if (last + 1 >= tokens.Length)
        {
            return last;
        }

        var next = tokens[last + 1];
        var glued = next.Span.Start == tokens[last].Span.End;
        if (isAmbiguousAbbreviation)
        {
            return !glued && next.IsWord && next.IsCapitalized && Abbreviations.SentenceStarters.Contains(next.Text) ? last : -1;
        }

        if (glued)
        {
            // Scraped text glues sentences ("ended.Next"); a lower-case word before and a capitalised word after.
            return token.Text == "." && i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Text.Length > 2
                && char.IsLower(tokens[i - 1].Text[^1]) && next.IsWord && next.IsCapitalized && next.Text.Length > 1
                ? last
                : -1;
        }

        return CanStartSentence(next) ? last : -1;
    }

    private static bool IsAmbiguous(string abbreviation)
    {
        var bare = abbreviation.TrimEnd('.');
        return Abbreviations.CanEndSentence.Contains(bare) || (bare.Contains('.', StringComparison.Ordinal) && bare.Length >= 3);
    }

    // A straight mark closes when a space, the block's end or another closing mark follows it: a quotation inside a
    // quotation ends both at once ("…Purple.'” Gayle", "…subject?'" Trump", "…Hanukkah.") But").
    private static bool IsCloser(string text, Token token) =>
        token.Text is ")" or "]" or "\u201D" or "\u2019" or "\u00BB"
        || (token.Text is "\"" or "'" && (token.Span.End >= text.Length || char.IsWhiteSpace(text[token.Span.End])
            || text[token.Span.End] is '"' or '\u201D' or ')' or ']'));

    private static bool CanStartSentence(Token next) =>
        next.Kind switch
        {
            TokenKind.Word or TokenKind.Abbreviation => char.IsUpper(next.Text[0]),
            TokenKind.Number or TokenKind.NumberWithSuffix or TokenKind.Quote or TokenKind.Symbol or TokenKind.Placeholder or TokenKind.Url => true,
            // Any run of hyphens: a hyphen or a typed dash opens a line's item or aside, and a longer run ("----------")
            // is a separator line; the tokenizer keeps a run whole, so "-" alone no longer stands for the longer runs.
            TokenKind.Punctuation => next.Text is "(" or "[" or "*" or ['-', ..] || Dashes.IsEmDash(next.Text),
            _ => false,
        };
}
