using DocLint.Analysis;
using DocLint.Configuration;

namespace DocLint.Rules.Common;

/// <summary>The document's <c>doclint_genre</c> as the rules ask it (the policy reader has already normalised it).</summary>
internal static class GenreOptions
{
    /// <summary>Scientific prose: the rules that read research papers differently (DL1002, DL3001, DL3002) ask this.</summary>
    public static bool IsResearch(AnalyzerOptions options) => options.Get(PolicyKeys.Genre) == Genres.Research;

    /// <summary>Encyclopedic prose: its annotators (CoNLL-2010, Szeged) label some forms the news guidelines exempt.</summary>
    public static bool IsReference(AnalyzerOptions options) => options.Get(PolicyKeys.Genre) == Genres.Reference;
}
