using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Text;

namespace DocLint.Rules.Claims;

/// <summary>
/// Quotations the shared quotation reading (<see cref="QuotationFinder"/>) does not pair, read for the claims rule only:
/// straight single quotes ("'Never direct the Justice Department…,' Biden began.", the Daily Mail's house style) and
/// curly quotes a conversion turned into question marks ("?With his homemade swing…,? the president said", every
/// BuzzFeed-shared post in MisInfoText). A mark opens after a space and before a letter, and closes after a letter or
/// closing punctuation and before a space, punctuation or the end; an apostrophe inside a word ("didn?t", "Biden's")
/// does neither, and a real question mark never opens (it is never followed directly by a letter). An unclosed mark
/// quotes nothing. A ",?" or ".?" with no "?" open ends whatever quotation the shared reading saw there, up to the next
/// opening "?": the conversion left some opening marks straight. Spans are in block prose coordinates, like
/// <see cref="Sentence.Quotations"/>.
/// </summary>
internal sealed class LooseQuotations
{
    private readonly ImmutableArray<TextSpan> _spans;
    private readonly ImmutableArray<TextSpan> _unquoted;

    private LooseQuotations(ImmutableArray<TextSpan> spans, ImmutableArray<TextSpan> unquoted)
    {
        _spans = spans;
        _unquoted = unquoted;
    }

    public static LooseQuotations Of(string blockText)
    {
        ArgumentNullException.ThrowIfNull(blockText);
        // Builders only for a block that has such marks: most have none.
        ImmutableArray<TextSpan>.Builder? spans = null;
        ImmutableArray<TextSpan>.Builder? unquoted = null;
        foreach (var mark in "'?")
        {
            int? open = null;
            int? stray = null;
            for (var i = 0; i < blockText.Length; i++)
            {
                if (blockText[i] != mark)
                {
                    continue;
                }

                var before = i == 0 ? ' ' : blockText[i - 1];
                var after = i + 1 == blockText.Length ? ' ' : blockText[i + 1];
                var closes = (char.IsLetterOrDigit(before) || before is '.' or ',' or '!') && (char.IsWhiteSpace(after) || char.IsPunctuation(after));
                if (open is null && (char.IsWhiteSpace(before) || before is '(' or '\u2014') && char.IsLetterOrDigit(after))
                {
                    open = i;
                    if (stray is { } from)
                    {
                        (unquoted ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(TextSpan.FromBounds(from, i));
                        stray = null;
                    }
                }
                else if (open is { } start && closes)
                {
                    (spans ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(TextSpan.FromBounds(start, i + 1));
                    open = null;
                }
                else if (open is null && mark == '?' && before is '.' or ',' && closes)
                {
                    // ",?" closes a quotation the conversion opened with a straight quote ("\"Along the way … laid up,?
                    // Obama, himself an avid golfer, continued."): the speaker's tag after it is not quoted.
                    stray ??= i + 1;
                }
            }

            if (stray is { } rest)
            {
                (unquoted ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(TextSpan.FromBounds(rest, blockText.Length));
            }
        }

        return new LooseQuotations(spans?.ToImmutable() ?? [], unquoted?.ToImmutable() ?? []);
    }

    /// <summary>The span is inside a quotation: one the shared reading pairs and no stray closing mark ended, or a loose one.</summary>
    public bool IsQuoted(Sentence sentence, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        // Loops, not LINQ: this is asked for every word of every sentence, and a lambda over the span allocated each time.
        if (sentence.IsQuoted(span) && !Contains(_unquoted, span))
        {
            return true;
        }

        return Contains(_spans, span);
    }

    private static bool Contains(ImmutableArray<TextSpan> spans, TextSpan span)
    {
        foreach (var outer in spans)
        {
            if (outer.Contains(span))
            {
                return true;
            }
        }

        return false;
    }
}
