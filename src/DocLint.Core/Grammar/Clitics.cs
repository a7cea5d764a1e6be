namespace DocLint.Grammar;

/// <summary>The clitic a token carries in its text ("'s" of "it's", "'ve" of "could've"), and the word it hangs on.</summary>
internal static class Clitics
{
    /// <summary>The word without its clitic: "is" of "isn't", "it" of "it's"; the text itself when it has none.</summary>
    public static string Host(string text)
    {
        if (text.Length > 3 && text.EndsWith("n't", StringComparison.OrdinalIgnoreCase))
        {
            return text[..^3];
        }

        var clitic = Of(text);
        return clitic is null ? text : text[..^clitic.Length];
    }

    public static string? Of(string text)
    {
        var apostrophe = text.LastIndexOf('\'');
        return apostrophe > 0 && apostrophe < text.Length - 1 ? text[apostrophe..] : null;
    }
}
