using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Figures;

/// <summary>
/// Whether a named source in the sentence BEFORE a figure covers it (guidelines section 4: a neighbour's source covers a
/// figure only when it "plainly covers it"). A source that reports ("the CDC said", "according to the Census Bureau",
/// "a Pew poll found") introduces what follows, and the next sentence's figures are most often its own. A source that
/// only holds a view ("Saar believes …", "Warren accused moderates …", "Bannon admitted", "Saeed claims",
/// class-stance-report-verbs) does not: the author then gives the figures as background of their own, which the
/// annotators label (figures48: 13 labelled : 7 not : 3 borderline in the pool, 9 : 4 : 4 in 6 of the 21 fresh sets).
/// "think", "warn", "agree" and "suggest" stay covering: with them train's figure precision fell below its floor. A
/// sentence with any reporting source besides a stance still covers.
/// </summary>
internal static class BackwardCover
{
    public static bool Covers(SentenceSemantics previous) =>
        previous.HasEvidence || previous.Attributions.Any(a => previous.IsNeighbourSource(a) && (!IsStance(previous.Tokens, a) || IsPolled(previous, a)));

    // "About 70 percent of rural residents in the survey believed …", "41% of voters believe …": a share of a population
    // or a survey's respondents holding a view is a poll's finding, not a speaker's opinion; the poll goes on to the
    // next sentence's figures as a report does (rev35: figures48's corpus read had these as wrong).
    private static bool IsPolled(SentenceSemantics previous, Attribution attribution) =>
        AttributionCover.HasShareSubject(previous, attribution)
        || SurveyMentions.In(previous.Tokens.AsSpan(attribution.SourceStart, attribution.SourceEnd - attribution.SourceStart), studies: false);

    // "believes", "has warned", "continued to argue": a stance verb anywhere in the attribution's verb group.
    private static bool IsStance(ImmutableArray<Token> tokens, Attribution attribution)
    {
        for (var i = attribution.VerbStart; i < attribution.VerbEnd && i < tokens.Length; i++)
        {
            if (tokens[i].IsWord && WordClasses.StanceReportVerbs.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }
}
