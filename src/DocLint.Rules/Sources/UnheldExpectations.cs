using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Sources;

/// <summary>
/// A passive "expected" with no one holding the expectation, in the two forms the "is expected to" phrases of
/// impersonal-attributions.txt cannot list: a form of "be" with no infinitive after it ("more layoffs are expected.",
/// "Guatemalan officials were expected in Washington on Monday", "a ruling is expected by spring") and the absolute after
/// "with" ("with Jon Ossoff expected to win", "with action on the Senate floor expected later in the summer"). The
/// guidelines label both as they label "is expected to" (section 5: impersonal passives and expectations).
/// </summary>
internal static class UnheldExpectations
{
    // How many words may stand between "with" and "expected" ("with action on the Senate floor expected").
    private const int MaxAbsoluteSubjectTokens = 6;

    /// <summary>Each unheld expectation's token span, in the order of the sentence.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="first">The first "expected" (the caller's scan found it): the reading starts there, so the sentence
    /// is scanned once.</param>
    /// <param name="tags">The sentence's tags, read only when an "expected" is found.</param>
    public static IEnumerable<(int Start, int End)> In(ImmutableArray<Token> tokens, int first, Func<SentenceGrammar> tags)
    {
        SentenceGrammar? grammar = null;
        for (var i = Math.Max(first, 1); i < tokens.Length; i++)
        {
            if (!tokens[i].Is("expected") || tokens.At(i + 1) is { } next && WordClasses.ExpectationPrepositions.Contains(next.Text))
            {
                // "what is expected of them" is a duty, not a forecast; "expected by" names its holder or a deadline;
                // "something that is expected among royal children" is a custom.
                continue;
            }

            if (BeforeBe(tokens, i) is { } be)
            {
                // The "to" form is the lexicon's ("is expected to"); "than was expected", "as was expected" compare.
                if (!(tokens.At(i + 1) is { } after && after.Is("to")) && !(be > 0 && WordClasses.ComparisonOpeners.Contains(tokens[be - 1].Text)))
                {
                    yield return (be, i + 1);
                }

                continue;
            }

            grammar ??= tags();
            if (IsAbsolute(tokens, grammar, i))
            {
                yield return (i, tokens.At(i + 1) is { } to && to.Is("to") ? i + 2 : i + 1);
            }
        }
    }

    // The form of "be" the participle's passive takes, across adverbs ("were also expected", "had been expected"); not
    // "be" itself ("to be expected", "would be expected" say what is normal, not what is forecast).
    private static int? BeforeBe(ImmutableArray<Token> tokens, int participle)
    {
        // "been" is one of the fillers, and only ever a perfect's: it is the passive's "be" wherever it stands.
        var index = participle - 1;
        while (index > 0 && WordClasses.VerbFillers.Contains(tokens[index].Text) && !tokens[index].Is("been"))
        {
            index--;
        }

        if (tokens[index].Is("been"))
        {
            // "should not have been expected", "would have been expected": a modal's perfect says what was normal or due.
            for (var i = index - 1; i >= 0 && index - i <= 3; i--)
            {
                if (WordClasses.UnrealisedModals.Contains(tokens[i].Text) || tokens[i].Is("would"))
                {
                    return null;
                }
            }

            return index;
        }

        return WordClasses.FiniteBeForms.Contains(tokens[index].Text) ? index : null;
    }

    // "with" + a subject of a few words with no verb, pronoun or punctuation among them + "expected".
    private static bool IsAbsolute(ImmutableArray<Token> tokens, SentenceGrammar grammar, int participle)
    {
        // "with a few expected pangs" modifies a noun; "with Mueller expected him to" is an active verb with its object.
        if (tokens.At(participle + 1) is { IsWord: true }
            && grammar.TagAt(participle + 1) is PosTag.NN or PosTag.NNS or PosTag.JJ or PosTag.PRP or PosTag.PRPS or PosTag.DT)
        {
            return false;
        }

        for (var i = participle - 1; i >= 0 && participle - i <= MaxAbsoluteSubjectTokens + 1; i--)
        {
            if (tokens[i].Is("with"))
            {
                return i < participle - 1;
            }

            // A relative pronoun makes "expected" its clause's verb ("with a force that few expected").
            if (!(tokens[i].IsWord || tokens[i].Kind is TokenKind.Number or TokenKind.NumberWithSuffix) || WordClasses.RelativePronouns.Contains(tokens[i].Text)
                || grammar.TagAt(i).IsVerbOrModal() || grammar.TagAt(i) == PosTag.PRP)
            {
                return false;
            }
        }

        return false;
    }
}
