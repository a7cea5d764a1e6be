using System.Collections.Immutable;
using System.Reflection;
using DocLint.Configuration;
using DocLint.Lexicons;

namespace DocLint.Rules.Common;

/// <summary>The lexicons under rules/lexicons, embedded at build and parsed once on first use.</summary>
internal static class RuleLexicons
{
    // The hedge lists as entries, each extension the one before and one list more: a genre's lexicon is built from
    // them alone. Each step was a lexicon, so its trie was built only to read its entries (perf44).
    private static readonly Lazy<ImmutableArray<string>> HedgeEntries =
        new(() => Lexicon.ParseEntries(ReadResource("hedges")), LazyThreadSafetyMode.ExecutionAndPublication);
    // DL1001 reads its listed hedges and the cues learned from CoNLL-2010 train (tools/cues) as one lexicon.
    private static readonly Lazy<ImmutableArray<string>> HedgesWithLearnedEntriesLazy = Extend(HedgeEntries, "hedges-learned");
    private static readonly Lazy<Lexicon> HedgesLazy = Build("hedges", HedgeEntries);
    private static readonly Lazy<Lexicon> HedgesWithLearnedLazy = Build("hedges", HedgesWithLearnedEntriesLazy);
    private static readonly Lazy<Lexicon> HedgesResearchLazy = Build("hedges", Extend(HedgesWithLearnedEntriesLazy, "hedges-research"));
    private static readonly Lazy<Lexicon> HedgesReferenceLazy = Build("hedges", Extend(HedgesWithLearnedEntriesLazy, "hedges-reference"));
    // News adds evidentials its rule keeps only in one grammatical use ("an apparent suicide", "appears ready"); the
    // research and reference models were trained without them.
    private static readonly Lazy<Lexicon> NewsEvidentialsLazy = Load("hedges-news");
    private static readonly Lazy<Lexicon> HedgesNewsLazy = Build("hedges", Extend(HedgesWithLearnedEntriesLazy, "hedges-news"));
    private static readonly Lazy<Lexicon> BoostersLazy = Load("boosters");
    private static readonly Lazy<Lexicon> ImpersonalLazy = Load("impersonal-attributions");
    private static readonly Lazy<Lexicon> VagueSourcesLazy = Load("vague-source-nouns");
    private static readonly Lazy<Lexicon> ReportingVerbsLazy = Load("reporting-verbs");
    private static readonly Lazy<Lexicon> NumberWordsLazy = Load("number-words");
    private static readonly Lazy<Lexicon> OfficialActsLazy = Load("official-acts");

    public static Lexicon Hedges => HedgesLazy.Value;

    /// <summary>The listed hedges and the learned cues of rules/lexicons/hedges-learned.txt.</summary>
    public static Lexicon HedgesWithLearned => HedgesWithLearnedLazy.Value;

    /// <summary>The entries of <see cref="HedgesWithLearned"/>, without building its trie.</summary>
    public static ImmutableArray<string> HedgesWithLearnedEntries => HedgesWithLearnedEntriesLazy.Value;

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

    // A list's entries and those of one more resource, normalised and unique as a lexicon's.
    private static Lazy<ImmutableArray<string>> Extend(Lazy<ImmutableArray<string>> first, string name) => new(
        () => Lexicon.NormalizeEntries(first.Value.Concat(Lexicon.ParseEntries(ReadResource(name)))),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The words of some word classes as one lexicon of one-word entries, built on first use, for a reader that asked the
    /// classes of every token: joined to the sentence's one lexicon pass (<see cref="RuleLexiconSet"/>), its marks say
    /// where a class word may stand (issue 11). The marks alone answer: every class word is one ASCII token, and no
    /// character outside ASCII equals an ASCII letter under the classes' OrdinalIgnoreCase (StartWordGatesTests, rev47).
    /// </summary>
    public static Lazy<Lexicon> WordsOf(string name, Func<IEnumerable<string>> words) =>
        new(() => Lexicon.FromEntries(name, words()), LazyThreadSafetyMode.ExecutionAndPublication);

    private static Lazy<Lexicon> Build(string name, Lazy<ImmutableArray<string>> entries) =>
        new(() => Lexicon.FromEntries(name, entries.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    private static Lazy<Lexicon> Load(string name) =>
        new(() => Lexicon.Parse(name, ReadResource(name)), LazyThreadSafetyMode.ExecutionAndPublication);
}
