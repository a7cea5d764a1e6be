using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Hedging;

/// <summary>
/// "could/might have been" that the sentence marks as an alternative that did not happen, not the author's guess about
/// the past: "She could have been a shining example of …", "it might have been worse", "could have been easily and
/// quickly adjudicated", "could have been spaced out in a way that would have ensured greater safety", "could have been
/// a chance to reverse that trend, but instead …". The gold leaves every such modal unlabelled (hedges50: 16 sentences
/// over tune14-70 and fresh14-39, none an author hedge; 5 were false alarms). "may have been" is not read: it guesses
/// ("may have been killed"), and so does a bare "could have been poisoned", which no marker here exempts.
/// </summary>
internal static class ForgoneAlternative
{
    /// <summary>The most words after "been" within which an ease adverb marks the forgone option ("been easily resolved").</summary>
    private const int MaxMannerReach = 3;

    /// <summary>The most words after "a"/"an" to a role noun ("a real opportunity", "a shining example").</summary>
    private const int MaxRoleReach = 3;

    /// <summary>
    /// The "could"/"might" perfect whose "been" stands at <paramref name="beenIndex"/> is contrary to fact: "been" takes a
    /// comparative (class-forgone-complements: "worse", "better used", "different"; not "more", which guesses: "might
    /// have been more aware"), a role noun (class-forgone-role-nouns: "a real opportunity"), or an ease adverb
    /// (class-forgone-manner-adverbs: "easily", "sooner"); or the sentence says what happened instead ("instead":
    /// class-forgone-contrast-adverbs; "if only": class-forgone-wish-tails) or what would have followed ("would have
    /// ensured": class-forgone-consequent-modals). The modal is one of class-forgone-modals.
    /// </summary>
    public static bool IsMarked(ImmutableArray<Token> tokens, int modalIndex, int beenIndex)
    {
        if (!WordClasses.ForgoneModals.Contains(tokens[modalIndex].Text))
        {
            return false;
        }

        return TakesForgoneComplement(tokens, beenIndex) || HasAlternativeMarker(tokens, modalIndex);
    }

    private static bool TakesForgoneComplement(ImmutableArray<Token> tokens, int beenIndex)
    {
        if (tokens.At(beenIndex + 1) is not { IsWord: true } next)
        {
            return false;
        }

        if (WordClasses.ForgoneComplements.Contains(next.Text))
        {
            return true;
        }

        for (var k = beenIndex + 1; k < Math.Min(tokens.Length, beenIndex + 1 + MaxMannerReach) && tokens[k].IsWord; k++)
        {
            if (WordClasses.ForgoneMannerAdverbs.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        if (next.Is("a") || next.Is("an"))
        {
            for (var k = beenIndex + 2; k < Math.Min(tokens.Length, beenIndex + 2 + MaxRoleReach) && tokens[k].IsWord; k++)
            {
                if (WordClasses.ForgoneRoleNouns.Contains(tokens[k].Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "but instead it helped", "used instead", "if only the FBI had", and a consequent "would have" after the modal ("in
    // a way that would have ensured", "54,000 lives would have been spared"): the sentence sets the forgone course
    // against the real one. A "would have" before it belongs to another clause ("the Russians would have had control over
    // … any recordings that might have been made", fresh33; "would have illustrated how implausible it was that he could
    // have been integral", a guess).
    private static bool HasAlternativeMarker(ImmutableArray<Token> tokens, int modalIndex)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            if (k > modalIndex && WordClasses.ForgoneContrastAdverbs.Contains(tokens[k].Text))
            {
                return true;
            }

            if (tokens[k].Is("if") && tokens.At(k + 1) is { } tail && WordClasses.ForgoneWishTails.Contains(tail.Text))
            {
                return true;
            }

            if (k > modalIndex && WordClasses.ForgoneConsequentModals.Contains(tokens[k].Text) && HaveAfter(tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    // "would have", "would not have", "would never have": the negations are the grammar layer's (grammar-negations).
    private static bool HaveAfter(ImmutableArray<Token> tokens, int wouldIndex)
    {
        var next = tokens.At(wouldIndex + 1);
        if (next is not null && GrammarLexicons.Default.Negations.Contains(next.Text))
        {
            next = tokens.At(wouldIndex + 2);
        }

        return next is not null && next.Is("have");
    }
}
