using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// A span of time a modal verb projects: how long a plan, a penalty or a wait would run ("would have funded the
/// government for six months", "would be gone in two to four years", "could face up to an additional 10 years in
/// prison", "The waivers will be valid for six months"). The annotators never label such a span unsourced (branch
/// figlearn21, train + tune14-32 + fresh14-20: 5 not, 3 borderline, none unsourced; the learned figure model dropped
/// them too): it is the term of something that has not happened, not a count of the world. Only the span goes: the
/// sum the plan would cost is a forecast and is still reported ("would cost $2 billion over 10 years" keeps "$2
/// billion"), and a superlative or "first" between the modal and the span makes it a record's yardstick ("will be the
/// longest … in more than 25 years"), which is a claim.
/// </summary>
internal static class ProspectiveSpans
{
    /// <summary>The most words between the modal and the figure ("would have funded the government for six months").</summary>
    private const int MaxDistance = 8;

    /// <summary>True when the figure counts time units and a modal before it in its clause governs it.</summary>
    public static bool IsSpan(ImmutableArray<Token> tokens, Figure figure, Func<SentenceGrammar> grammar)
    {
        // class-duration-units ("more than a year") is declared a part of the time units, so one look-up reads both.
        if (tokens.At(figure.End) is not { IsWord: true } unit || !WordClasses.TimeUnits.Contains(unit.Text))
        {
            return false;
        }

        // "a $220-260 million month" is a sum; "13 years' worth of diplomacy" measures what has piled up already.
        if (PolicyTerms.IsAmount(tokens, figure) || (tokens.At(figure.End + 1) is { } after && (ApostropheS.IsPossessiveMark(after.Text) || after.Is("worth"))))
        {
            return false;
        }

        var reading = grammar();
        var clause = reading.ClauseAt(figure.Start);
        for (var i = figure.Start - 1; i >= Math.Max(clause.Start, figure.Start - MaxDistance); i--)
        {
            var token = tokens[i];
            if (EndsVerbPhrase(token, reading.TagAt(i)))
            {
                return false;
            }

            if (reading.TagAt(i) is PosTag.JJS or PosTag.RBS || WordClasses.RankingWords.Contains(token.Text))
            {
                return false;
            }

            // "a metaphysic debated over 3,000 years": a participle after its noun describes a past thing.
            if (reading.TagAt(i) is PosTag.VBN && i > 0 && reading.TagAt(i - 1).IsNoun())
            {
                return false;
            }

            // Tagged as a modal: "May has served as prime minister for nearly three years" names a person.
            if (reading.TagAt(i) is PosTag.MD && WordClasses.IsUnrealisedOrSupposingModal(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="token"/> closes the modal's verb phrase, so a modal before it cannot govern the span:
    /// any comma, a ";", a ":", a dash (an en dash as an em dash: <see cref="PhraseBreaks"/>) or an opening bracket, or a relative word (tagged WDT/WP/WRB), which opens a
    /// clause of its own. This is deliberately not <see cref="ClauseBreakReader"/>, whose break set is for clauses (a
    /// ";", or a comma only before a break word such as "but"): the scan here already stops at the grammar's clause
    /// start, and within a clause it needs the narrower unit, the verb phrase. A plain comma ends it ("The panel will
    /// meet, and the program has run for 10 years": the span is the program's past, not the panel's plan), and so does
    /// an aside in dashes or brackets, which ClauseBreakReader leaves inside the clause. Sharing that reader would let
    /// a modal reach a span across such commas and asides (allsides JSON identical before and after this was named).
    /// </summary>
    private static bool EndsVerbPhrase(Token token, PosTag tag) =>
        PhraseBreaks.EndsPhrase(token) || token.Text == "(" || tag is PosTag.WDT or PosTag.WP or PosTag.WRB;
}
