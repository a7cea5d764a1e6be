using DocLint.Text;

namespace DocLint.LanguageServer.Features;

/// <summary>
/// DL4001's fix, as its page says: drop the booster. Removes the phrase with the comma and the space that set it
/// off, and capitalises what follows when the booster opened the sentence ("Undoubtedly, the council" becomes
/// "The council"). Hedges get no such fix: dropping one changes what the sentence claims.
/// </summary>
internal static class BoosterRemoval
{
    public const string RuleId = "DL4001";

    /// <summary>The span to replace and its replacement.</summary>
    public static (TextSpan Span, string NewText) Edit(SourceText source, TextSpan booster)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = source.Text;
        var start = booster.Start;
        var end = booster.End;
        if (end < text.Length && text[end] == ',')
        {
            end++;
        }

        if (end < text.Length && text[end] == ' ')
        {
            while (end < text.Length && text[end] == ' ')
            {
                end++;
            }
        }
        else
        {
            while (start > 0 && text[start - 1] == ' ')
            {
                start--;
            }

            // "It failed, obviously." loses the comma that set the booster off, not just the booster.
            if (start > 0 && text[start - 1] == ',' && (end == text.Length || text[end] is '.' or '!' or '?' or ';' or ':'))
            {
                start--;
            }
        }

        if (start == booster.Start && char.IsUpper(text[booster.Start]) && end < text.Length && char.IsLower(text[end]))
        {
            return (TextSpan.FromBounds(start, end + 1), char.ToUpperInvariant(text[end]).ToString());
        }

        return (TextSpan.FromBounds(start, end), string.Empty);
    }
}
