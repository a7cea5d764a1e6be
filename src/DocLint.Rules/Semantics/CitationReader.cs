using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>Evidence a sentence gives for itself: a link or footnote, or a citation marker in its text.</summary>
internal static class CitationReader
{
    /// <summary>A link, footnote reference or citation marker in the sentence.</summary>
    public static bool HasEvidence(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.HasEvidence || HasCitationMarker(sentence.Tokens);
    }

    // "[12]", "(Smith, 2020)", "(Smith et al. 2020)", and an embedded post's signature "— Name (@handle) May 10, 2017",
    // which names the account whose words the sentence is.
    public static bool HasCitationMarker(ImmutableArray<Token> tokens)
    {
        for (var i = 0; i + 2 < tokens.Length; i++)
        {
            if (tokens[i].Text == "(" && IsHandle(tokens, i + 1, out var close) && tokens.At(close + 1) is { } month && WordClasses.Months.Contains(month.Text))
            {
                return true;
            }

            if (tokens[i].Text == "[" && tokens[i + 1].Kind == TokenKind.Number && tokens[i + 2].Text == "]")
            {
                return true;
            }

            if (tokens[i].Text == "(" && tokens[i + 1].IsCapitalized && TokenSpans.IsWord(tokens[i + 1]))
            {
                for (var j = i + 2; j < Math.Min(tokens.Length, i + 8); j++)
                {
                    if (tokens[j].Text == ")")
                    {
                        break;
                    }

                    if (tokens[j].Kind == TokenKind.Number && tokens[j].Text.Length == 4 && j + 1 < tokens.Length && tokens[j + 1].Text is ")" or ";" or "," or ":")
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // "@LarryWebsite" as one token, or "@" then the name; <paramref name="close"/> is the ")" after it.
    private static bool IsHandle(ImmutableArray<Token> tokens, int index, out int close)
    {
        close = tokens[index].Text.StartsWith('@') && tokens[index].Text.Length > 1 ? index + 1
            : tokens[index].Text == "@" && index + 1 < tokens.Length && TokenSpans.IsWord(tokens[index + 1]) ? index + 2 : -1;
        return close > 0 && close < tokens.Length && tokens[close].Text == ")";
    }
}
