using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Hedging;

/// <summary>
/// An impersonal "it"/"there" frame that marks the clause after it as the author's guess: "It's possible voters will
/// …", "it is certainly plausible that CBS edited …", "there's a decent chance my parents will read this", "there is now
/// some reason to believe that …", "it's a safe bet that …". The words vary too much for whole-token entries (an adverb,
/// a determiner and an adjective may stand between the copula and the head), so the frame is read round a head from
/// <see cref="WordClasses.ImpersonalHedgeHeads"/>: subject, copula, fillers, head, then the start of a clause.
/// </summary>
internal static class ImpersonalHedgeFrame
{
    /// <summary>The most words between the copula and the head: "is now some", "'s just a", "is certainly".</summary>
    private const int MaxFillers = 3;

    /// <summary>The most words in a head entry ("reasons to believe").</summary>
    private const int MaxHeadWords = 3;

    /// <summary>A found frame: the tokens from the subject through the head, end exclusive.</summary>
    internal readonly record struct Span(int Start, int End);

    /// <summary>The frames of the sentence, each from its "it"/"there" through its head.</summary>
    public static IEnumerable<Span> Read(ImmutableArray<Token> tokens, SentenceGrammar grammar)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (FrameAt(tokens, grammar, i) is { } span)
            {
                yield return span;
                i = span.End - 1;
            }
        }
    }

    private static Span? FrameAt(ImmutableArray<Token> tokens, SentenceGrammar grammar, int start)
    {
        var subject = tokens[start];
        if (!MayBeSubject(subject.Text))
        {
            return null;
        }

        int next;
        if (subject.Is("it's") || subject.Is("there's"))
        {
            next = start + 1;
        }
        else if ((FunctionWords.Is(subject, "it") || subject.Is("there")) && tokens.At(start + 1) is { } verb && WordClasses.BeVerbs.Contains(verb.Text))
        {
            next = start + 2;
        }
        else
        {
            return null;
        }

        // Most "it is" / "there are" frames hold no head at all; asking the fillers' tags first would tag those sentences
        // for nothing (the walk below can only end in a head within the same window).
        if (!HasHeadWithin(tokens, next))
        {
            return null;
        }

        var determined = false;
        for (var fillers = 0; next < tokens.Length && fillers <= MaxFillers; fillers++)
        {
            // A denied or shrunk frame is no guess ("there is no reason to believe", "it is not possible but").
            if (IsStop(tokens[next]))
            {
                return null;
            }

            if (HeadLength(tokens, next) is var length && length > 0)
            {
                return OpensClause(tokens, grammar, next + length) && !IsAttributive(subject, grammar.TagAt(next + length - 1), determined)
                    ? new Span(start, next + length) : null;
            }

            if (!IsFiller(tokens[next], grammar.TagAt(next)))
            {
                return null;
            }

            determined |= WordClasses.Determiners.Contains(tokens[next].Text);

            next++;
        }

        return null;
    }

    // An adjective head (its last word's tag: "a safe bet" is a noun) after "there" or a determiner describes the noun after it, and the frame is no guess: "there are
    // other plausible explanations for the loss" (train's one false alarm), "it is a possible outcome of the talks". The
    // guessing adjective is the predicate of the anticipatory "it" ("it's possible voters will"); the noun heads
    // ("a decent chance", "reason to believe") take either subject.
    private static bool IsAttributive(Token subject, PosTag headTag, bool determined) =>
        headTag.IsAdjective() && (determined || subject.Is("there") || subject.Is("there's"));

    // "now", "just", "certainly", "entirely" (adverbs), "a", "some" (determiners), "good", "decent" (adjectives).
    private static bool IsFiller(Token token, PosTag tag) =>
        token.IsWord && (tag.IsAdverb() || tag.IsAdjective() || WordClasses.Determiners.Contains(token.Text));

    // Whether the word can be "it", "it's", "there" or "there's" at all, by its length and first letter: most words are
    // none, and the case-blind comparisons above cost each word four calls. Exact: under OrdinalIgnoreCase only 'i'/'I'
    // and 't'/'T' equal those first letters (no character outside ASCII equals an ASCII letter, rev47), and c | 0x20 is
    // 'i' or 't' for those four alone.
    private static bool MayBeSubject(string text) =>
        text.Length is 2 or 4 or 5 or 7 && (char)(text[0] | 0x20) is 'i' or 't';

    private static bool IsStop(Token token) => Negators.IsNegator(token) || WordClasses.ImpersonalFrameStops.Contains(token.Text);

    private static bool HasHeadWithin(ImmutableArray<Token> tokens, int first)
    {
        for (var index = first; index <= first + MaxFillers && index < tokens.Length; index++)
        {
            if (HeadLength(tokens, index) > 0)
            {
                return true;
            }
        }

        return false;
    }

    // The longest head entry that starts at the token, read word by word ("reason to believe" before "reason").
    private static int HeadLength(ImmutableArray<Token> tokens, int index)
    {
        var best = 0;
        var words = string.Empty;
        for (var length = 1; length <= MaxHeadWords && index + length <= tokens.Length; length++)
        {
            var token = tokens[index + length - 1];
            if (!token.IsWord)
            {
                break;
            }

            words = length == 1 ? token.Text : words + " " + token.Text;
            if (WordClasses.ImpersonalHedgeHeads.Contains(words))
            {
                best = length;
            }
        }

        return best;
    }

    // What follows the head must open the guessed clause: "that", a subject ("voters", "the", "he"), or a comma before a
    // coordinator ("it's entirely possible, and …"). A preposition or "to" makes the head an ability or an opportunity
    // ("it is possible to", "it is possible for", "a chance to win", "a chance of rain"), and the sentence's end leaves no
    // clause ("whenever it is possible.").
    private static bool OpensClause(ImmutableArray<Token> tokens, SentenceGrammar grammar, int index)
    {
        if (tokens.At(index) is not { } next)
        {
            return false;
        }

        if (next.Is("that"))
        {
            return true;
        }

        if (next.Text == ",")
        {
            return tokens.At(index + 1) is { } coordinator && WordClasses.QuestionCoordinators.Contains(coordinator.Text);
        }

        return next.IsWord && grammar.TagAt(index) is not (PosTag.IN or PosTag.TO);
    }
}
