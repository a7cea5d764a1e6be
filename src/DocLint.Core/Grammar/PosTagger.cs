using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>
/// An averaged-perceptron part-of-speech tagger over DocLint's own tokens (Penn Treebank tags; see docs/grammar.md).
/// The model is embedded in Core, read once on first use and shared by every thread; tagging is a pure function of
/// the tokens.
/// </summary>
internal sealed class PosTagger
{
    /// <summary>The resource name of the embedded model (rules/models/pos-perceptron.bin).</summary>
    public const string ModelResource = "DocLint.Models.pos-perceptron.bin";

    private static readonly Lazy<PosTagger> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PerceptronModel _model;
    // Built on the first sentence tagged: a document whose rules only ask TryLabelAlone never needs it (it sums
    // thousands of look-ups and fills a megabyte).
    private readonly Lazy<LabelContextVotes> _context;

    internal PosTagger(PerceptronModel model)
    {
        _model = model;
        _context = new(() => new LabelContextVotes(model, GreedyDecoder.StartCode), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The tagger with the embedded model, loaded on first use.</summary>
    public static PosTagger Default => Embedded.Value;

    /// <summary>How many weighted features the model holds (for diagnostics and documentation).</summary>
    public int FeatureCount => _model.FeatureCount;

    /// <summary>One label per token, in token order.</summary>
    public ImmutableArray<PosLabel> Tag(ImmutableArray<Token> tokens)
    {
        var labels = new PosLabel[tokens.Length];
        GreedyDecoder.Decode(tokens, _model, _context.Value, labels);
        return ImmutableCollectionsMarshal.AsImmutableArray(labels);
    }

    /// <summary>
    /// Positions [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="labels"/>, given those before
    /// <paramref name="from"/>: the labels <see cref="Tag"/> gives them (see the decoder's ranged decode), reading the
    /// settled ones from the sentence's <paramref name="settled"/> (<see cref="Settle"/>).
    /// </summary>
    internal void Tag(ImmutableArray<Token> tokens, PosLabel[] labels, int from, int to, SettledLabels settled) =>
        GreedyDecoder.Decode(tokens, _model, _context.Value, labels, from, to, settled);

    /// <summary>The labels the sentence's tokens settle alone (<see cref="TryLabelAlone"/>), each asked once, when first asked.</summary>
    internal SettledLabels Settle(ImmutableArray<Token> tokens) => new(tokens, _model);

    /// <summary>
    /// The label <see cref="Tag"/> gives token <paramref name="index"/> when the token alone settles it (a fixed tag or
    /// the tag dictionary's word, about three tokens in four of news text), without tagging the sentence; false when
    /// the model decides it, which needs the sentence tagged up to that token (<see cref="SentenceGrammar.LabelAt"/>).
    /// <paramref name="acronyms"/> is the sentence's <see cref="SpelledAcronyms.In"/>, found once by the caller.
    /// </summary>
    public bool TryLabelAlone(ImmutableArray<Token> tokens, int index, SpelledAcronymNames acronyms, out PosLabel label) =>
        GreedyDecoder.TrySettle(tokens, index, _model, acronyms, out label);

    internal static PosTagger Load(Stream stream) => new(PerceptronModel.Read(stream));

    private static PosTagger LoadEmbedded()
    {
        using var stream = typeof(PosTagger).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"The tagger model '{ModelResource}' is not embedded in DocLint.Core.");
        return Load(stream);
    }
}
