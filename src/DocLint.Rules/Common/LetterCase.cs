namespace DocLint.Rules.Common;

/// <summary>
/// Whether a word is written all in capitals ("GAO", "U.S."): the claim reader and the opener casing both read an
/// acronym this way, so the check lives once here and the two cannot drift apart.
/// </summary>
internal static class LetterCase
{
    /// <summary>Every character is an upper-case letter (true for an empty text, as <c>All</c> is).</summary>
    public static bool AllUpper(string text) => AllUpper(text, dotsAllowed: false);

    /// <summary>
    /// Every character is an upper-case letter, or a full stop when <paramref name="dotsAllowed"/> (an abbreviation's
    /// dots: "U.S."); true for an empty text.
    /// </summary>
    public static bool AllUpper(string text, bool dotsAllowed)
    {
        foreach (var c in text)
        {
            if (!char.IsUpper(c) && !(dotsAllowed && c == '.'))
            {
                return false;
            }
        }

        return true;
    }
}
