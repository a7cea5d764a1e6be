using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// A trailing attribution that closes its clause after words the shared reader does not take as the clause's end: a
/// weekday straight after the verb ("…, lawyers for the House Judiciary Committee said Monday", "…, a panel of three
/// state judges ruled Monday") or the person or outlet a telling verb addresses ("…, Tillipman and other experts told
/// me", "…, one source tells Axios", "…, Smith told CNN on Monday"). What the attribution closes is the speaker's, as
/// before "…, officials said." (<see cref="ReportedSpeechReader.IsTrailingAttribution"/>). Counted in the gold
/// (tune14-44, fresh14-26, agree15-26, train, dev): 108 sentences end on "VERB WEEKDAY" and 169 on "told/tells" and an
/// addressee; none carries an author-voice hedge or booster before the attribution (4 + 3 are `reported`, 30
/// `quoted`). The hedge rules ask this reader; the figure, source and claim rules read trailing attributions as they
/// did.
/// </summary>
internal static class TrailingReports
{
    // How many capitalised words an addressed outlet or person may run to: "The Daily Caller News Foundation".
    private const int MaxAddresseeWords = 5;

    /// <summary>True when the token stands before a trailing attribution that such words close.</summary>
    public static bool Holds(ImmutableArray<Token> tokens, ImmutableArray<Attribution> attributions, int tokenIndex)
    {
        foreach (var attribution in attributions)
        {
            if (attribution.Kind == AttributionKind.Author || tokenIndex >= attribution.Start || attribution.SourceFollowsVerb
                || !ReportedSpeechReader.IsSetOff(tokens, attribution.Start))
            {
                continue;
            }

            var tail = TailEnd(tokens, attribution);
            if (tail > attribution.End && ReportedSpeechReader.ClosesClause(tokens, tail) && !IsColon(tokens, tail)
                && !HasBreakBetween(tokens, tokenIndex, attribution.Start))
            {
                return true;
            }
        }

        return false;
    }

    // "…, Cruz said Wednesday: “We are …”": a colon after the attribution opens what it reports, not what precedes it.
    private static bool IsColon(ImmutableArray<Token> tokens, int index) => index < tokens.Length && tokens[index].Text == ":";

    // "… and might up the ante by offering things that Cruz and Kasich cannot: “There are …,” Roger Stone told …", and a
    // sentence the segmenter ran on ("… in November's elections.“There's trouble …,” Blakeman told Newsmax"): the
    // attribution closes only what follows a colon or a stop between it and the token (the allsides sample found both).
    internal static bool HasBreakBetween(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var j = from + 1; j < to; j++)
        {
            if (tokens[j].Text is ":" or "." or "?" or "!")
            {
                return true;
            }
        }

        return false;
    }

    // Past the addressee of "told"/"tells" (an object pronoun, or a run of capitalised words with an optional "The"),
    // then past a weekday: where the attribution's closing words end.
    private static int TailEnd(ImmutableArray<Token> tokens, Attribution attribution)
    {
        var i = attribution.End;
        if (attribution.VerbEnd == attribution.End && WordClasses.AddressingVerbs.Contains(tokens[attribution.VerbStart].Text))
        {
            i = AddresseeEnd(tokens, i);
        }

        return i < tokens.Length && WordClasses.Weekdays.Contains(tokens[i].Text) ? i + 1 : i;
    }

    private static int AddresseeEnd(ImmutableArray<Token> tokens, int start)
    {
        if (start >= tokens.Length)
        {
            return start;
        }

        if (WordClasses.ObjectPronouns.Contains(tokens[start].Text))
        {
            return start + 1;
        }

        var i = start < tokens.Length - 1 && tokens[start].Is("the") && tokens[start + 1].IsCapitalized ? start + 1 : start;
        var words = 0;
        while (i < tokens.Length && words < MaxAddresseeWords && TokenSpans.IsWord(tokens[i]) && tokens[i].IsCapitalized
            && !WordClasses.Weekdays.Contains(tokens[i].Text))
        {
            i++;
            words++;
        }

        return words > 0 ? i : start;
    }
}
