using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DocLint.Documents;
using DocLint.Grammar;
using DocLint.Prose;

namespace DocLint.Analysis;

/// <summary>A document segmented once into sentences, shared by every analyzer.</summary>
internal sealed class AnalyzedDocument
{
    // Per sentence (by its place in the document), what rules derived from it, a few kinds each. A small array per
    // sentence found by a scan over the kinds costs half a dictionary entry per reading and a fraction of a look-up
    // of a (sentence, type) key, and never doubles one big table as it grows. One document is analysed on one
    // thread, so nothing is locked.
    private readonly Annotation[]?[] _annotations;

    // Where each block's first sentence sits among the document's sentences.
    private readonly int[] _firstSentenceOfBlock;

    // A sentence's text, cut once for all the findings on it (a sentence keeps no copy of its own), by its place:
    // a dictionary keyed by the sentence hashed its identity, the first time a slow path, on every finding.
    private readonly string?[] _contexts;

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
        SentencesByBlock = Segment(document, reuse);
        _readGrammar = reuse is null ? GrammarReader.Default.Read : reuse.Read;
        _firstSentenceOfBlock = new int[SentencesByBlock.Length];
        var count = 0;
        for (var block = 0; block < SentencesByBlock.Length; block++)
        {
            _firstSentenceOfBlock[block] = count;
            count += SentencesByBlock[block].Length;
        }

        var sentences = ImmutableArray.CreateBuilder<Sentence>(count);
        foreach (var block in SentencesByBlock)
        {
            sentences.AddRange(block);
        }

        Sentences = sentences.MoveToImmutable();
        _annotations = new Annotation[]?[count];
        _contexts = new string?[count];
    }

    public ProseDocument Document { get; }

    // A loop with one token buffer for the whole document, sized for its longest block: the LINQ it replaces boxed the
    // blocks' array twice and rented a buffer from the shared pool per paragraph.
    private static ImmutableArray<ImmutableArray<Sentence>> Segment(ProseDocument document, IAnalysisReuse? reuse)
    {
        var blocks = document.Blocks;
        var characters = 0;
        var longest = 0;
        foreach (var block in blocks)
        {
            characters += block.Text.Length;
            longest = Math.Max(longest, block.Text.Length);
        }

        var pool = new TokenTextPool(TokenTextPool.CapacityFor(characters));
        var sentences = new ImmutableArray<Sentence>[blocks.Length];
        var tokens = new RentedBuffer<Token>(Tokenizer.BufferSize(longest));
        try
        {
            for (var i = 0; i < blocks.Length; i++)
            {
                sentences[i] = reuse?.Segment(blocks[i], pool) ?? SentenceSegmenter.Segment(blocks[i], pool, ref tokens);
            }
        }
        finally
        {
            tokens.Dispose();
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(sentences);
    }

    public string Path => Document.Path;

    /// <summary>Sentences per block, in the order of <see cref="ProseDocument.Blocks"/>.</summary>
    public ImmutableArray<ImmutableArray<Sentence>> SentencesByBlock { get; }

    /// <summary>Every sentence in document order, in one array: rules walk it per sentence, and flattening the blocks
    /// on each walk boxed every block's array.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>
    /// What rules derive from a sentence (who it attributes, what it quotes), computed once per document and
    /// shared by every rule and by the neighbours' checks, instead of once per rule.
    /// </summary>
    public T GetOrCreate<T>(Sentence sentence, Func<Sentence, T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        return GetOrCreate(sentence, create, static (read, s) => read(s));
    }

    /// <summary>
    /// A reading of the whole document (its turns, its labels, who writes as "I"), computed once and shared by every
    /// rule: kept with the opening sentence. Null when the document has no sentences, so each reader says what an empty
    /// document means to it. A static creator allocates nothing per call.
    /// </summary>
    public T? GetOrCreateForDocument<T>(Func<AnalyzedDocument, T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        return Sentences.IsEmpty ? null : GetOrCreate(Sentences[0], (Document: this, Read: create), static (s, _) => s.Read(s.Document));
    }

    /// <summary>
    /// <see cref="GetOrCreate{T}(Sentence, Func{Sentence, T})"/> with what the creator reads passed in, so a caller asking
    /// for a reading already made allocates no closure (each rule asks for a sentence's semantics).
    /// </summary>
    public T GetOrCreate<T, TState>(Sentence sentence, TState state, Func<TState, Sentence, T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(create);
        var ordinal = OrdinalOf(sentence);
        var annotations = _annotations[ordinal];
        var wanted = RuntimeTypeHandle.ToIntPtr(typeof(T).TypeHandle);
        for (var i = 0; annotations is not null && i < annotations.Length && annotations[i].Kind is var kind && kind != 0; i++)
        {
            if (kind == wanted)
            {
                return (T)annotations[i].Value;
            }
        }

        var value = create(state, sentence);
        // A creator may annotate this sentence itself, so the slot is looked for again; the last write wins.
        annotations = _annotations[ordinal];
        var free = 0;
        while (annotations is not null && free < annotations.Length && annotations[free].Kind is var kind && kind != 0 && kind != wanted)
        {
            free++;
        }

        if (annotations is null || free == annotations.Length)
        {
            // Six kinds fit first: a news sentence gets its lexicon marks, semantics, figures and claim, about half of
            // them their grammar, and a block's first sentence keeps the block's turns too. With room for four, every
            // sentence whose grammar was read made a second array of eight.
            Array.Resize(ref annotations, Math.Max(6, free * 2));
            _annotations[ordinal] = annotations;
        }

        annotations[free] = new Annotation(wanted, value);
        return value;
    }

    /// <summary>
    /// The sentence's grammar (tags, chunks, clauses, entity guesses), read on first request and shared, so a
    /// document whose rules never ask pays nothing for it.
    /// </summary>
    public SentenceGrammar Grammar(Sentence sentence) => GetOrCreate(sentence, _readGrammar);

    /// <summary>The text of a sentence with a finding, shared by every finding on it.</summary>
    internal string ContextOf(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var ordinal = OrdinalOf(sentence);
        return _contexts[ordinal] ??= sentence.Text;
    }

    // The sentence's place among the document's sentences; a sentence of another document is a caller's mistake.
    private int OrdinalOf(Sentence sentence)
    {
        var block = sentence.Block.Index;
        if (block >= SentencesByBlock.Length || sentence.IndexInBlock >= SentencesByBlock[block].Length
            || !ReferenceEquals(SentencesByBlock[block][sentence.IndexInBlock], sentence))
        {
            throw new ArgumentException("The sentence is not one of this document's.", nameof(sentence));
        }

        return _firstSentenceOfBlock[block] + sentence.IndexInBlock;
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

    // A reading's kind is its type's handle, compared as a number; 0 marks a free slot. Comparing Type objects made
    // every look-up fetch the Type of T through the shared generic code's dictionary and the type's writable data
    // (typeof(T) is an object there, not a constant): about 1% of a plain-text lint, as every rule asks for several
    // readings of every sentence. The handle alone (RuntimeTypeHandle.ToIntPtr(typeof(T).TypeHandle), which the
    // compiler folds to the type's handle) is a load from that dictionary.

    private readonly record struct Annotation(nint Kind, object Value);
}
