using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// A named poll that opens its clause, whatever its verb ("A new survey from the Public Policy Institute of California
/// has Clinton in a virtual tie — 46 percent support Clinton", "a HarrisX national poll from May … gave Trump a 73-7
/// lead", "In a 2014 survey by Restaurant Opportunities Center United, 66 percent …", "One of them, a survey by Monmouth
/// University, finds him polling nationally 30 percent"): the figures after it in its clause are its results, named
/// as the guidelines name "a Pew Research poll from May that found 75 percent" (section 3). The owner stands before
/// the poll noun or after "by"/"from"; a month names no one ("A December 2017 survey has", "a poll from May"). A clause with its own subject after ", and",
/// ", but" or ";" is not the poll's ("The pre-election Gallup poll … had Bill Clinton registering 45 percent approval,
/// and Republicans won 230 House seats", labelled). figures79 counts the frame in docs/quality.md.
/// </summary>
internal static class PollSubjects
{
    /// <summary>The most tokens between the phrase's determiner and the poll noun ("a July 7-9 NBC/Wall Street Journal national").</summary>
    private const int MaxPhraseTokens = 8;

    /// <summary>True when a named poll opening its clause stands before the figure in the figure's clause.</summary>
    public static bool Covers(ImmutableArray<Token> tokens, int figureStart)
    {
        for (var i = figureStart - 1; i > 0; i--)
        {
            if (IsClauseBreak(tokens, i))
            {
                return false;
            }

            if (WordClasses.SurveyNouns.Contains(tokens[i].Text) && IsNamedOpeningPoll(tokens, i))
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

    private static bool IsNamedOpeningPoll(ImmutableArray<Token> tokens, int noun)
    {
        var owner = OwnerAfter(tokens, noun);
        for (var j = noun - 1; j >= 0 && j >= noun - MaxPhraseTokens; j--)
        {
            var token = tokens[j];
            if (WordClasses.Determiners.Contains(token.Text))
            {
                // The phrase opens the sentence or a clause: nothing before its determiner but punctuation or "with".
                return owner && (j == 0 || !TokenSpans.IsWord(tokens[j - 1]) || tokens[j - 1].Lower() is "with" or "in");
            }

            if (token.Text is "," or ";" || (TokenSpans.IsWord(token) && !token.IsCapitalized && token.Kind != TokenKind.Number
                && !IsPollModifier(tokens, j, noun)))
            {
                return false;
            }

            owner |= token.IsCapitalized && TokenSpans.IsWord(token) && !WordClasses.NotNames.Contains(token.Text)
                && !WordClasses.Months.Contains(token.Text);
        }

        return false;
    }

    // Lower-case words allowed between the determiner and the poll noun: adjectives of the poll itself ("new", "latest",
    // "national") read as what stands right before the noun or right after the determiner; anything else ends the phrase.
    // A sentence's first word has nothing before it ("new CNN poll gives …" asked tokens[-1] and threw, rev47).
    private static bool IsPollModifier(ImmutableArray<Token> tokens, int j, int noun) =>
        j == noun - 1 || (j > 0 && WordClasses.Determiners.Contains(tokens[j - 1].Text)) || tokens[j].Text is "-" or "/";

    // "survey by Monmouth University", "poll from WaPo"; not "poll from May".
    private static bool OwnerAfter(ImmutableArray<Token> tokens, int noun)
    {
        if (tokens.At(noun + 1)?.Lower() is not ("by" or "from"))
        {
            return false;
        }

        var k = tokens.At(noun + 2)?.Lower() == "the" ? noun + 3 : noun + 2;
        return tokens.At(k) is { IsCapitalized: true } name && TokenSpans.IsWord(name)
            && !WordClasses.NotNames.Contains(name.Text) && !WordClasses.Months.Contains(name.Text);
    }
}
