using System.Reflection;
using DocLint.Configuration;
using DocLint.Lexicons;

namespace DocLint.Rules.Common;

/// <summary>The lexicons under rules/lexicons, embedded at build and parsed once on first use.</summary>
internal static class RuleLexicons
{
    private static readonly Lazy<Lexicon> HedgesLazy = Load("hedges");
    // DL1001 reads its listed hedges and the cues learned from CoNLL-2010 train (tools/cues) as one lexicon.
    private static readonly Lazy<Lexicon> HedgesWithLearnedLazy = Extend(HedgesLazy, "hedges-learned");
    private static readonly Lazy<Lexicon> HedgesResearchLazy = Extend(HedgesWithLearnedLazy, "hedges-research");
    private static readonly Lazy<Lexicon> HedgesReferenceLazy = Extend(HedgesWithLearnedLazy, "hedges-reference");
    // News adds evidentials its rule keeps only in one grammatical use ("an apparent suicide", "appears ready"); the
    // research and reference models were trained without them.
    private static readonly Lazy<Lexicon> NewsEvidentialsLazy = Load("hedges-news");
    private static readonly Lazy<Lexicon> HedgesNewsLazy = Extend(HedgesWithLearnedLazy, "hedges-news");
    private static readonly Lazy<Lexicon> BoostersLazy = Load("boosters");
    private static readonly Lazy<Lexicon> ImpersonalLazy = Load("impersonal-attributions");
    private static readonly Lazy<Lexicon> VagueSourcesLazy = Load("vague-source-nouns");
    private static readonly Lazy<Lexicon> ReportingVerbsLazy = Load("reporting-verbs");
    private static readonly Lazy<Lexicon> NumberWordsLazy = Load("number-words");
    private static readonly Lazy<Lexicon> OfficialActsLazy = Load("official-acts");

    public static Lexicon Hedges => HedgesLazy.Value;

    /// <summary>The listed hedges and the learned cues of rules/lexicons/hedges-learned.txt.</summary>
    public static Lexicon HedgesWithLearned => HedgesWithLearnedLazy.Value;

    /// <summary>DL1001's hedges for a <c>doclint_genre</c> value: research and reference add the cues learned from
    /// their CoNLL-2010 train part (tools/cues --genre); news, absent or anything else is the default, with the
    /// grammar-checked evidentials of hedges-news.txt.</summary>
    public static Lexicon HedgesFor(string? genre) => genre switch
    {
        Genres.Research => HedgesResearchLazy.Value,
        Genres.Reference => HedgesReferenceLazy.Value,
        _ => HedgesNewsLazy.Value,
    };

    /// <summary>The entries of hedges-news.txt alone: DL1001 checks their grammatical use.</summary>
    public static Lexicon NewsEvidentials => NewsEvidentialsLazy.Value;

    public static Lexicon Boosters => BoostersLazy.Value;

    public static Lexicon ImpersonalAttributions => ImpersonalLazy.Value;

    public static Lexicon VagueSources => VagueSourcesLazy.Value;

    public static Lexicon ReportingVerbs => ReportingVerbsLazy.Value;

    public static Lexicon NumberWords => NumberWordsLazy.Value;

    public static Lexicon OfficialActs => OfficialActsLazy.Value;

    public static IReadOnlyList<string> Names { get; } =
        ["hedges", "boosters", "impersonal-attributions", "vague-source-nouns", "reporting-verbs", "number-words", "official-acts"];

    public static string ReadResource(string name)
    {
        return LexiconBundle.Read(name)
            ?? throw new InvalidOperationException($"The lexicon '{name}' is missing from the lexicon bundle of {typeof(RuleLexicons).Assembly.GetName().Name}.");
    }

    // A lexicon and the entries of one more resource, under the first's name.
    private static Lazy<Lexicon> Extend(Lazy<Lexicon> first, string name) => new(
        () => Lexicon.FromEntries(first.Value.Name, first.Value.Entries.Concat(Lexicon.ParseEntries(ReadResource(name)))),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static Lazy<Lexicon> Load(string name) =>
        new(() => Lexicon.Parse(name, ReadResource(name)), LazyThreadSafetyMode.ExecutionAndPublication);
}
