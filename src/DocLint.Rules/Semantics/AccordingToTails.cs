using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// A trailing "according to X" whose source phrase runs on past the words the attribution reader took as the source: a
/// place or part of it ("…, according to an unsealed affidavit in the case"), a second source and its participle or an
/// appositive ("…, according to high-tech lobbyists and a document outlining proposals from Compete America, a coalition
/// of high-tech companies"). <see cref="ReportedSpeechReader.IsTrailingAttribution"/> takes the clause as closed only when
/// punctuation or a closer word stands straight after the source, so these hedges were read as the author's though the
/// sentence gives them to the source, as "…, according to officials." does. The tail may hold no finite verb or modal:
/// one opens a clause of the author's ("…, according to a memo, and the mayor will resign"). The hedge rules ask this
/// reader (<see cref="SentenceSemantics.IsOthersHedge"/>); the source, figure and claim rules read trailing
/// attributions as they did. An appearance verb ("appears to") before such a tail stays the author's reading of the
/// source's data, as the gold labels it.
/// </summary>
internal static class AccordingToTails
{
    // How many tokens the source's phrase may run on: the pool's longest (", according to high-tech lobbyists and a
    // document outlining proposals from Compete America, a coalition of high-tech companies") holds 14 past the source;
    // a chart's title run on into its table ("How Nevada could affect …, according to FiveThirtyEight's forecast
    // CHANCE OF WINNING …") does not end.
    private const int MaxTail = 16;

    /// <summary>True when the token stands before a set-off "according to X" whose source phrase ends the sentence.</summary>
    public static bool Holds(in SentenceInput input, ImmutableArray<Attribution> attributions, int tokenIndex)
    {
        var tokens = input.Tokens;
        // "appears to …, according to Instagram posts from …": the author's reading of the source's data (class-appearance-verbs).
        if (WordClasses.AppearanceVerbs.Contains(tokens[tokenIndex].Text))
        {
            return false;
        }

        foreach (var attribution in attributions)
        {
            if (tokenIndex >= attribution.Start || !attribution.SourceFollowsVerb || !tokens[attribution.VerbStart].Is("according")
                || !ReportedSpeechReader.IsSetOff(tokens, attribution.Start))
            {
                continue;
            }

            if (IsSourceTail(input, attribution.End) && !TrailingReports.HasBreakBetween(tokens, tokenIndex, attribution.Start)
                && !ReportedSpeechReader.IsBrokenAccordingTo(tokens, attribution, tokenIndex))
            {
                return true;
            }
        }

        return false;
    }

    // From the source's end to the sentence's: no finite verb or modal (participles describe the source: "outlining",
    // "obtained by"), no colon, semicolon or quotation mark (what follows them is not the source's phrase), and a stop
    // only as the sentence's last token.
    private static bool IsSourceTail(in SentenceInput input, int from)
    {
        var tokens = input.Tokens;
        if (tokens.Length - from > MaxTail)
        {
            return false;
        }

        for (var j = from; j < tokens.Length; j++)
        {
            var token = tokens[j];
            if (token.Kind == TokenKind.Quote || token.Text is ":" or ";" or "?" or "!" || token.Text == "." && j + 1 < tokens.Length)
            {
                return false;
            }

            if (input.LabelAt(j).Tag.IsFiniteVerb())
            {
                return false;
            }
        }

        return true;
    }
}
