using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Figures;

/// <summary>
/// A figure whose vague source is a public body's own records ("Official data shows that … there had been 82 deaths",
/// "federal records show the archdiocese … paid $20,000", "U.S. output is almost 11 million barrels a day, according to
/// federal estimates"): the gold labels the source borderline unnamed (the source rules still judge it) and the figure
/// not at all, as it does a named dataset's (cover31: tune18, tune20, tune33, fresh28 and train's "according to county
/// records", no gold figure against). Bare "data show", "records show" or "according to reports" name no keeper and
/// stay DL2002's.
/// </summary>
internal static class PublicRecords
{
    /// <summary>
    /// True when a public body's records report the figure and no other vague source of the sentence does (a vague
    /// speaker beside the records, "officials said, citing federal data", still leaves the figure DL2002's).
    /// </summary>
    public static bool Cover(SentenceSemantics reading, int figure)
    {
        var covered = false;
        foreach (var attribution in reading.Attributions)
        {
            if (!attribution.IsVague || !AttributionCover.VaguelyReports(reading, attribution, figure))
            {
                continue;
            }

            if (!IsKept(reading.Tokens, attribution))
            {
                return false;
            }

            covered = true;
        }

        return covered;
    }

    // The source phrase ends on a record noun with a record keeper straight before it ("official records", "the
    // federal data", "county records").
    private static bool IsKept(ImmutableArray<Token> tokens, Attribution attribution)
    {
        var head = attribution.SourceEnd - 1;
        return head > attribution.SourceStart && head < tokens.Length
            && WordClasses.PublicRecordNouns.Contains(tokens[head].Text)
            && WordClasses.PublicRecordKeepers.Contains(tokens[head - 1].Text);
    }
}
