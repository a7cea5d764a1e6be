using DocLint.Grammar;

namespace DocLint.Rules.Semantics;

/// <summary>
/// "were reported to the police", "was reported to investigators by a female acquaintance", "what was reported to NASCAR
/// officials": "reported to" before a recipient is a report made to someone, not the impersonal "is reported to be/have"
/// (a claim credited to no one). The listed frames end in "to", so the word after them tells the two apart.
/// </summary>
internal static class RecipientReports
{
    // The listed frames put at most two words ("also", "now") between the copula and "reported".
    private const int FrameReach = 4;

    /// <summary>True when the impersonal frame starting at <paramref name="start"/> is "reported to" a recipient.</summary>
    public static bool IsAt(SentenceSemantics reading, int start)
    {
        var tokens = reading.Tokens;
        for (var i = start; i < tokens.Length - 2 && i < start + FrameReach; i++)
        {
            if (tokens[i].Is("reported") && tokens[i + 1].Is("to"))
            {
                return IsRecipientTag(reading.Grammar.TagAt(i + 2));
            }
        }

        return false;
    }

    // A noun phrase's first word; an infinitive ("to be", "to have", "to already have") is a verb or an adverb.
    private static bool IsRecipientTag(PosTag tag) =>
        tag.IsNoun() || tag is PosTag.DT or PosTag.PRP or PosTag.PRPS or PosTag.CD or PosTag.PDT || tag.IsAdjective();
}
