using System.Collections.Immutable;
using DocLint.Text;

namespace DocLint.Prose;

/// <summary>
/// Finds direct quotations in a block: curly pairs, straight double quotes by alternation, and single
/// curly quotes that open after a space (an apostrophe never does). An unclosed quotation runs to the
/// block's end, as a quotation that continues into the next paragraph does.
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
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Quote)
            {
                continue;
            }

            var c = token.Text[0];
            var start = token.Span.Start;
            var precededBySpace = start == 0 || char.IsWhiteSpace(text[start - 1]) || text[start - 1] is '(' or '[' or '\u2014' or '-';
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
                    if (openDouble is { } straightOpen && !precededBySpace)
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
            return [];
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result.ToImmutable();
    }
}
