using System.Collections.Immutable;
using DocLint.Documents;
using DocLint.Grammar;
using DocLint.Prose;

namespace DocLint.Analysis;

/// <summary>A document segmented once into sentences, shared by every analyzer.</summary>
internal sealed class AnalyzedDocument
{
    // One document is analysed on one thread, so a plain dictionary is enough.
    private readonly Dictionary<(Sentence Sentence, Type Kind), object> _annotations = [];

    public AnalyzedDocument(ProseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        SentencesByBlock = document.Blocks.Select(SentenceSegmenter.Segment).ToImmutableArray();
    }

    public ProseDocument Document { get; }

    public string Path => Document.Path;

    /// <summary>Sentences per block, in the order of <see cref="ProseDocument.Blocks"/>.</summary>
    public ImmutableArray<ImmutableArray<Sentence>> SentencesByBlock { get; }

    public IEnumerable<Sentence> Sentences => SentencesByBlock.SelectMany(s => s);

    /// <summary>
    /// What rules derive from a sentence (who it attributes, what it quotes), computed once per document and
    /// shared by every rule and by the neighbours' checks, instead of once per rule.
    /// </summary>
    public T GetOrCreate<T>(Sentence sentence, Func<Sentence, T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(create);
        if (!_annotations.TryGetValue((sentence, typeof(T)), out var value))
        {
            value = create(sentence);
            _annotations[(sentence, typeof(T))] = value;
        }

        return (T)value;
    }

    /// <summary>
    /// The sentence's grammar (tags, chunks, clauses, entity guesses), read on first request and shared, so a
    /// document whose rules never ask pays nothing for it.
    /// </summary>
    public SentenceGrammar Grammar(Sentence sentence) => GetOrCreate(sentence, GrammarReader.Default.Read);

    public Sentence? Previous(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.IndexInBlock > 0 ? SentencesByBlock[sentence.Block.Index][sentence.IndexInBlock - 1] : null;
    }

    public Sentence? Next(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var siblings = SentencesByBlock[sentence.Block.Index];
        return sentence.IndexInBlock + 1 < siblings.Length ? siblings[sentence.IndexInBlock + 1] : null;
    }
}
