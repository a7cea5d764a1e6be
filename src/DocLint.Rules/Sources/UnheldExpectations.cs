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
            else if (ReducedRelativeStart(tokens, grammar, i) is { } start)
            {
                yield return (start, i + 2);
            }
        }
    }

    // The form of "be" the participle's passive takes, across adverbs ("were also expected", "had been expected"); not
    // "be" itself ("to be expected", "would be expected" say what is normal, not what is forecast).
    private static int? BeforeBe(ImmutableArray<Token> tokens, int participle)
    {
        // "been" is one of the fillers, and only ever a perfect's: it is the passive's "be" wherever it stands.
        var index = participle - 1;
        while (index > 0 && (WordClasses.VerbFillers.Contains(tokens[index].Text) || WordClasses.ExpectationAdverbs.Contains(tokens[index].Text))
            && !tokens[index].Is("been"))
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

    // How many words of a noun phrase may stand between the verb or preposition that takes it and a reduced "expected".
    private const int MaxReducedSubjectTokens = 5;

    // "target four states expected to be hotly contested", "after a vetting period expected to end soon", "Justice Ruth
    // Bader Ginsburg, 87, widely expected to retire": "expected to" straight after a comma, or after a lower-case common
    // noun whose phrase is the object of a verb or a preposition, is a reduced relative, a forecast no one holds (the
    // "is expected to" of the phrases without its "be"). The start is the adverb before it or "expected" itself. Not the
    // noun phrase that opens its clause ("Democrats expected to win", "because voters expected to see change"): there
    // "expected" is the noun's own active verb, as it is after a pronoun or a relative word ("what she expected to").
    private static int? ReducedRelativeStart(ImmutableArray<Token> tokens, SentenceGrammar grammar, int participle)
    {
        if (tokens.At(participle + 1)?.Is("to") != true || grammar.TagAt(participle) is not (PosTag.VBN or PosTag.VBD))
        {
            return null;
        }

        var start = participle > 1 && WordClasses.ExpectationAdverbs.Contains(tokens[participle - 1].Text) ? participle - 1 : participle;
        var before = start - 1;
        if (tokens[before].Text == ",")
        {
            return start;
        }

        if (grammar.TagAt(before) is not (PosTag.NN or PosTag.NNS) || tokens[before].IsCapitalized)
        {
            return null;
        }

        for (var i = before - 1; i >= 0 && before - i <= MaxReducedSubjectTokens; i--)
        {
            var tag = grammar.TagAt(i);
            if (!(tokens[i].IsWord || tokens[i].Kind is TokenKind.Number or TokenKind.NumberWithSuffix)
                || WordClasses.RelativePronouns.Contains(tokens[i].Text) || tag is PosTag.PRP || tag.IsWh()
                || WordClasses.ClauseOpeners.Contains(tokens[i].Text) || WordClasses.SubjectClauseOpeners.Contains(tokens[i].Text))
            {
                return null;
            }

            if (tag.IsVerb() || tag == PosTag.IN)
            {
                return start;
            }
        }

        return null;
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
