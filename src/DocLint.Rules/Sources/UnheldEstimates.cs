using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Sources;

/// <summary>
/// An estimate owned by no one: "an estimated" before the quantity it qualifies ("There are an estimated 700,000 to 1.5
/// million people on the watch list", "An estimated 12 states have seen", "an estimated nearly half a million Syrians").
/// The gold labels the phrase an unnamed source when nothing in the sentence says whose estimate it is (pool 4 labelled :
/// 1 unlabelled; fresh14-32 7 : 0, the two unlabelled there owned: "According to the White House, an estimated"). The
/// quantity must follow at once (a digit, a currency sign or class-estimate-quantity-words), so "an estimated cost" or
/// "an estimated tax bill" is an adjective, not a figure's source. Whether a source in the sentence owns it is the
/// analyzer's test.
/// </summary>
internal static class UnheldEstimates
{
    /// <summary>The token span of each "an estimated" that opens a quantity, in the order of the sentence.</summary>
    public static IEnumerable<(int Start, int End)> In(ImmutableArray<Token> tokens)
    {
        for (var i = 0; i + 2 < tokens.Length; i++)
        {
            if (tokens[i].Is("an") && tokens[i + 1].Is("estimated") && OpensQuantity(tokens[i + 2]))
            {
                yield return (i, i + 2);
            }
        }
    }

    private static bool OpensQuantity(Token token) =>
        token.Kind is TokenKind.Number or TokenKind.NumberWithSuffix or TokenKind.Symbol
        || WordClasses.EstimateQuantityWords.Contains(token.Text);
}
