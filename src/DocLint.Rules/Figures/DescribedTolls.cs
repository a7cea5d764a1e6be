using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// A toll the author hangs on an event a speaker mentions: "India said it cut communications in Kashmir, where an armed
/// rebellion has killed more than 60,000 people", "Indonesia said it would halt flights after Flight 302 went down,
/// killing all 157 people on board", "Huckabee said … was behind a stabbing attack that injured five people". The
/// relative clause or the participle after a comma describes the event; the speaker's report is the clause its verb
/// governs, not the event's background, so the speech does not source the count (gold: unsourced; docs/quality.md,
/// figures49). "According to" still frames its whole sentence (AttributionCover.BySpeech).
/// </summary>
internal static class DescribedTolls
{
    /// <summary>The most words walked back from the count to the clause's opener ("where an armed rebellion has killed").</summary>
    private const int MaxWordsBack = 6;

    /// <summary>
    /// Where the relative clause or comma participle that holds the toll (TollCounts) opens, or null when the figure is
    /// no such toll. A speech whose verb stands after the opener is inside the clause and reports it ("Chicago's gun
    /// tally topped the Big Apple, where police said nearly 30 people were shot").
    /// </summary>
    public static int? OpenerOf(ImmutableArray<Token> tokens, Figure figure)
    {
        if (!TollCounts.IsToll(tokens, figure))
        {
            return null;
        }

        // The walk crosses a count before the toll: the second of "which killed 12 people and injured 40" is in the
        // same clause as the first (rev35: it stopped at "12" and left the 40 to the speech).
        for (var j = figure.Start - 1; j >= 0 && j >= figure.Start - MaxWordsBack && tokens[j].Kind is TokenKind.Word or TokenKind.Number; j--)
        {
            var word = tokens[j].Text;
            // ", killing all 157 people": a participle set off by its comma.
            if (j > 0 && tokens[j - 1].Text == "," && WordClasses.TollVerbs.Contains(word) && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                return j;
            }

            // "where an armed rebellion has killed": "where" opens only a relative clause here.
            if (tokens[j].Is("where"))
            {
                return j;
            }

            // "that injured five", "which has killed", "that left six people dead": the pronoun is the verb's subject,
            // so the verb (or its auxiliary) follows it at once; a complementizer "that" ("said that a bomb killed")
            // has its own subject after it.
            if (WordClasses.RelativePronouns.Contains(word) && tokens.At(j + 1) is { } next
                && (WordClasses.TollVerbs.Contains(next.Text) || WordClasses.VerbFillers.Contains(next.Text) || next.Is("left")))
            {
                return j;
            }
        }

        return null;
    }
}
