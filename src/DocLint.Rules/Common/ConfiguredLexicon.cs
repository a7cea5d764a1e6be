using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DocLint.Analysis;
using DocLint.Lexicons;
using DocLint.Prose;

namespace DocLint.Rules.Common;

/// <summary>
/// A rule's lexicon with the user's <c>doclint.&lt;ID&gt;.additional_terms</c> and <c>allowed_terms</c> applied.
/// Built once per options object (one per configuration, not per sentence) and shared by the documents that use it.
/// </summary>
internal sealed class ConfiguredLexicon(string ruleId, Func<AnalyzerOptions, Lexicon> builtIn)
{
    public ConfiguredLexicon(string ruleId, Func<Lexicon> builtIn)
        : this(ruleId, _ => builtIn())
    {
    }

    private readonly ConditionalWeakTable<AnalyzerOptions, Lexicon> _configured = [];
    private readonly ConditionalWeakTable<AnalyzerOptions, Lexicon> _added = [];
    private readonly ConditionalWeakTable<AnalyzerOptions, Lexicon> _allowed = [];

    // What AddedFor and AllowedFor answer when the option is not set: one empty lexicon each, made on first use
    // (two threads may both make one; either is the same empty list).
    private Lexicon? _noneAdded;
    private Lexicon? _noneAllowed;

    public string AdditionalTermsOption { get; } = $"doclint.{ruleId}.additional_terms";

    public string AllowedTermsOption { get; } = $"doclint.{ruleId}.allowed_terms";

    public Lexicon For(AnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Most runs set neither option, and each document has its own options object: the table's entry per
        // document (added under a lock, cleared by the collector) is only for documents that set one.
        return options.Get(AdditionalTermsOption) is null && options.Get(AllowedTermsOption) is null
            ? builtIn(options)
            : _configured.GetValue(options, Build);
    }

    /// <summary>The user's additional terms alone (empty when none are set).</summary>
    public Lexicon AddedFor(AnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Get(AdditionalTermsOption) is null
            ? _noneAdded ??= Lexicon.FromEntries(AdditionalTermsOption, [])
            : _added.GetValue(options, o => Lexicon.FromEntries(AdditionalTermsOption, o.GetList(AdditionalTermsOption)));
    }

    /// <summary>
    /// The user's allowed terms alone, for a rule whose findings come from more than its lexicon (DL3001's source
    /// phrases): a finding that contains one is silenced too.
    /// </summary>
    public Lexicon AllowedFor(AnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Get(AllowedTermsOption) is null
            ? _noneAllowed ??= Lexicon.FromEntries(AllowedTermsOption, [])
            : _allowed.GetValue(options, o => Lexicon.FromEntries(AllowedTermsOption, o.GetList(AllowedTermsOption)));
    }

    /// <summary>
    /// Whether the words <paramref name="start"/>..<paramref name="end"/> of a finding made from more than the lexicon
    /// hold one of the user's allowed terms, which silences it as it drops a built-in phrase.
    /// </summary>
    public bool Allows(AnalyzerOptions options, ImmutableArray<Token> tokens, int start, int end)
    {
        var allowed = AllowedFor(options);
        return !allowed.Entries.IsEmpty && allowed.Matches(tokens.AsSpan(start, end - start)).Count > 0;
    }

    private Lexicon Build(AnalyzerOptions options)
    {
        var added = options.GetList(AdditionalTermsOption);
        var removed = options.GetList(AllowedTermsOption);
        var lexicon = builtIn(options);
        return added.Count == 0 && removed.Count == 0 ? lexicon : lexicon.With(added, removed);
    }
}
