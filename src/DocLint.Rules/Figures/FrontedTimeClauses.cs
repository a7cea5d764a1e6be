using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Figures;

/// <summary>
/// A fronted time clause before a named speaker's report: "When the $130,000 payment … was first revealed, Cohen said
/// that he had paid …", "After the SNP's victory, which saw the party win 48 of Scotland's 59 seats, Nicola Sturgeon said
/// …", "When pressed over why previous administrations had mounted approximately 70 probes, Barr said he …". The clause
/// sets the scene in the author's voice; the speaker's report is what follows the verb, so the clause's figures are not
/// the speaker's. A speaker who closes the sentence ("When Dean refused, Clark hired two men for $5,000, the paper
/// reports") reports the whole clause before them, time clause and all, and keeps covering it.
/// </summary>
internal static class FrontedTimeClauses
{
    /// <summary>
    /// True when the sentence opens on a time clause and the attribution, set off by a comma, goes on to a report of its
    /// own. Where the time clause ends is not read: a figure in a main clause between it and the speaker ("When the plant
    /// closed, 500 workers lost their jobs, Smith said in a statement …") is taken as the scene too. Ending the clause at
    /// its first comma was measured and undone (docs/quality.md, after round twenty-seven's end).
    /// </summary>
    public static bool IsBefore(ImmutableArray<Token> tokens, Attribution attribution, int figure)
    {
        // Only the sentence's first token opens the clause: a sentence that opens on a quotation mark quotes its time
        // clause ("“When a country is losing many billions …,” Trump said"), the speaker's words, not the scene, and its
        // first token is the mark, which no opener matches.
        if (tokens.At(0) is not { } first || figure <= 0 || !WordClasses.TemporalOpeners.Contains(first.Text))
        {
            return false;
        }

        return ReportedSpeechReader.IsSetOff(tokens, attribution.Start) && !ReportedSpeechReader.IsTrailingAttribution(tokens, attribution);
    }
}
