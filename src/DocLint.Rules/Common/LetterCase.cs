namespace DocLint.Rules.Common;

/// <summary>
/// Whether a word is written all in capitals ("GAO", "U.S.") or with none: the claim reader and the opener casing both
/// read an acronym this way, so the check lives once here and the two cannot drift apart; a case-blind word class asks
/// NoUpper where only the lower-case word counts.
/// </summary>
internal static class LetterCase
{
    /// <summary>Every character is an upper-case letter (true for an empty text, as <c>All</c> is).</summary>
    public static bool AllUpper(string text) => AllUpper(text, dotsAllowed: false);

    /// <summary>No character is an upper-case letter: the word as written is its lower-case form ("which", not "Which").</summary>
    public static bool NoUpper(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

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
