using System.Collections.Immutable;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Figures;

/// <summary>
/// A named poll that opens its clause, whatever its verb ("A new survey from the Public Policy Institute of California
/// has Clinton in a virtual tie — 46 percent support Clinton", "a HarrisX national poll from May … gave Trump a 73-7
/// lead", "In a 2014 survey by Restaurant Opportunities Center United, 66 percent …", "One of them, a survey by Monmouth
/// University, finds him polling nationally 30 percent"): the figures after it in its clause are its results, named
/// as the guidelines name "a Pew Research poll from May that found 75 percent" (section 3). The owner stands before
/// the poll noun or after it (<see cref="OwnerAfter"/>); a month names no one ("A December 2017 survey has", "a poll
/// from May"). The same phrase after "in" (<see cref="InSentence"/>) covers every figure of its sentence: one reader of
/// the phrase and its owner for both frames (mend51). A clause with its own subject after ", and", ", but" or ";" is not the poll's ("The pre-election Gallup poll … had Bill Clinton registering 45 percent approval,
/// and Republicans won 230 House seats", labelled). figures79 counts the frame in docs/quality.md.
/// </summary>
internal static class PollSubjects
{
    /// <summary>The most tokens between the phrase's determiner and the poll noun ("a July 7-9 NBC/Wall Street Journal national").</summary>
    private const int MaxPhraseTokens = 8;

    // The poll nouns as one lexicon: Covers reads only a token it marks, where it asked the class of every token it walked
    // back over (RuleLexicons.WordsOf; every entry ASCII, so the marks and the case-blind class agree, StartWordGatesTests).
    private static readonly Lazy<Lexicon> PollWordsLazy = RuleLexicons.WordsOf("survey-noun-words", static () => WordClasses.SurveyNouns);

    /// <summary>Every word of class-survey-nouns, a lexicon of one-word entries in <see cref="RuleLexiconSet"/>.</summary>
    internal static Lexicon PollWords => PollWordsLazy.Value;

    /// <summary>True when a named poll opening its clause stands before the figure in the figure's clause.</summary>
    public static bool Covers(ImmutableArray<Token> tokens, SentenceLexicons lexicons, int figureStart)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        // No poll noun between the sentence's second token and the figure: nothing to find, wherever the clause breaks.
        var polls = lexicons.MarksOf(PollWords);
        if (polls.NextStart(1) >= figureStart)
        {
            return false;
        }

