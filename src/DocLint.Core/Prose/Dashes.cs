namespace DocLint.Prose;

/// <summary>
/// The dash as the tokenizer leaves it: an em dash, or the typewriter's "--" or "---" (one token each). Core's readers
/// that treat "\u2014" as a break (the sentence's start, the tagger's features, the segmenter) ask this instead, so a
/// typed dash reads as the printed one.
/// </summary>
internal static class Dashes
{
    /// <summary>
    /// The longest text <see cref="IsEmDash"/> accepts ("---"). A reader asked for every token may test a token's length
    /// against this before comparing its text (SentenceStart); a new dash form longer than this must raise it.
    /// </summary>
    public const int MaxLength = 3;

    /// <summary>True for "--" and "---", the dash typed with hyphens.</summary>
    public static bool IsTyped(string text) => text is "--" or "---";

    /// <summary>True for an em dash or a typed one.</summary>
    public static bool IsEmDash(string text) => text == "\u2014" || IsTyped(text);
}
