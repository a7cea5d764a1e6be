using System.Collections.Immutable;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Figures;

/// <summary>
/// A figure that is what an actor demands or seeks, standing straight after the demand verb as its object: "Patel is
/// seeking the sum of $44,600,000", "Lawyers for Trump are seeking $20 million in damages", "Uttar Pradesh has demanded
/// millions of rupees", "a committee that is seeking six years of returns". The guidelines make a request's content
/// sourced by the request (section 4); the pool labels none of these (figures41: 6 false-alarm sentences, none
/// labelled or borderline). Read here, not as an official act of the attribution reader: an act there covers its whole
/// clause and sources claims too, and a demand's clause goes on to the author's own figures ("demanded that Harvard
/// return $8.6 million …, turning over 55,000 pages", "The $5 billion Trump is seeking would cover … a project
/// estimated to cost about $23 billion"). Only the verb's direct object: "actively seeking a job, remained unchanged at
/// 62.8%" and "seeking to improve fuel standards … by about 20 million vehicles" have other words between.
/// </summary>
internal static class Demands
{
    /// <summary>True when the figure at <paramref name="figureStart"/> is the direct object of a demand verb.</summary>
    public static bool IsDemanded(ImmutableArray<Token> tokens, int figureStart)
    {
        var verb = figureStart - 1;
        // "seeking the sum of $44,600,000": the sum's own frame before the figure.
        if (verb >= 3 && tokens[verb].Is("of") && tokens[verb - 1].Is("sum") && tokens[verb - 2].Is("the"))
        {
            verb -= 3;
        }

        return tokens.At(verb) is { IsWord: true } word && WordClasses.DemandVerbs.Contains(word.Text);
    }
}