        for (var i = figureStart - 1; i > 0; i--)
        {
            if (IsClauseBreak(tokens, i))
            {
                return false;
            }

            // The marks find the token; the class still decides it, as the other mark-gated readers do (perf58).
            if (polls.StartsAt(i) && WordClasses.SurveyNouns.Contains(tokens[i].Text) && Read(tokens, i) is { Owner: true } phrase
                && OpensClause(tokens, phrase.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the sentence finds its figures "in" a named poll ("In the latest CNN poll, …", "in a Gallup survey",
    /// "in a poll conducted by the SEIU"): the place the figures are found is their source without a verb, wherever they
    /// stand. ("the March jobs report" or "the STOXX Europe 600 index" are not polls: what they name is a subject.)
    /// </summary>
    public static bool InSentence(ImmutableArray<Token> tokens)
    {
        for (var i = 1; i < tokens.Length; i++)
        {
            if (WordClasses.SurveyNouns.Contains(tokens[i].Text) && Read(tokens, i) is { Owner: true } phrase
                && (tokens[phrase.Start].Is("in") || (phrase.Start > 0 && tokens[phrase.Start - 1].Is("in"))))
            {
                return true;
            }
        }

        return false;
    }

    // ", and Republicans won": a joiner before a word that is no number opens a clause of its own; ", and 78 percent
    // from customers" goes on with the poll's list.
    private static bool IsClauseBreak(ImmutableArray<Token> tokens, int i)
    {
        if (tokens[i].Text == ";")
        {
            return tokens.At(i + 1) is { Kind: not TokenKind.Number };
        }

        return tokens[i].Text == "," && tokens.At(i + 1) is { } joiner && WordClasses.Coordinators.Contains(joiner.Text)
            && tokens.At(i + 2) is { Kind: not TokenKind.Number };
    }

    // The phrase opens the sentence or a clause: nothing before its determiner but punctuation, "with" or "in".
    private static bool OpensClause(ImmutableArray<Token> tokens, int start) =>
        WordClasses.Determiners.Contains(tokens[start].Text)
        && (start == 0 || !TokenSpans.IsWord(tokens[start - 1]) || tokens[start - 1].Lower() is "with" or "in");

    /// <summary>
    /// The poll noun's phrase read back to its determiner, or to "in" where there is none ("in CNN's latest poll"):
    /// between them capitalised words, numbers and the poll's own adjectives; the owner a capitalised word there or a
    /// maker after the noun (<see cref="OwnerAfter"/>); "of" may join an owner's name ("a University of Michigan
    /// survey"). Null when a comma or another lower-case word ends the phrase first.
    /// </summary>
    private static PollPhrase? Read(ImmutableArray<Token> tokens, int noun)
    {
        var owner = OwnerAfter(tokens, noun);
        for (var j = noun - 1; j >= 0 && j >= noun - MaxPhraseTokens; j--)
        {
            var token = tokens[j];
            if (WordClasses.Determiners.Contains(token.Text) || token.Is("in"))
            {
                return new PollPhrase(j, owner);
            }

            if (token.Text is "," or ";" || (IsLowerWord(token) && !IsPollModifier(tokens, j, noun) && !JoinsOwnerName(tokens, j)))
            {
                return null;
            }

            owner |= IsOwnerWord(token);
        }

        return null;
    }

    /// <summary>A poll noun's phrase: where it opens (its determiner or "in") and whether it names an owner.</summary>
    private readonly record struct PollPhrase(int Start, bool Owner);

    /// <summary>
    /// True for a capitalised word before a poll noun that may name its owner ("a Gallup poll", "a new CNN survey"): not a
    /// word the capital does not make a name (class-not-names) nor a month ("A December 2017 survey").
    /// </summary>
    private static bool IsOwnerWord(Token token) =>
        token.IsCapitalized && TokenSpans.IsWord(token) && !WordClasses.NotNames.Contains(token.Text) && !WordClasses.Months.Contains(token.Text);

    // Lower-case words allowed between the opening and the poll noun: the poll's own adjectives, read as the word right
    // before the noun or a run right after the determiner, "in" or an owner's possessive ("the most recent Quinnipiac
    // poll", "in one Gallup poll", "Gallup's early August survey"); a lower-case word after a name ends the phrase ("The
    // Trump administration cited poll numbers"). A sentence's first word has nothing before it (rev47).
    private static bool IsPollModifier(ImmutableArray<Token> tokens, int j, int noun)
    {
        if (j == noun - 1 || tokens[j].Text is "-" or "/")
        {
            return true;
        }

        var k = j - 1;
        while (k >= 0 && IsLowerWord(tokens[k]) && !WordClasses.Determiners.Contains(tokens[k].Text) && !tokens[k].Is("in"))
        {
            k--;
        }

        return k >= 0 && (WordClasses.Determiners.Contains(tokens[k].Text) || tokens[k].Is("in")
            || (IsOwnerWord(tokens[k]) && Possessives.EndsWithPossessive(tokens[k].Text)));
    }

    // "An Associated Press/University of Chicago poll", "a University of Michigan survey": "of" inside an owner's name.
    private static bool JoinsOwnerName(ImmutableArray<Token> tokens, int j) =>
        tokens[j].Is("of") && j > 0 && IsOwnerWord(tokens[j - 1]) && tokens.At(j + 1) is { } next && IsOwnerWord(next);

    private static bool IsLowerWord(Token token) => TokenSpans.IsWord(token) && !token.IsCapitalized && token.Kind != TokenKind.Number;

    /// <summary>
    /// True when an owner is named after the poll noun: "survey by Monmouth University", "poll from WaPo", "a May 2010
    /// poll conducted by the SEIU", "a poll conducted for The Associated Press", "the January survey conducted on Pew
    /// Research Center's American Trends Panel". A maker's participle (class-study-author-markers) may stand before
    /// "by", "for" or "on"; bare "for" is not read ("a poll for Rosendale" names a candidate). A month or a weekday names
    /// no one ("a poll from May", "a survey released on Tuesday") unless the maker follows it ("a poll from Friday by
    /// Surveys USA"), and nor does the medium it was conducted on ("a poll conducted on the Internet",
    /// class-poll-channels).
    /// </summary>
    private static bool OwnerAfter(ImmutableArray<Token> tokens, int noun)
    {
        var k = noun + 1;
        var marker = tokens.At(k)?.Lower();
        if (marker is not ("by" or "from"))
        {
            if (marker is null or "for" || !WordClasses.StudyAuthorMarkers.Contains(marker)
                || tokens.At(k + 1)?.Lower() is not ("by" or "for" or "on"))
            {
                return false;
            }

            k++;
        }

        k = tokens.At(k + 1)?.Lower() == "the" ? k + 2 : k + 1;
        if (tokens.At(k) is not { IsCapitalized: true } name || !TokenSpans.IsWord(name) || WordClasses.NotNames.Contains(name.Text)
            || WordClasses.PollChannels.Contains(name.Text))
        {
            return false;
        }

        // "a poll from Friday by Surveys USA": the date is no owner, but the maker may follow it.
        return (!WordClasses.Months.Contains(name.Text) && !WordClasses.Weekdays.Contains(name.Text))
            || (tokens.At(k + 1)?.Lower() == "by" && OwnerAfter(tokens, k));
    }
}
