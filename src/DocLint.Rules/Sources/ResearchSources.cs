using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Lexicons;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Sources;

/// <summary>
/// How DL3001 and DL3002 read sources under <c>doclint_genre = research</c>. In scientific prose the reference list
/// names what "previous studies", "our data" and "it has been reported" rest on, and a quantified group of specimens
/// ("some mice", "many flavonoids") is the matter studied, not a speaker: only people left unnamed are vague there.
/// </summary>
internal static class ResearchSources
{
    // DL3002's built-in list without the literature reports; the user's terms apply on top (ConfiguredLexicon).
    private static readonly Lazy<Lexicon> ImpersonalLazy = new(
        () => RuleLexicons.ImpersonalAttributions.With([], Lexicon.ParseEntries(RuleLexicons.ReadResource("research-literature-reports"))),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>DL3002's built-in phrases under <c>doclint_genre = research</c>.</summary>
    public static Lexicon ResearchImpersonalAttributions => ImpersonalLazy.Value;

    /// <summary>DL3002's built-in phrases for the document's genre.</summary>
    public static Lexicon ImpersonalAttributionsFor(AnalyzerOptions options) =>
        GenreOptions.IsResearch(options) ? ImpersonalLazy.Value : RuleLexicons.ImpersonalAttributions;

    /// <summary>
    /// A DL3001 finding in research prose names no unnamed people: no word of it is a person noun, or the authors
    /// are among its sources ("We and others have shown", "In this study we show").
    /// </summary>
    public static bool IsNotAPersonSource(ReadOnlySpan<Token> finding)
    {
        foreach (var token in finding)
        {
            if (WordClasses.AuthorPronouns.Contains(token.Text))
            {
                return true;
            }
        }

        foreach (var token in finding)
        {
            if (IsPersonWord(token.Text))
            {
                return false;
            }
        }

        return true;
    }

    // People: a group or role noun, or a one-word vague source that is neither evidence nor a bare quantifier ("some").
    private static bool IsPersonWord(string word) =>
        WordClasses.GroupNouns.Contains(word) || WordClasses.RoleNouns.Contains(word)
        || (RuleLexicons.VagueSources.ContainsWord(word) && !WordClasses.ResearchEvidenceNouns.Contains(word) && !WordClasses.GroupQuantifiers.Contains(word));
}
