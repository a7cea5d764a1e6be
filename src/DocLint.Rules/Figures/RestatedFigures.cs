using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Grammar;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// A figure the story already gave, pointed back at with "the", "this", "these", "those" or a determiner "that" ("Trump
/// accepts the $1.6 billion …" after "the gap between $5 billion and $1.6 billion", "That $454 billion is designed to
/// grow"): the restatement makes no new claim, and its source, or the lack of one, is the first mention's, which the rule
/// still judges. figures62: of the pool's and fresh sets' flagged figures after such a determiner, those whose exact
/// figure stands in an earlier sentence are labelled 5 : unlabelled 14 (11 borderline); those without one 157 : 65.
/// A restatement without the determiner is a new claim as often as not (a different index's "0.1 percent", the same
/// "20,000 signatures" restated with its date) and the gold labels it as it labels a first mention (67 : 91, 103
/// borderline), so it stays reported. Only figures with digits are matched: "the two men" is too often another pair.
/// </summary>
internal static class RestatedFigures
{
    public static bool IsRestated(AnalyzedDocument document, Sentence sentence, Figure figure)
    {
        var tokens = sentence.Tokens;
        if (figure.Start == 0 || !PointsBack(document, sentence, figure.Start - 1))
        {
            return false;
        }

        var key = KeyOf(tokens, figure);
        if (key.Length == 0)
        {
            return false;
        }

        foreach (var earlier in document.Sentences)
        {
            if (ReferenceEquals(earlier, sentence))
            {
                return false;
            }

            if (Contains(earlier.Tokens, key))
            {
                return true;
            }
        }

        return false;
    }

    // "the" and the demonstratives (class-demonstratives.txt); "that" only as the tagger's determiner, not the complementiser of "it seems
    // clear that $350 billion will not be enough".
    private static bool PointsBack(AnalyzedDocument document, Sentence sentence, int index)
    {
        var word = sentence.Tokens[index];
        if (word.Is("the"))
        {
            return true;
        }

        return WordClasses.Demonstratives.Contains(word.Text) && (!word.Is("that") || document.Grammar(sentence).TagAt(index) == PosTag.DT);
    }

    // The figure's tokens, and the noun after a bare number ("the 14 Republican-held seats" restates "14
    // Republican-held", not any 14): empty for a figure with no digits.
    private static string[] KeyOf(ImmutableArray<Token> tokens, Figure figure)
    {
        var hasDigits = false;
        for (var i = figure.Start; i < figure.End; i++)
        {
            hasDigits |= tokens[i].Kind is TokenKind.Number or TokenKind.NumberWithSuffix;
        }

        if (!hasDigits)
        {
            return [];
        }

        var end = figure.End;
        if (tokens[end - 1].Kind == TokenKind.Number && end < tokens.Length && tokens[end].IsWord)
        {
            end++;
        }

        var key = new string[end - figure.Start];
        for (var i = figure.Start; i < end; i++)
        {
            key[i - figure.Start] = tokens[i].Text;
        }

        return key;
    }

    private static bool Contains(ImmutableArray<Token> tokens, string[] key)
    {
        for (var i = 0; i + key.Length <= tokens.Length; i++)
        {
            var j = 0;
            while (j < key.Length && tokens[i + j].Is(key[j]))
            {
                j++;
            }

            if (j == key.Length)
            {
                return true;
            }
        }

        return false;
    }
}
