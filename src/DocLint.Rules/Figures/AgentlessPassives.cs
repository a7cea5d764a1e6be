using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Figures;

/// <summary>
/// A report verb in an agentless passive: "more than 400 cases have been reported", "the rate has been estimated at four
/// times", "he is believed to have killed 20". The attribution reader takes the passive's subject (or its infinitive)
/// for a source, but it is what was reported, and no one is named as reporting it (guidelines section 4: a figure is
/// sourced by a named actor's speech or act), so the passive does not cover the figure. A passive with its agent ("as
/// reported by Reuters", "confirmed by the CDC") and a progressive ("is reporting") are left to the other readers.
/// </summary>
internal static class AgentlessPassives
{
    /// <summary>True when the attribution's verb is a past participle after a form of "be", with no "by" after it.</summary>
    public static bool IsAgentless(ImmutableArray<Token> tokens, Attribution attribution)
    {
        var verb = tokens[attribution.VerbStart];
        // "Khalid is believed to have blown himself up": the phrase read after a raising passive is its infinitive, no
        // source; any other phrase after the verb is an agent or the verb's object, which the other readers weigh.
        var isRaising = attribution.SourceFollowsVerb && tokens[attribution.SourceStart].Is("to");
        if ((attribution.SourceFollowsVerb && !isRaising) || verb.Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || tokens.At(attribution.VerbEnd) is { } next && next.Is("by"))
        {
            return false;
        }

        // Back over the adverbs and auxiliaries of the verb group ("has also been", "were later") to the form of "be" that
        // makes it passive. "'s" is left out: "he's said" is "has".
        var be = AttributionReader.VerbGroupStartBefore(tokens, attribution.VerbStart);
        return be >= 0 && WordClasses.BeVerbs.Contains(tokens[be].Text) && !ApostropheS.IsClitic(tokens[be].Text);
    }
}
