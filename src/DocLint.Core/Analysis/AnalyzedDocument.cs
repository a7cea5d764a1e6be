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

    // A sentence's text, cut once for all the findings on it (a sentence keeps no copy of its own).
    private readonly Dictionary<Sentence, string> _contexts = [];

    // Reads a sentence's grammar: the embedded reader, or what an earlier lint of the document already read.
    private readonly Func<Sentence, SentenceGrammar> _readGrammar;

    public AnalyzedDocument(ProseDocument document)
        : this(document, reuse: null)
    {
    }

    /// <param name="reuse">Sentences and grammar from earlier lints of this document (the language server's), or null.</param>
    public AnalyzedDocument(ProseDocument document, IAnalysisReuse? reuse)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        var pool = new TokenTextPool();
        SentencesByBlock = document.Blocks.Select(block => reuse?.Segment(block, pool) ?? SentenceSegmenter.Segment(block, pool)).ToImmutableArray();
        _readGrammar = reuse is null ? GrammarReader.Default.Read : reuse.Read;
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
    public SentenceGrammar Grammar(Sentence sentence) => GetOrCreate(sentence, _readGrammar);

    /// <summary>The text of a sentence with a finding, shared by every finding on it.</summary>
    internal string ContextOf(Sentence sentence)
    {
        if (!_contexts.TryGetValue(sentence, out var text))
        {
            text = sentence.Text;
            _contexts[sentence] = text;
        }

        return text;
    }

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
