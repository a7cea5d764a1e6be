using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;
using DocLint.Rules.Semantics;

namespace DocLint.Rules.Figures;

/// <summary>
/// A count of the people a speech is addressed to: "He told his 916,000 Twitter followers that …", "Speaking to several
/// hundred supporters …, Sanders declared", "In an email to the bureau's 35,000 employees, Mr. Way said", "Trump's tweet
/// to his more than 65 million followers asserted". The speaker names the audience but does not report its size: the
/// count is the author's, so the speech does not source it (guidelines section 4 exempts a named speaker's content only;
/// the pool labels these 7 of 8 times).
/// </summary>
internal static class AddresseeCounts
{
    /// <summary>The most words between "to"/"told" and the count ("the crowd of several", "his more than").</summary>
    private const int MaxLeadWords = 5;

    /// <summary>True when the figure starting at token <paramref name="figure"/> counts a speech's audience.</summary>
    public static bool IsAddressee(ImmutableArray<Token> tokens, int figure)
    {
        for (var j = figure - 1; j >= 0 && j >= figure - MaxLeadWords - 1; j--)
        {
            var token = tokens[j];
            // "was told approximately 150": after a passive "told" the count is what the subject heard, the content.
            if (WordClasses.AddresseeVerbs.Contains(token.Text))
            {
                return !(token.Is("told") && j > 0 && WordClasses.BeVerbs.Contains(tokens[j - 1].Text));
            }

            if (token.Is("to"))
            {
                return j > 0 && WordClasses.AddressHeads.Contains(tokens[j - 1].Text);
            }

            // "told of 500 deaths" is the content, not the audience: "of" only after "crowd", "audience", …. And the noun
            // only before that "of": "told the crowd 5,000 jobs would come back" counts what the speech says.
            var between = token.Is("of")
                ? j > 0 && WordClasses.AudienceNouns.Contains(tokens[j - 1].Text)
                : WordClasses.Determiners.Contains(token.Text) || WordClasses.Approximators.Contains(token.Text)
                    || WordClasses.AudienceWords.Contains(token.Text) || Possessives.IsPossessive(token, PossessiveOwners.AnyPerson)
                    || (WordClasses.AudienceNouns.Contains(token.Text) && tokens[j + 1].Is("of"));
            if (!between)
            {
                return false;
            }
        }

        return false;
    }
}
