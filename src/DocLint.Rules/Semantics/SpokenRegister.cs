using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// A sentence in the register of speech: a discourse marker set off by commas ("And, you know, what we believe, as gun
/// owners, …", "I mean, most people I think, think it's unlawful …", "Uh, maybe, I-I-I'm sympathetic", "a culture of
/// defendancy, if you will, and I believe …"; <c>class-spoken-markers.txt</c>) or a spelling of speech ("what's gonna go
/// on … I would say"; <c>class-spoken-contractions.txt</c>) outside quotation marks, with a speaker talking to a
/// listener: a first- or second-person word besides the marker's own (<c>class-dialogue-pronouns.txt</c>). Such a
/// sentence is a transcript's or an interview answer's whose speaker the window does not show, so its hedges and
/// boosters are the speaker's. Counted in the gold (tune14-44, fresh14-26, agree15-26, train, dev), 45 sentences hold a
/// marker or spelling: 12 `quoted` hedges and 4 `quoted` boosters, no author-voice hedge or booster. The person test
/// is the allsides sample's: op-ed authors set off "You know," and "um" too ("You know, the unprovoked and petty
/// anti-intellectualism of Marco Rubio … (and presumably …)", "which, um, can turn out"), without a listener.
/// </summary>
internal static class SpokenRegister
{
    /// <summary>True when a marker or spelling of speech and a dialogue pronoun stand outside quotation marks.</summary>
    public static bool Holds(in SentenceInput input)
    {
        var tokens = input.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (input.IsQuoted(i) || !tokens[i].IsWord)
            {
                continue;
            }

            // A spelling of speech stands anywhere; a marker must be set off on both sides.
            var contraction = WordClasses.SpokenContractions.Contains(tokens[i].Text);
            var length = contraction ? 1 : IsOpening(tokens, i) ? WordClasses.SpokenMarkers.LongestMatchAt(tokens, i, out _) : 0;
            if (length > 0 && (contraction || IsClosing(tokens, i + length)) && HasDialoguePronoun(input, i, i + length))
            {
                return true;
            }
        }

        return false;
    }

    // The marker opens the sentence, or a comma or dash sets it off ("And, you know,"); "As you know," and "what I mean"
    // are clauses of their own. A transcript's dash is often an en dash ("but – you know, enjoy them").
    private static bool IsOpening(ImmutableArray<Token> tokens, int index) =>
        index == 0 || tokens[index - 1].Text == "," || IsDash(tokens[index - 1].Text);

    private static bool IsClosing(ImmutableArray<Token> tokens, int index) =>
        index < tokens.Length && (tokens[index].Text is "," or "." or "?" or "!" || IsDash(tokens[index].Text));

    private static bool IsDash(string text) => Dashes.IsEmDash(text) || text == "\u2013";

    // A first- or second-person word outside quotation marks and outside the marker [markerStart, markerEnd).
    private static bool HasDialoguePronoun(in SentenceInput input, int markerStart, int markerEnd)
    {
        var tokens = input.Tokens;
        for (var j = 0; j < tokens.Length; j++)
        {
            if ((j < markerStart || j >= markerEnd) && !input.IsQuoted(j) && WordClasses.DialoguePronouns.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }
}
