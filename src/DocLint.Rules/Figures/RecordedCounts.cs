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
/// A study's own method is read the same way with a study noun as the subject (class-study-subjects.txt: "The study
/// examined 5,700 patients", "the study drew on data from over 60 countries", "a team of researchers conducted four
/// experiments"), where the study's method verbs (class-study-method-verbs.txt: drew, looked, used, conducted …) count
/// too: what a study examined is its method, as a poll's sample is (figures74; the gold labels none of 96).
/// </summary>
internal static class RecordedCounts
{
    /// <summary>True when the figure is the object of a recording verb whose subject is a named entity.</summary>
    public static bool IsRecorded(ImmutableArray<Token> tokens, Figure figure, Func<SentenceGrammar> grammar)
    {
        // The cheap test first: most figures have no recording verb before them, and then no grammar is read.
        var verb = figure.Start - 1;
        while (verb >= 0 && !(tokens[verb].IsWord && (WordClasses.RecordingVerbs.Contains(tokens[verb].Text)
            || WordClasses.StudyMethodVerbs.Contains(tokens[verb].Text))))
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

        // Another finite verb before the figure makes the figure its object, and the recording verb a participle the
        // tagger read as finite ("A poll conducted in mid-March found that only 56 percent", "Republicans interviewed
        // before the press conference were at 68%").
        if (group.Start <= clause.Start
            || reading.VerbGroups.Any(other => other.Start >= group.End && other.Start < figure.Start && other.Traits.HasFlag(VerbTraits.Finite)))
        {
            return false;
        }

        // The subject: a named entity that ends where the verb group starts, inside the same clause, and is not the
        // object of a preposition ("Flying time from the airfield to the city of Hiroshima clocked in at"); a study's
        // method verb ("the study drew on") only with a study for its subject.
        return (WordClasses.RecordingVerbs.Contains(tokens[verb].Text)
                && reading.EntityAt(group.Start - 1) is { } subject
                && subject.End == group.Start
                && subject.Start >= clause.Start
                && !IsPrepositionObject(reading, subject.Start, clause.Start))
            || IsStudySubject(tokens, reading, group.Start, clause.Start);
    }

    // The noun phrase that ends where the verb group starts is headed by a study noun ("The study", "a new analysis"),
    // after an "of" at most ("a team of researchers", "the authors of the study"): another preposition makes it an
    // object ("the cases in the study examined"), and a name before it makes it a modifier the entity reading owns.
    private static bool IsStudySubject(ImmutableArray<Token> tokens, SentenceGrammar reading, int groupStart, int clauseStart)
    {
        if (reading.ChunkAt(groupStart - 1, ChunkKind.NounPhrase) is not { } phrase
            || phrase.End != groupStart
            || phrase.Start < clauseStart
            || !WordClasses.StudySubjects.Contains(tokens[phrase.Head].Text))
        {
            return false;
        }

        return phrase.Start == clauseStart
            || reading.TagAt(phrase.Start - 1) is not (PosTag.IN or PosTag.TO)
            || tokens[phrase.Start - 1].Is("of");
    }

    // The word before the entity's noun phrase (the entity itself when no chunk holds it) is a preposition.
    private static bool IsPrepositionObject(SentenceGrammar reading, int entityStart, int clauseStart)
    {
        var start = reading.ChunkAt(entityStart, ChunkKind.NounPhrase) is { } phrase ? Math.Min(phrase.Start, entityStart) : entityStart;
        return start > clauseStart && reading.TagAt(start - 1) is PosTag.IN or PosTag.TO;
    }
}
