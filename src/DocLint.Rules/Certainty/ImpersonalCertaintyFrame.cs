using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Certainty;

/// <summary>
/// Reads the impersonal certainty frame with any words its links and degree adverbs put inside: "it is clear", "It's
/// become increasingly clear that", "it has now become abundantly clear", "It ought to be obvious to anyone". The
/// boosters list holds the common wordings one by one; each new adverb or tense doubled them (boost34), so the frame is
/// read here: "it", a present or modal link (class-certainty-frame-openers), more links or degree words, one of them a
/// copula, then the adjective (class-certainty-frame-heads), and "that" when it follows. The past ("it was clear", "it
/// became clear"), the narrating present ("until it becomes clear") and the negated or softened frame ("it is not yet
/// clear", "it's almost certain") never read: "was", "became", "becomes", "not" and "almost" are in none of the classes. An adjective before a place preposition
/// ("It is also apparent in the legacy of slavery") is said of a thing "it" names, and is not the frame either.
/// </summary>
internal static class ImpersonalCertaintyFrame
{
    // "it is now increasingly becoming very clear": the longest inside seen is four words; six leaves room, no more.
    private const int MaxInside = 6;

    /// <summary>The frame's end (exclusive) when one starts at <paramref name="start"/>; otherwise -1.</summary>
    public static int EndAt(ImmutableArray<Token> tokens, int start)
    {
        var first = tokens[start];
        if (!first.IsWord || !MayBeSubject(first.Text))
        {
            return -1;
        }

        // "it's" may come as one token or as "it" and "'s". Asked of every word of every sentence, so compared in place
        // (Token.Is) rather than through a lower-cased copy.
        bool hasCopula;
        int i;
        if (first.Is("it's"))
        {
            hasCopula = true;
            i = start + 1;
        }
        else if (FunctionWords.Is(first, "it") && tokens.At(start + 1) is { IsWord: true } opener && WordClasses.CertaintyFrameOpeners.Contains(opener.Text))
        {
            hasCopula = WordClasses.CertaintyFrameCopulas.Contains(opener.Text);
            i = start + 2;
        }
        else
        {
            return -1;
        }

        for (var inside = 0; i < tokens.Length && inside <= MaxInside; i++, inside++)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                return -1;
            }

            if (WordClasses.CertaintyFrameHeads.Contains(token.Text))
            {
                // "It is also apparent in the legacy of slavery": "it" names something seen in a place, no frame.
                var next = tokens.At(i + 1);
                if (!hasCopula || next is { IsWord: true } && WordClasses.CertaintyFramePlacePrepositions.Contains(next.Value.Text))
                {
                    return -1;
                }

                return next is { IsWord: true } && next.Value.Is("that") ? i + 2 : i + 1;
            }

            if (WordClasses.CertaintyFrameCopulas.Contains(token.Text))
            {
                hasCopula = true;
            }
            else if (!WordClasses.CertaintyFrameLinks.Contains(token.Text) && !WordClasses.CertaintyFrameDegrees.Contains(token.Text))
            {
                return -1;
            }
        }

        return -1;
    }

    // Whether the word can be "it" or "it's" at all, by its length and first letter: most words are neither, and the
    // case-blind comparisons below cost each word two calls. Exact: under OrdinalIgnoreCase only 'i' and 'I' equal 'i'
    // (no character outside ASCII equals an ASCII letter, rev47), and c | 0x20 is 'i' for those two alone.
    private static bool MayBeSubject(string text) => text.Length is 2 or 4 && (text[0] | 0x20) == 'i';
}
