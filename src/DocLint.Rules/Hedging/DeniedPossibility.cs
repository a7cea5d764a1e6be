using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Hedging;

/// <summary>
/// A modal whose possibility is denied, not doubted: "No one could ever accuse Jeb of that", "something no future
/// candidate could bank on" (the subject denies that anyone can: DL1002), and the emphatic "possibly" that stresses
/// such a modal ("he could not have possibly done", "what Trump could possibly have said", "as good as we could
/// possibly get": DL1001). The gold labels neither an author hedge in any set (hedges37: pool 4 + 3 false alarms,
/// fresh14-32 and train none labelled; the one labelled "could possibly" is an affirmative relative, "people who could
/// possibly have the virus", and stays).
/// </summary>
internal static class DeniedPossibility
{
    /// <summary>The most words between "no"/"neither" and the modal: the denied noun and one modifier.</summary>
    private const int MaxDeniedNounWords = 2;

    /// <summary>The most words back from the modal to a question word that opens its clause ("how people could").</summary>
    private const int MaxQuestionReach = 6;

    /// <summary>
    /// The modal's subject denies itself: a negative pronoun straight before it ("nobody may", "nothing could"), "no one"
    /// or "none of us" (<see cref="HasNegativePronounSubject"/>), or "no"/"neither" opening a short noun phrase of
    /// lower-case words ("no witnesses could", "No rational person could"). A name, pronoun or determiner inside the
    /// phrase means "no" opened something else ("no way Trump could", "no sign the deal could"), and a preposition or verb
    /// before "no" makes the phrase an object ("voters with no party could decide"): the modal stays in both.
    /// </summary>
    public static bool HasNegativeSubject(ImmutableArray<Token> tokens, SentenceGrammar grammar, int modalIndex)
    {
        if (HasNegativePronounSubject(tokens, modalIndex))
        {
            return true;
        }

        for (var start = modalIndex - 2; start >= Math.Max(0, modalIndex - 1 - MaxDeniedNounWords); start--)
        {
            if (WordClasses.NegativeDeterminers.Contains(tokens[start].Text))
            {
                return OpensSubject(tokens, grammar, start) && IsPlainNounPhrase(tokens, start + 1, modalIndex);
            }
        }

        return false;
    }

    /// <summary>A negative pronoun straight before the modal, "no one", or "none of" and one word ("none of us could").</summary>
    public static bool HasNegativePronounSubject(ImmutableArray<Token> tokens, int modalIndex)
    {
        if (tokens.At(modalIndex - 1) is not { } previous)
        {
            return false;
        }

        return WordClasses.NegativePronouns.Contains(previous.Text)
            || previous.Is("one") && tokens.At(modalIndex - 2) is { } no && no.Is("no")
            || tokens.At(modalIndex - 2) is { } of && of.Is("of") && tokens.At(modalIndex - 3) is { } none && WordClasses.NegativePronouns.Contains(none.Text);
    }

    /// <summary>
    /// "possibly" at <paramref name="index"/> stresses a modal just before it (past "not", "never" or "have") in a clause
    /// that denies, asks or sets a limit: a negated modal ("could not possibly", "couldn't possibly"), a denied subject,
    /// a question word opening the clause ("how people could possibly", "what Trump could possibly have said"), or the
    /// standard of an "as … as" comparison ("as good as we could possibly get"). An affirmative "the bill could possibly
    /// pass" doubts and stays a hedge.
    /// </summary>
    public static bool IsEmphatic(ImmutableArray<Token> tokens, int index)
    {
        var modalIndex = index - 1;
        var negated = false;
        while (modalIndex >= 0 && index - modalIndex <= 3 && tokens[modalIndex].Lower() is "not" or "never" or "have")
        {
            negated |= tokens[modalIndex].Lower() is "not" or "never";
            modalIndex--;
        }

        if (modalIndex < 0 || !WordClasses.EmphaticPossiblyModals.Contains(tokens[modalIndex].Text))
        {
            return false;
        }

        return negated || tokens[modalIndex].Text.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || tokens[modalIndex].Is("cannot")
            || HasNegativePronounSubject(tokens, modalIndex) || OpensWithQuestionWord(tokens, modalIndex) || IsComparisonLimit(tokens, modalIndex);
    }

    private static bool IsPlainNounPhrase(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var word = tokens[k];
            if (!word.IsWord || word.IsCapitalized || WordClasses.SubjectPronouns.Contains(word.Text) || WordClasses.Determiners.Contains(word.Text))
            {
                return false;
            }
        }

        return true;
    }

    // "no" opens the sentence or follows a break, a coordinator, a noun the clause describes ("something no future
    // candidate could bank on") or "that"; after a preposition or a verb it heads an object.
    private static bool OpensSubject(ImmutableArray<Token> tokens, SentenceGrammar grammar, int start) =>
        start == 0 || tokens[start - 1].Kind == TokenKind.Punctuation || tokens[start - 1].Is("that")
        || grammar.TagAt(start - 1) is not (PosTag.IN or PosTag.TO or PosTag.VB or PosTag.VBD or PosTag.VBG or PosTag.VBN or PosTag.VBP or PosTag.VBZ);

    private static bool OpensWithQuestionWord(ImmutableArray<Token> tokens, int modalIndex)
    {
        for (var back = modalIndex - 1; back >= Math.Max(0, modalIndex - MaxQuestionReach); back--)
        {
            if (tokens[back].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (WordClasses.QuestionWords.Contains(tokens[back].Text))
            {
                return true;
            }
        }

        return false;
    }

    // "as good as we could possibly get": "as", the subject, the modal, with an earlier "as" before the adjective.
    private static bool IsComparisonLimit(ImmutableArray<Token> tokens, int modalIndex) =>
        tokens.At(modalIndex - 2) is { } second && second.Is("as")
        && (tokens.At(modalIndex - 4) is { } first && first.Is("as") || tokens.At(modalIndex - 5) is { } early && early.Is("as"));
}
