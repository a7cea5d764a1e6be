namespace DocLint.Configuration;

/// <summary>
/// <c>doclint_genre</c>: the kind of prose a document is. News (the default) is what the rules are tuned for;
/// research (scientific abstracts) and reference (encyclopedia articles) add the uncertainty cues learned from
/// their CoNLL-2010 train part (rules/lexicons/hedges-research.txt, hedges-reference.txt).
/// </summary>
internal static class Genres
{
    public const string News = "news";
    public const string Research = "research";
    public const string Reference = "reference";

    /// <summary>The genre a value names (trimmed, any case), or null when it names none.</summary>
    public static string? Parse(string value) => value.Trim().ToLowerInvariant() switch
    {
        News => News,
        Research => Research,
        Reference => Reference,
        _ => null,
    };
}
