using System.Collections.Immutable;
using DocLint.Text;

namespace DocLint.Prose;

/// <summary>
/// Quotations the paired reading (<see cref="QuotationFinder"/>) does not see: straight single quotes ("'Never direct the
/// Justice Department…,' Biden began.", the Daily Mail's house style) and curly quotes a conversion turned into question
/// marks ("?With his homemade swing…,? the president said", every BuzzFeed-shared post in MisInfoText). A mark opens
/// after a space and before a letter, and closes after a letter or closing punctuation and before a space, punctuation
/// or the end; an apostrophe inside a word ("didn?t", "Biden's") does neither, and a real question mark never opens (it
/// is never followed directly by a letter). An unclosed mark quotes nothing. A ",?" or ".?" with no "?" open ends
/// whatever quotation the paired reading saw there, up to the next opening "?": the conversion left some opening marks
/// straight.
/// </summary>
internal static class LooseQuotationMarks
{
    private const string Marks = "'?";

    /// <summary>The paired quotations, cut where a stray closing mark ends them, with the loose ones added; sorted by start.</summary>
    public static ImmutableArray<TextSpan> AddTo(string text, ImmutableArray<TextSpan> paired)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(Marks) < 0)
        {
            return paired;
        }

        // Builders only for a block that has such quotations: most blocks have apostrophes and nothing else.
        ImmutableArray<TextSpan>.Builder? loose = null;
        ImmutableArray<TextSpan>.Builder? unquoted = null;
        foreach (var mark in Marks)
        {
            Read(text, mark, ref loose, ref unquoted);
        }

        if (loose is null && unquoted is null)
        {
            return paired;
        }

        // Sorted once here; every paired quotation is cut by them in order.
        unquoted?.Sort((a, b) => a.Start.CompareTo(b.Start));
        var result = ImmutableArray.CreateBuilder<TextSpan>(paired.Length + (loose?.Count ?? 0));
        foreach (var span in paired)
        {
            AddUncut(result, span, unquoted);
        }

        if (loose is not null)
        {
            result.AddRange(loose);
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result.ToImmutable();
    }

    private static void Read(string text, char mark, ref ImmutableArray<TextSpan>.Builder? loose, ref ImmutableArray<TextSpan>.Builder? unquoted)
    {
        int? open = null;
        int? stray = null;
        for (var i = text.IndexOf(mark, StringComparison.Ordinal); i >= 0; i = i + 1 < text.Length ? text.IndexOf(mark, i + 1) : -1)
        {
            var before = i == 0 ? ' ' : text[i - 1];
            var after = i + 1 == text.Length ? ' ' : text[i + 1];
            // A mark glued to a comma or stop closes even when the page lost the space after it ("'He's been tough,'Deputy
            // Press Secretary Raj Shah said"): an apostrophe never follows a comma.
            var closes = ((char.IsLetterOrDigit(before) || before is '.' or ',' or '!') && (char.IsWhiteSpace(after) || char.IsPunctuation(after)))
                || (before is ',' && mark == '\'');
            if (open is null && (char.IsWhiteSpace(before) || before is '(' or '\u2014') && char.IsLetterOrDigit(after) && !IsAbbreviatedYear(text, i))
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
                (loose ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(TextSpan.FromBounds(start, i + 1));
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
            (unquoted ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(TextSpan.FromBounds(rest, text.Length));
        }
    }

    // "the '90s", "in '08," "('04)": an apostrophe before two digits that end a decade or meet punctuation stands for a
    // century, not an opening mark ("heard '12 or 15 gunshots" still opens one).
    private static bool IsAbbreviatedYear(string text, int mark)
    {
        var end = mark + 3;
        if (end > text.Length || !char.IsAsciiDigit(text[mark + 1]) || !char.IsAsciiDigit(text[mark + 2]))
        {
            return false;
        }

        if (end < text.Length && text[end] == 's')
        {
            end++;
        }

        return end == text.Length || (!char.IsLetterOrDigit(text[end]) && !char.IsWhiteSpace(text[end])) || text[end - 1] == 's';
    }

    // The parts of a paired quotation outside every stray range (sorted by start).
    private static void AddUncut(ImmutableArray<TextSpan>.Builder result, TextSpan span, ImmutableArray<TextSpan>.Builder? unquoted)
    {
        var start = span.Start;
        if (unquoted is not null)
        {
            foreach (var cut in unquoted)
            {
                if (cut.End <= start || cut.Start >= span.End)
                {
                    continue;
                }

                if (cut.Start > start)
                {
                    result.Add(TextSpan.FromBounds(start, cut.Start));
                }

                start = Math.Max(start, cut.End);
            }
        }

        if (start < span.End)
        {
            result.Add(TextSpan.FromBounds(start, span.End));
        }
    }
}
