using System.Collections.Immutable;
using DocLint.Text;

namespace DocLint.Prose;

/// <summary>
/// Finds direct quotations in a block: curly pairs, straight double quotes by alternation, and single
/// curly quotes that open after a space (an apostrophe never does). An unclosed quotation runs to the
/// block's end, as a quotation that continues into the next paragraph does. A closing mark before any opening one
/// ends a quotation that began in an earlier paragraph (a long quotation opens each paragraph but closes only the
/// last: "…later," Smith said.), so it runs from the block's start. Straight single quotes and marks a conversion
/// turned into question marks are read by <see cref="LooseQuotationMarks"/>.
/// </summary>
internal static class QuotationFinder
{
    public static ImmutableArray<TextSpan> Find(string text, ReadOnlySpan<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Made for the first quotation: many blocks have none.
        ImmutableArray<TextSpan>.Builder? result = null;
        int? openDouble = null;
        int? openSingle = null;
        var doubleSeen = false;
        for (var index = 0; index < tokens.Length; index++)
        {
            var token = tokens[index];
            if (token.Kind != TokenKind.Quote)
            {
                continue;
            }

            var c = token.Text[0];
            var start = token.Span.Start;
            var precededBySpace = start == 0 || char.IsWhiteSpace(text[start - 1]) || text[start - 1] is '(' or '[' or '\u2014' or '-';
            var firstDouble = !doubleSeen && c is '\u201C' or '\u201E' or '\u00AB' or '\u201D' or '\u00BB' or '"';
            doubleSeen |= firstDouble;
            if (firstDouble && ClosesBeforeAnyOpening(text, c, start, tokens[(index + 1)..]))
            {
                (result ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(TextSpan.FromBounds(0, token.Span.End));
                continue;
            }

            switch (c)
            {
                case '\u201C' or '\u201E' or '\u00AB':
                    openDouble ??= start;
                    break;
                case '\u201D' or '\u00BB':
                    if (openDouble is { } open)
                    {
                        (result ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(TextSpan.FromBounds(open, token.Span.End));
                        openDouble = null;
                    }

                    break;
                case '"':
                    if (openDouble is { } stale && precededBySpace && OpensWord(text, token.Span.End)
                        && StopBetween(text, stale, start) && OpensClosedPair(text, tokens[(index + 1)..]))
                    {
                        // A mark with a space before and a word after opens, even while an earlier quotation is still
                        // open, when that one opened sentences before and lost its closing mark: reading this mark as
                        // that quotation's close put the quoted words outside and the author's words after them inside
                        // ('… was "indisputably a revenue measure" that …'). The earlier quotation ends before it.
                        (result ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(TextSpan.FromBounds(stale, start));
                        openDouble = start;
                    }
                    else if (openDouble is { } straightOpen && !precededBySpace)
                    {
                        (result ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(TextSpan.FromBounds(straightOpen, token.Span.End));
                        openDouble = null;
                    }
                    else if (openDouble is { } straightOpen2 && precededBySpace && start > straightOpen2 + 1)
                    {
                        // A space before and after is ambiguous; closing is the likelier reading.
                        (result ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(TextSpan.FromBounds(straightOpen2, token.Span.End));
                        openDouble = null;
                    }
                    else
                    {
                        openDouble = start;
                    }

                    break;
                case '\u2018' when precededBySpace:
                    openSingle ??= start;
                    break;
                case '\u2019' or '\'' when openSingle is { } singleOpen && !precededBySpace:
                    (result ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(TextSpan.FromBounds(singleOpen, token.Span.End));
                    openSingle = null;
                    break;
                default:
                    break;
            }
        }

        if (openDouble is { } unclosed)
        {
            (result ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(TextSpan.FromBounds(unclosed, text.Length));
        }

        if (result is null)
        {
            return LooseQuotationMarks.AddTo(text, []);
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return LooseQuotationMarks.AddTo(text, result.ToImmutable());
    }

    // Whether a word starts right after a mark: a letter or digit, not a space or stop.
    private static bool OpensWord(string text, int after) => after < text.Length && char.IsLetterOrDigit(text[after]);

    // Whether a sentence stop (then a space) lies between an open quotation's mark and a later one.
    private static bool StopBetween(string text, int from, int to)
    {
        for (var i = from + 1; i + 1 < to; i++)
        {
            if (text[i] is '.' or '?' or '!' && char.IsWhiteSpace(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the next double mark plainly closes (glued to the word before, a space, stop or the end after) and the one
    // after it, if any, plainly opens: then the mark before them opened a pair of its own. When the mark after the pair
    // closes instead ('… with the "Fiscal Cliff" deal. … fight," Ryan said'), the pair sat inside the open quotation,
    // and a mark glued on both sides ('defend."I') may be either; both keep the alternating reading.
    private static bool OpensClosedPair(string text, ReadOnlySpan<Token> rest)
    {
        var seen = 0;
        foreach (var token in rest)
        {
            if (token.Kind != TokenKind.Quote || token.Text[0] is not ('"' or '\u201C' or '\u201D'))
            {
                continue;
            }

            var start = token.Span.Start;
            var end = token.Span.End;
            var spaceBefore = start == 0 || char.IsWhiteSpace(text[start - 1]);
            if (seen++ == 0)
            {
                var closes = token.Text[0] != '\u201C' && !spaceBefore && (end >= text.Length || !char.IsLetterOrDigit(text[end]));
                if (!closes)
                {
                    return false;
                }

                continue;
            }

            return token.Text[0] != '\u201D' && spaceBefore && OpensWord(text, end);
        }

        return seen == 1;
    }

    // Whether the block's first double quotation mark closes a quotation opened before the block.
    private static bool ClosesBeforeAnyOpening(string text, char mark, int at, ReadOnlySpan<Token> rest)
    {
        if (at == 0 || mark is '\u201C' or '\u201E' or '\u00AB')
        {
            return false;
        }

        // A quotation's end is glued to its last stop ('…later," Smith said'; 'this year."'), or to its last word at the
        // block's end; a mark glued to a word inside the block is as often a scare quote's whose opening mark the page
        // lost ('made claims of credible fear" and asked'), and a closing curly mark after a space is a mistyped
        // opening one ('the next time ”beautiful” protesters').
        var before = text[at - 1];
        var atEnd = text.AsSpan(at + 1).IsWhiteSpace();
        var after = atEnd ? ' ' : text[at + 1];
        var afterStop = before is '.' or ',' or '!' or '?' or '\u2026';
        var closesHere = mark is '\u201D' or '\u00BB' || char.IsWhiteSpace(after) || after is '.' or ',' or ';' or ':' or ')';
        if (closesHere)
        {
            return afterStop || (atEnd && char.IsLetter(before));
        }

        // A straight mark glued to a stop and to the next sentence's first letter ('murdered."Obama's former…', a page
        // that lost its spaces) may close a quotation or open one; the next double mark decides: if it plainly opens
        // (a space before it, a letter after), this one closed.
        return mark == '"' && afterStop && char.IsLetter(after) && NextDoubleMarkOpens(text, rest);
    }

    private static bool NextDoubleMarkOpens(string text, ReadOnlySpan<Token> rest)
    {
        foreach (var token in rest)
        {
            if (token.Kind != TokenKind.Quote || token.Text[0] is not ('"' or '\u201C' or '\u201D'))
            {
                continue;
            }

            var start = token.Span.Start;
            return token.Text[0] == '\u201C'
                || (token.Text[0] == '"' && start > 0 && char.IsWhiteSpace(text[start - 1])
                    && start + 1 < text.Length && char.IsLetterOrDigit(text[start + 1]));
        }

        return false;
    }
}
