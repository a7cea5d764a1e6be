using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Hedging;

/// <summary>
/// News: "asked how he could explain them", "it is unclear what Republicans may demand", "shows why some people might
/// be inclined", "comment on whether his handling of the coronavirus may hurt": a modal after a question word and the
/// question's subject asks what is possible; it does not assert it (GUIDELINES.md: "questions about whether he could
/// win back the supporters"). DL1002 asks this reader, which walks back from the modal over the question's subject to
/// the word that opens the question.
/// </summary>
/// <remarks>
/// Between the question word (class-question-words) and the modal there must be a noun or pronoun (the subject; "in
/// what could be the largest" has none and stays a hedge) and no finite verb or "to": "how the court is viewed could
/// affect", "what we saw in Britain could happen" and "how to pay for them could become" make the modal the main
/// clause's. Opening a sentence, a headline or what follows a colon, the question word promises an explanation of a
/// possibility the author puts forward ("Why Beto O'Rourke could be Dems' 2020 nominee", "Don't miss: Why flexible
/// work options could be a game changer"). A concessive free relative ("whatever the case may be", "whoever they may
/// be", "however cathartic it may be", class-free-relative-openers) is read the same way, and at a sentence's start
/// too. The subject may be a demonstrative ("what that might entail", "how exactly this might play out"), hold an
/// abbreviation ("what role the U.S. could play") or a participle before its noun ("what impact loosened restrictions
/// could have", "how increased political polarization could be detected"); hedgelearn21 found these among the news
/// hedge model's right flips. hedges54: two such modifiers joined by "or"/"and" ("what a reopened or rehabilitated economy
/// might look like"), and a verb's tag on the word before the modal after a determiner and at most one modifier ("how this
/// deepening divide might affect": a finite verb takes no determiner) read as the subject too. A verb after "what" stays a verb even where it could be the question's noun ("what steps
/// his administration might take" is missed): read as a noun, "what makes Sanders appealing may prove poisonous" and
/// "the sense of what constitutes service may change" lost the main clause's hedge.
/// </remarks>
internal static class EmbeddedQuestionReader
{
    /// <summary>True when the modal at <paramref name="modalIndex"/> asks inside an embedded question or a free relative.</summary>
    public static bool IsInside(ImmutableArray<Token> tokens, SentenceGrammar grammar, int modalIndex) =>
        OpenerOf(tokens, grammar, modalIndex) >= 0;

    /// <summary>
    /// The index of the question word or free-relative opener whose clause holds the modal at
    /// <paramref name="modalIndex"/> as its subject's verb, or -1 when the modal is not in such a clause.
    /// </summary>
    public static int OpenerOf(ImmutableArray<Token> tokens, SentenceGrammar grammar, int modalIndex)
    {
        var subject = false;
        for (var back = modalIndex - 1; back >= 0; back--)
        {
            if (!tokens[back].IsWord && tokens[back].Kind != TokenKind.Abbreviation)
            {
                return -1;
            }

            if (WordClasses.QuestionWords.Contains(tokens[back].Text))
            {
                return subject && back > 0 && tokens[back - 1].Text != ":" ? back : -1;
            }

            // "whatever the case may be", "However cathartic it may be, …": a concessive free relative ranges over the
            // possibilities wherever it stands, a sentence's start included. "the possibility however that he may" is a
            // linking "however" before a content clause, which keeps its doubt.
            if (WordClasses.FreeRelativeOpeners.Contains(tokens[back].Text))
            {
                return subject && !tokens[back + 1].Is("that") ? back : -1;
            }

            if (subject && IsParticipleModifier(tokens, grammar, back))
            {
                continue;
            }

            // "how this deepening divide might affect": a base verb's tag straight before the modal, after a determiner
            // and at most one modifier, is the subject's noun; a finite verb takes no determiner.
            if (back == modalIndex - 1 && IsNounAfterDeterminer(tokens, grammar, back))
            {
                subject = true;
                continue;
            }

            switch (grammar.TagAt(back))
            {
                case PosTag.VB or PosTag.VBD or PosTag.VBN or PosTag.VBP or PosTag.VBZ or PosTag.MD or PosTag.TO:
                    return -1;
                case PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS or PosTag.PRP or PosTag.CD:
                    subject = true;
                    break;
                case PosTag.DT when WordClasses.Demonstratives.Contains(tokens[back].Text):
                    subject = true;
                    break;
            }
        }

        return -1;
    }

    // "loosened" in "what impact loosened restrictions", "increased" in "how increased political polarization": an "-ed"
    // participle before the subject's noun or adjective, straight after the question word, a determiner, an adjective or
    // the question's own noun. "how the plan changed prices could" has the subject "the plan" before it: a verb.
    // hedges54: two modifiers joined by a coordinator ("what a reopened or rehabilitated economy") are read the same way,
    // each through the other.
    private static bool IsParticipleModifier(ImmutableArray<Token> tokens, SentenceGrammar grammar, int index)
    {
        if (!IsEdParticiple(tokens, grammar, index) || index == 0
            || !(grammar.TagAt(index + 1).IsNoun() || grammar.TagAt(index + 1).IsAdjective() || IsCoordinatedModifier(tokens, grammar, index + 1, index + 2)))
        {
            return false;
        }

        var before = tokens[index - 1];
        return WordClasses.QuestionWords.Contains(before.Text) || WordClasses.Determiners.Contains(before.Text)
            || grammar.TagAt(index - 1).IsAdjective()
            || grammar.TagAt(index - 1).IsNoun() && index > 1 && WordClasses.QuestionWords.Contains(tokens[index - 2].Text)
            || IsCoordinatedModifier(tokens, grammar, index - 1, index - 2);
    }

    private static bool IsEdParticiple(ImmutableArray<Token> tokens, SentenceGrammar grammar, int index) =>
        index >= 0 && index < tokens.Length && grammar.TagAt(index) is PosTag.VBD or PosTag.VBN
        && tokens[index].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    // "or" at coordinatorIndex joining an "-ed" participle or an adjective at otherIndex.
    private static bool IsCoordinatedModifier(ImmutableArray<Token> tokens, SentenceGrammar grammar, int coordinatorIndex, int otherIndex) =>
        otherIndex >= 0 && otherIndex < tokens.Length && WordClasses.Coordinators.Contains(tokens[coordinatorIndex].Text)
        && (IsEdParticiple(tokens, grammar, otherIndex) || grammar.TagAt(otherIndex).IsAdjective());

    // A base or present verb's tag after a determiner ("this divide"), or after a determiner and one "-ing" word or
    // adjective ("this deepening divide"). "what the people want could" has a noun before the verb and stays a verb.
    private static bool IsNounAfterDeterminer(ImmutableArray<Token> tokens, SentenceGrammar grammar, int index)
    {
        if (grammar.TagAt(index) is not (PosTag.VB or PosTag.VBP) || index == 0)
        {
            return false;
        }

        if (WordClasses.Determiners.Contains(tokens[index - 1].Text))
        {
            return true;
        }

        return index > 1 && (grammar.TagAt(index - 1) is PosTag.VBG || grammar.TagAt(index - 1).IsAdjective())
            && WordClasses.Determiners.Contains(tokens[index - 2].Text);
    }
}
