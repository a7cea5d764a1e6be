using System.Collections.Immutable;
using DocLint.Grammar;
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

    /// <summary>
    /// True when the attribution stands in a relative clause set off by a comma (", which Smith said would pass,") and
    /// that clause closes before the token at a comma straight followed by a finite verb or modal, the main clause's
    /// predicate resuming ("…, may still fail"): the words past it are the author's again, not the speaker's. A comma
    /// followed by anything else ("who said that, if elected, she would") may still be inside the report, and so is the
    /// comma that closes a clause a subordinator opens there ("which Smith said, if passed, would help, may fail").
    /// </summary>
    public static bool ClosesBefore(in SentenceInput input, Attribution attribution, int tokenIndex)
    {
        var tokens = input.Tokens;
        var relative = WordClasses.PronounRelatives.Contains(tokens[attribution.Start].Text) ? attribution.Start : attribution.Start - 1;
        if (relative < 1 || !WordClasses.PronounRelatives.Contains(tokens[relative].Text) || tokens[relative - 1].Text != ",")
        {
            return false;
        }

        // The comma stands before the token; the verb after it may be the token itself ("…, may still fail"). A comma
        // before a subordinator opens a clause set off inside the report ("which Smith said, if passed, would help"):
        // the comma that closes it is followed by the report's own predicate, not the main clause's.
        var inset = false;
        for (var j = attribution.End; j < tokenIndex && j + 1 < tokens.Length; j++)
        {
            if (tokens[j].Text != ",")
            {
                continue;
            }

            if (inset)
            {
                inset = false;
            }
            else if (input.LabelAt(j + 1).Tag.IsFiniteVerb())
            {
                return true;
            }
            else
            {
                inset = GrammarLexicons.Default.Subordinators.Contains(tokens[j + 1].Text);
            }
        }

        return false;
    }
}
