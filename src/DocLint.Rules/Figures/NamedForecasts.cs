using DocLint.Grammar;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Figures;

/// <summary>
/// Whether a named forecaster's expectation holds the figure: "Zandi expected the US economy to add 150,000 jobs",
/// "Medtronic expects an increased tax bill of up to $60 million", "He expects more than 2,000 to gather". The figure
/// is the forecast of the name or pronoun right before "expects"/"expected" (class-group-expectation-verbs, finite), as a
/// group's expectation is its report (AttributionReader) and "Zandi predicted" is a speech act; the claim rules still
/// read a named person's "expected" as no report (sources19). Only up to a clause break after the verb (quote49).
/// </summary>
internal static class NamedForecasts
{
    public static bool Covers(SentenceSemantics reading, int figure)
    {
        var tokens = reading.Tokens;
        for (var verb = figure - 1; verb > 0; verb--)
        {
            if (ClauseBreakReader.IsBreakAt(tokens, verb, colonBreaks: true))
            {
                return false;
            }

            if (WordClasses.GroupExpectationVerbs.Contains(tokens[verb].Text)
                && reading.Grammar.TagAt(verb) is PosTag.VBZ or PosTag.VBD or PosTag.VBP
                && (reading.Grammar.TagAt(verb - 1) is PosTag.NNP || WordClasses.ForecasterPronouns.Contains(tokens[verb - 1].Text)))
            {
                return true;
            }
        }

        return false;
    }
}
