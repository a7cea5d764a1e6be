using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// A count a named body kept or measured: the figure is the object of a recording verb (class-recording-verbs.txt:
/// counted, tallied, examined, tested, ranked, rated, disclosed …) whose subject is a named entity ("the CDC has
/// nevertheless counted more than 86,000 infections", "Reuters tested five older homes", "Reporters Without Borders
/// ranked it 45th out of 180 countries", "FiveThirtyEight rated Biden's chances … at 99%"). The guidelines count a
/// figure as sourced when it is the content of a named actor's speech or official act (section 4); a body's own count
/// is that, and the pool's annotators leave these unlabelled. Read from the grammar, not from a list of phrases: the
/// verb must head a finite, active verb group in the figure's clause, and the named entity must end where the group
/// starts, so it is the verb's subject. Not covered: a passive ("cases were counted"); a verb before an adjective,
/// whose subject is what was tested ("a student at a high school in Cranston tested positive"); a name that is a
/// preposition's object ("… in Cranston tested"); a pronoun or common-noun subject ("it recorded", "the agency
/// tested"), which the reader cannot check; and a figure before the verb or past a clause break.
/// </summary>
internal static class RecordedCounts
{
    /// <summary>True when the figure is the object of a recording verb whose subject is a named entity.</summary>
    public static bool IsRecorded(ImmutableArray<Token> tokens, Figure figure, Func<SentenceGrammar> grammar)
    {
        // The cheap test first: most figures have no recording verb before them, and then no grammar is read.
        var verb = figure.Start - 1;
        while (verb >= 0 && !(tokens[verb].IsWord && WordClasses.RecordingVerbs.Contains(tokens[verb].Text)))
        {
            verb--;
        }

        if (verb < 0)
        {
            return false;
        }

        var reading = grammar();
        var clause = reading.ClauseAt(figure.Start);
        if (!clause.Contains(verb)
            || reading.ChunkAt(verb, ChunkKind.VerbGroup) is not { } group
            || group.Head != verb
            || !group.Traits.HasFlag(VerbTraits.Finite)
            || (group.Traits & (VerbTraits.Passive | VerbTraits.Infinitive)) != 0
            || reading.TagAt(verb + 1) is PosTag.JJ
            || ClauseBreakReader.HasBreakBetween(tokens, group.End, figure.Start, colonBreaks: true))
        {
            return false;
        }

        // The subject: a named entity that ends where the verb group starts, inside the same clause, and is not the
        // object of a preposition ("Flying time from the airfield to the city of Hiroshima clocked in at").
        return group.Start > clause.Start
            && reading.EntityAt(group.Start - 1) is { } subject
            && subject.End == group.Start
            && subject.Start >= clause.Start
            && !IsPrepositionObject(reading, subject.Start, clause.Start);
    }

    // The word before the entity's noun phrase (the entity itself when no chunk holds it) is a preposition.
    private static bool IsPrepositionObject(SentenceGrammar reading, int entityStart, int clauseStart)
    {
        var start = reading.ChunkAt(entityStart, ChunkKind.NounPhrase) is { } phrase ? Math.Min(phrase.Start, entityStart) : entityStart;
        return start > clauseStart && reading.TagAt(start - 1) is PosTag.IN or PosTag.TO;
    }
}
