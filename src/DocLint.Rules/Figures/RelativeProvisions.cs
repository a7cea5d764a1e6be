using System.Collections.Immutable;
using System.Globalization;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// A figure a law, bill or plan sets out, told in a relative clause on the document: "the Families First Coronavirus
/// Response Act, which provided an additional $3.5 billion", "their own plan, which included $58 billion in war funds",
/// "the legislature enacted a program that gave a tax credit of up to $150". The guidelines make the content of an
/// official act (a law, order, proposal) sourced by it (section 4), and the gold leaves these unlabelled as it leaves
/// "the CARES Act includes …" (Provisions). Provisions reads the document as the provision verb's subject; here the
/// subject is the relative pronoun and the document stands before it, with any determiner: the clause itself picks out
/// the document, so "a program that gave" is as much that program's term as "the program gave". What a document did in
/// the world has no provision verb and stays a figure ("a law that has cost $2 billion", "a bill that would add $1.5
/// trillion to the debt"). Nor is a large count of people or things that is not money or a share: the population the
/// document reaches is the author's figure ("a new law that has allowed thousands of non-violent offenders to gain
/// early release", "the DACA program, which allows about 800,000 young people …", "a program that provides coverage for
/// 8 million children"; the gold labels the DACA count), where the amounts, rates and limits it sets are its terms.
/// </summary>
internal static class RelativeProvisions
{
    /// <summary>The most auxiliaries and adverbs between the relative pronoun and its verb ("which would also have provided").</summary>
    private const int MaxAuxiliaries = 3;

    /// <summary>True when the figure is in the object of a provision verb whose subject is a relative pronoun on a document noun.</summary>
    public static bool IsProvided(ImmutableArray<Token> tokens, Figure figure)
    {
        for (var verb = figure.Start - 1; verb > 0; verb--)
        {
            var token = tokens[verb];
            // The object ends at any break, as Provisions' does: what follows a comma or dash the author may state.
            if (PhraseBreaks.EndsPhrase(token) || PhraseBreaks.IsBracket(token))
            {
                return false;
            }

            if (token.IsWord && WordClasses.ProvisionVerbs.Contains(token.Text))
            {
                // The population test parses the figure's words: asked only of the few figures a document provides.
                return HasRelativeDocumentSubject(tokens, verb) && !IsPopulation(tokens, figure);
            }
        }

        return false;
    }

    // "Act,' which provided", "plan, which included", "a program that gave", "a measure that would give".
    private static bool HasRelativeDocumentSubject(ImmutableArray<Token> tokens, int verb)
    {
        var relative = verb - 1;
        while (relative >= 0 && verb - relative <= MaxAuxiliaries && tokens[relative].IsWord
            && WordClasses.ProvisionAuxiliaries.Contains(tokens[relative].Text))
        {
            relative--;
        }

        if (relative < 1 || !tokens[relative].IsWord || !(tokens[relative].Is("which") || tokens[relative].Is("that")))
        {
            return false;
        }

        return IsDocumentBefore(tokens, relative);
    }

    /// <summary>
    /// True when a document noun (class-provision-nouns.txt) stands right before <paramref name="index"/>, past any comma
    /// and closing quotation marks: the antecedent of a relative clause opening there ("the HEROES Act, which",
    /// "Biden's “Build Back Better” plan, which", "Act,' which"). AttributionCover asks it at an aside's comma or dash.
    /// </summary>
    public static bool IsDocumentBefore(ImmutableArray<Token> tokens, int index)
    {
        var noun = index - 1;
        while (noun > 0 && !tokens[noun].IsWord && IsNameCloser(tokens[noun].Text))
        {
            noun--;
        }

        return noun >= 0 && tokens[noun].IsWord && WordClasses.ProvisionNouns.Contains(tokens[noun].Text);
    }

    /// <summary>The smallest plain count read as a population rather than a term ("fewer than 500 employees", "38 countries" are terms).</summary>
    private const decimal MinPopulation = 1000m;

    // "thousands of offenders", "about 800,000 young people", "8 million children": a count with a scale word or of a
    // thousand or more, with no currency or percent in or right after it ("$250 billion", "25 percent" are terms).
    private static bool IsPopulation(ImmutableArray<Token> tokens, Figure figure)
    {
        var large = false;
        for (var j = figure.Start; j <= figure.End && j < tokens.Length; j++)
        {
            var text = tokens[j].Text;
            if (text.StartsWith('$') || text.EndsWith('%') || WordClasses.CurrencyWords.Contains(text) || WordClasses.PercentWords.Contains(text))
            {
                return false;
            }

            if (j == figure.End)
            {
                break;
            }

            large |= ScaleWordForms.IsScaleWord(text)
                || (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= MinPopulation);
        }

        return large;
    }

    private static bool IsNameCloser(string text) => text is "," or "'" or "\u2019" or "\"" or "\u201d";
}
