using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// Whether a word opens a source's reduced relative ("people familiar with", "sources close to"): a listed qualifier
/// anywhere, or a participle such as "involved" only with its preposition after it, since "an informed official" and
/// "the Republicans involved really believed" hold no qualifier.
/// </summary>
internal static class SourceQualifierWords
{
    public static bool IsAt(ReadOnlySpan<Token> tokens, int index) =>
        index >= 0 && index < tokens.Length
        && (WordClasses.SourceQualifiers.Contains(tokens[index].Text)
            || (WordClasses.ParticipleSourceQualifiers.Contains(tokens[index].Text) && index + 1 < tokens.Length
                && WordClasses.ParticipleQualifierPrepositions.Contains(tokens[index + 1].Text)));
}
