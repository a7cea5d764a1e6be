using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Hedging;

/// <summary>
/// DL1002, news: a modal's passive that says what was there to observe, whom one could contact or where a thing is to be
/// found ("demonstrators could be heard outside the north fence", "Young men could be seen throwing stones", "where he
/// could be reached", "He may be reached by email", "Evidence … could be found in Friday's agenda") states an ability,
/// which GUIDELINES.md section 1 keeps out of hedges; the gold leaves every such modal unlabelled (hedges61: fresh22, 29,
/// 44; tune34, 38, 73). What stays the author's guess: the construal "could be seen as/to" ("firing him could be seen as
/// confirming"), a thing that could be reached or found ("a deal could be reached", "a solution could be found"), and a
/// time after "found in" ("found in the coming weeks").
/// </summary>
internal static class ObservedPassive
{
    /// <summary>True when the modal at <paramref name="modalIndex"/> opens such a passive: the modal, at most one
    /// adverb, "be" and a listed participle in its frame.</summary>
    public static bool IsObservation(ImmutableArray<Token> tokens, SentenceGrammar grammar, int modalIndex)
    {
        var be = modalIndex + 1;
        if (grammar.TagAt(be) is PosTag.RB)
        {
            be++;
        }

        if (tokens.At(be) is not { } verb || !verb.Is("be") || tokens.At(be + 1) is not { } participle)
        {
            return false;
        }

        var after = be + 2;
        if (WordClasses.ObservationParticiples.Contains(participle.Text))
        {
            return !IsConstrued(tokens, after);
        }

        if (WordClasses.ContactParticiples.Contains(participle.Text))
        {
            return !HasThingSubject(tokens, grammar, modalIndex);
        }

        return WordClasses.LocatingParticiples.Contains(participle.Text) && tokens.At(after) is { } place
            && WordClasses.LocatingPrepositions.Contains(place.Text) && !IsTimeAhead(tokens, after + 1);
    }

    // "could be seen as a snub", "Lew could be seen by some Republicans as a political figure", "may be seen to favour":
    // an "as" or "to" before the clause ends weighs an interpretation.
    private static bool IsConstrued(ImmutableArray<Token> tokens, int from)
    {
        for (var j = from; j < tokens.Length && tokens[j].Kind is not (TokenKind.Punctuation or TokenKind.Quote); j++)
        {
            if (tokens[j].Is("as") || tokens[j].Is("to"))
            {
                return true;
            }
        }

        return false;
    }

    // The word before the modal is a common noun for no person ("a deal could be reached"): class-agent-nouns and the
    // person endings (UnnamedSubjects.IsPersonByForm, less "-ment": "agreement", "settlement") name people.
    private static bool HasThingSubject(ImmutableArray<Token> tokens, SentenceGrammar grammar, int modalIndex)
    {
        if (modalIndex == 0 || grammar.TagAt(modalIndex - 1) is not (PosTag.NN or PosTag.NNS))
        {
            return false;
        }

        var noun = tokens[modalIndex - 1].Lower();
        var singular = noun.EndsWith('s') ? noun[..^1] : noun;
        var person = WordClasses.AgentNouns.ContainsNounOrPlural(noun)
            || UnnamedSubjects.IsPersonByForm(singular) && !singular.EndsWith("ment", StringComparison.Ordinal);
        return !person;
    }

    // "found in the coming weeks", "found within a year": a time unit in the next three words places the finding in time.
    private static bool IsTimeAhead(ImmutableArray<Token> tokens, int from)
    {
        for (var j = from; j < Math.Min(tokens.Length, from + 3); j++)
        {
            if (WordClasses.TimeUnits.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }
}
