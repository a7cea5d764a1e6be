using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// Whether a source phrase holds a poll, a survey or its respondents ("the poll", "respondents", "a Pew survey of
/// voters"): such a phrase is the survey reading's to judge, as a named record or the data itself, wherever its head is.
/// The classifier and the attribution reader ask the same question of a phrase.
/// </summary>
internal static class SurveyMentions
{
    /// <summary>True when a word of <paramref name="phrase"/> names a survey or its respondents, or, with
    /// <paramref name="studies"/>, a study.</summary>
    public static bool In(ReadOnlySpan<Token> phrase, bool studies)
    {
        foreach (var token in phrase)
        {
            if (WordClasses.SurveyNouns.Contains(token.Text) || WordClasses.SurveyRespondents.Contains(token.Text)
                || (studies && WordClasses.StudyNouns.Contains(token.Text)))
            {
                return true;
            }
        }

        return false;
    }
}
