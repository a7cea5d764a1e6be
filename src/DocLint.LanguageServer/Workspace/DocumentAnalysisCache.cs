using System.Collections.Immutable;
using DocLint.Analysis;
using DocLint.Documents;
using DocLint.Grammar;
using DocLint.Prose;

namespace DocLint.LanguageServer.Workspace;

/// <summary>
/// One open document's sentences and grammar from its last lints, so a keystroke re-segments only the paragraph it
/// changed and re-reads the grammar of only the sentences it changed; the rules and the score still run over the
/// whole document, because they look across sentences and sections. Each entry is keyed by exactly what it is a pure
/// function of: a block's sentences by the block's text, a sentence's grammar by its tokens (kind, text and place
/// relative to the sentence). Entries neither of the last two lints used are dropped, so the cache never holds more
/// than two versions' worth of one document. Not thread-safe: the linter runs one lint of a document at a time.
/// </summary>
internal sealed class DocumentAnalysisCache(GrammarReader reader) : IAnalysisReuse
{
    private Dictionary<string, ImmutableArray<Sentence>> _blocks = new(StringComparer.Ordinal);
    private Dictionary<string, ImmutableArray<Sentence>> _previousBlocks = new(StringComparer.Ordinal);
    private Dictionary<SentenceTokens, SentenceGrammar> _grammar = [];
    private Dictionary<SentenceTokens, SentenceGrammar> _previousGrammar = [];
    private ReuseCounts _counts = new(0, 0, 0, 0);

    /// <summary>What the lint in progress (or, after <see cref="EndLint"/>, the last one) computed and reused.</summary>
    public ReuseCounts Counts => _counts;

    /// <summary>How many entries the cache holds (blocks plus sentences), for tests of its bound.</summary>
    public int Count => _blocks.Count + _previousBlocks.Count + _grammar.Count + _previousGrammar.Count;

    public ImmutableArray<Sentence> Segment(ProseBlock block, TokenTextPool pool)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (!TryTake(_blocks, _previousBlocks, block.Text, out var sentences))
        {
            sentences = SentenceSegmenter.Segment(block, pool);
            _blocks[block.Text] = sentences;
            _counts = _counts with { BlocksSegmented = _counts.BlocksSegmented + 1 };
            return sentences;
        }

        _counts = _counts with { BlocksReused = _counts.BlocksReused + 1 };
        // The same text at another place: the same tokens and spans (they are block-relative), in the new block.
        return sentences.IsEmpty || ReferenceEquals(sentences[0].Block, block)
            ? sentences
            : [.. sentences.Select(s => new Sentence(block, s.IndexInBlock, s.Span, s.Tokens, s.Quotations))];
    }

    public SentenceGrammar Read(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var key = new SentenceTokens(sentence.Tokens);
        if (!TryTake(_grammar, _previousGrammar, key, out var grammar))
        {
            grammar = reader.Read(sentence.Tokens);
            _grammar[key] = grammar;
            _counts = _counts with { SentencesRead = _counts.SentencesRead + 1 };
            return grammar;
        }

        _counts = _counts with { SentencesReused = _counts.SentencesReused + 1 };
        // Labels, chunks, clauses and entities are token indexes, so they hold for this sentence's equal tokens.
        return grammar.Tokens == sentence.Tokens
            ? grammar
            : new SentenceGrammar(sentence.Tokens, grammar.Labels, grammar.Chunks, grammar.Clauses, grammar.Entities);
    }

    /// <summary>Starts counting a new lint.</summary>
    public void BeginLint() => _counts = new ReuseCounts(0, 0, 0, 0);

    /// <summary>A lint finished: what it used is kept, with what the lint before it used; the rest is dropped.</summary>
    public void EndLint()
    {
        (_previousBlocks, _blocks) = (_blocks, _previousBlocks);
        _blocks.Clear();
        (_previousGrammar, _grammar) = (_grammar, _previousGrammar);
        _grammar.Clear();
    }

    // Found in this lint's entries, or in the last lint's (then kept for the next one too).
    private static bool TryTake<TKey, TValue>(Dictionary<TKey, TValue> current, Dictionary<TKey, TValue> previous, TKey key, out TValue value)
        where TKey : notnull
    {
        if (current.TryGetValue(key, out value!))
        {
            return true;
        }

        if (previous.TryGetValue(key, out value!))
        {
            current[key] = value;
            return true;
        }

        return false;
    }
}

/// <summary>What one lint of a document computed afresh and what it took from the lints before it.</summary>
internal readonly record struct ReuseCounts(int BlocksSegmented, int BlocksReused, int SentencesRead, int SentencesReused);
