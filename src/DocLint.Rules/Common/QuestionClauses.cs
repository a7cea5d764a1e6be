using System.Collections.Immutable;
using DocLint.Prose;

namespace DocLint.Rules.Common;

/// <summary>
/// Whether a word stands in the clause a sentence's closing "?" asks: the one question check DL1001 and DL1002 share.
/// A hedge or a modal there asks about a possibility ("Have you ever argued with someone who seemed to…?", "Could this
/// happen again?"); it does not mark the author's claim as uncertain.
/// </summary>
internal static class QuestionClauses
{
    /// <summary>
    /// True when the sentence ends on "?" (past closing quotation marks) and nothing between <paramref name="index"/>
    /// and that mark ends the word's clause: an earlier "?" or "!"; a colon, a semicolon, a dash, a stop or an ellipsis
    /// the segmenter left inside, when the question opens after it; a quoted sentence that opens after the word ("the
    /// mayor asked, “Is there…?”"); or a question tag after a comma ("…, does it?"). "The fights seem likely to hinge on two issues: Can the president…?"
    /// and "it doesn't exactly appear to be a winning issue, does it?" keep their hedges: the statement before the
    /// question is the author's.
    /// </summary>
    public static bool IsAsked(ImmutableArray<Token> tokens, int index)
    {
        var end = tokens.Length - 1;
        while (end > index && tokens[end].Kind == TokenKind.Quote)
        {
            end--;
        }

        if (end <= index || tokens[end].Text != "?")
        {
            return false;
        }

        for (var i = index + 1; i < end; i++)
        {
            if (tokens[i].Text is "?" or "!"
                || tokens[i].Text is ":" or ";" or "." or "\u2026" or "..." && OpensQuestion(tokens, i + 1, end, capitalOpens: true)
                || PhraseBreaks.IsDash(tokens[i]) && OpensQuestion(tokens, i + 1, end, capitalOpens: false)
                || tokens[i].Kind == TokenKind.Quote && (tokens[i + 1].IsCapitalized
                    || tokens[i].Text is not ("\u201D" or "\u2019") && OpensQuestion(tokens, i + 1, end, capitalOpens: false))
                || tokens[i].Text == "," && IsQuestionTag(tokens, i + 1, end))
            {
                return false;
            }
        }

        return true;
    }

    // After a break, the question itself opens ("two issues: Can the president…?", "— so do you hire?", "the mayor asked,
    // “Is there…?”"): an inverted auxiliary, a negated one ("— won't they…?") or a question word (class-question-openers),
    // past a quotation mark and one coordinator (class-question-coordinators); after a colon, a semicolon, a stop or an
    // ellipsis a capital opens a sentence too. Any quotation mark before a capital ends the clause ("asked, “Well, how…?”"; a quoted title opening
    // with a capital reads the same way, a cost the segmenter's sentences leave); a closing curly one before a question
    // word does not ("…a year,” how should you assess…?" goes on with the question). Anything else is an aside inside
    // the question ("could this nation survive with her as — gasp — commander in chief…?"), and the word before it is
    // still asked.
    private static bool OpensQuestion(ImmutableArray<Token> tokens, int start, int end, bool capitalOpens)
    {
        var i = start;
        if (i < end && tokens[i].Kind == TokenKind.Quote)
        {
            i++;
        }

        if (i < end && WordClasses.QuestionCoordinators.Contains(tokens[i].Text))
        {
            i++;
        }

        return i < end && tokens[i].IsWord && (capitalOpens && tokens[i].IsCapitalized || WordClasses.QuestionOpeners.Contains(tokens[i].Text)
            || tokens[i].Text.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || tokens[i].Text.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase));
    }

    // A question tag: an auxiliary and its pronoun between a comma and the question mark ("does it", "isn't she").
    private static bool IsQuestionTag(ImmutableArray<Token> tokens, int start, int end) =>
        end - start == 2 && tokens[start].IsWord && !WordClasses.SubjectPronouns.Contains(tokens[start].Text)
        && (WordClasses.SubjectPronouns.Contains(tokens[start + 1].Text) || tokens[start + 1].Is("there"));
}
