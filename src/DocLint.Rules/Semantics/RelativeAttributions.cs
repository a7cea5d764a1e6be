using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// Attributions whose subject is a pronoun inside a relative clause: "…, which he estimates would raise $800 billion",
/// "five inmates, who he said were convicted". The speaker vouches for what the clause says of its antecedent, not for
/// the sentence the clause hangs on nor for the sentences beside it.
/// </summary>
internal static class RelativeAttributions
{
    /// <summary>
    /// True when the source phrase before the verb is a lower-case "which", "who" or "whom" (class-pronoun-relatives) and a personal pronoun (the
    /// phrase SourcePhraseClassifier names as the pronoun alone). A relative clause with a named subject ("which Yang
    /// estimates", "who Agence France Presse wrote") was read as an attribution before and keeps its reach: narrowing it
    /// too cost as many right findings on the corpus as it gained (docs/quality.md, figures24).
    /// </summary>
    public static bool IsPronounRelative(ImmutableArray<Token> tokens, Attribution attribution) =>
        !attribution.SourceFollowsVerb && IsRelativeThenPronoun(tokens.AsSpan(attribution.SourceStart, attribution.SourceEnd - attribution.SourceStart));

    /// <summary>"which he", "who she": a lower-case relative word and a personal pronoun, the source phrase that names the pronoun alone.</summary>
    public static bool IsRelativeThenPronoun(ReadOnlySpan<Token> phrase) =>
        phrase.Length == 2 && WordClasses.PronounRelatives.Contains(phrase[0].Text) && LetterCase.NoUpper(phrase[0].Text)
        && WordClasses.PersonalPronouns.Contains(phrase[1].Text);
}
