using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>
/// The grammar of one sentence, over its tokens (indexes into <see cref="Tokens"/>): a part-of-speech label per
/// token, noun-phrase and verb-group chunks, flat clause segments and named-entity guesses. Immutable in what it
/// answers; computed per sentence by <see cref="GrammarReader"/>, on request: the labels as far as a reader asks by
/// position (<see cref="LabelAt"/>, <see cref="TagAt"/>), all of them for <see cref="Labels"/>, and chunks, clauses and
/// entity guesses only when first asked for, since most rules read only tags (and none the entities). Each part is a
/// pure function of the tokens (a label of the tokens and the labels before it), so when it is computed never changes
/// what it is.
/// </summary>
internal sealed class SentenceGrammar
{
    private readonly GrammarReader? _reader;

    // The labels the sentence's tokens settle alone (and its acronyms standing as names, "according to WHO"), each
    // token asked once for every growth, every settled label and every rule's reader.
    private readonly SettledLabels _settled;

    // The labels decoded so far, the first _tagged of them. Readers that stop early (the claim reader's second finite
    // verb, a subject before "said") leave the rest of a long sentence untagged; the tagger is the costliest reading of
    // plain text (issue 11). _tagged only grows, written after the labels it covers (a reader that sees it sees them);
    // a growth is made under the lock, so two threads never decode the same positions into the array at once.
    private readonly PosLabel[] _labels;
    private int _tagged;

    // Null until first read. Two threads reading at once may both compute a part; the results are equal and either
    // array may win (an array reference is written atomically), so no lock is needed.
    private Chunk[]? _chunks;
    private Clause[]? _clauses;
    private EntityGuess[]? _entities;

    internal SentenceGrammar(
        ImmutableArray<Token> tokens,
        ImmutableArray<PosLabel> labels,
        ImmutableArray<Chunk> chunks,
        ImmutableArray<Clause> clauses,
        ImmutableArray<EntityGuess> entities)
    {
        Tokens = tokens;
        _labels = ImmutableCollectionsMarshal.AsArray(labels) ?? [];
        _tagged = _labels.Length;
        _chunks = ImmutableCollectionsMarshal.AsArray(chunks) ?? [];
        _clauses = ImmutableCollectionsMarshal.AsArray(clauses) ?? [];
        _entities = ImmutableCollectionsMarshal.AsArray(entities) ?? [];
        // Readers ask a settled label without regard to how the labels came: the embedded tagger's, as they were asked of before.
        _settled = GrammarReader.Default.Tagger.Settle(tokens);
    }

    internal SentenceGrammar(ImmutableArray<Token> tokens, GrammarReader reader)
    {
        Tokens = tokens;
        _labels = tokens.IsEmpty ? [] : new PosLabel[tokens.Length];
        _reader = reader;
        _settled = reader.Tagger.Settle(tokens);
    }

    public ImmutableArray<Token> Tokens { get; }

    /// <summary>
    /// One label per token: the word's Penn tag and, for "didn't" or "company's", its clitic's tag. Tags the whole
    /// sentence; a reader that asks by position should use <see cref="LabelAt"/>, which tags only as far as it asks.
    /// </summary>
    public ImmutableArray<PosLabel> Labels
    {
        get
        {
            if (Volatile.Read(ref _tagged) < _labels.Length)
            {
                Grow(_labels.Length);
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(_labels);
        }
    }

    /// <summary>Noun phrases and verb groups in token order (a token with a verbal clitic may be in one of each).</summary>
    public ImmutableArray<Chunk> Chunks => ImmutableCollectionsMarshal.AsImmutableArray(_chunks ??= _reader!.FindChunks(Tokens, Labels));

    /// <summary>Clause segments covering the sentence in order, without gaps.</summary>
    public ImmutableArray<Clause> Clauses => ImmutableCollectionsMarshal.AsImmutableArray(_clauses ??= _reader!.SplitClauses(Tokens, Labels, Chunks));

    public ImmutableArray<EntityGuess> Entities => ImmutableCollectionsMarshal.AsImmutableArray(_entities ??= _reader!.GuessEntities(Tokens, Labels));

    /// <summary>
    /// The label of token <paramref name="tokenIndex"/>, the one <see cref="Labels"/> gives it, tagging the sentence
    /// only as far as that token (a label reads the words two either side of it and the labels before it, never one after).
    /// </summary>
    public PosLabel LabelAt(int tokenIndex)
    {
        if (tokenIndex >= Volatile.Read(ref _tagged) && (uint)tokenIndex < (uint)_labels.Length)
        {
            Grow(tokenIndex + 1);
        }

        return _labels[tokenIndex];
    }

    /// <summary>How many positions, from the first, are tagged so far (for tests).</summary>
    internal int TaggedCount => Volatile.Read(ref _tagged);

    /// <summary>The word tag of token <paramref name="tokenIndex"/> (see <see cref="LabelAt"/>).</summary>
    public PosTag TagAt(int tokenIndex) => LabelAt(tokenIndex).Tag;

    /// <summary>
    /// The label <see cref="LabelAt"/> gives, without tagging the sentence when the token settles it alone (punctuation, a
    /// number, a word of the tag dictionary: this grammar's tagger gives it exactly that label whatever the sentence).
    /// For readers that ask about a few words of many sentences, where tagging each sentence's prefix would cost most.
    /// </summary>
    public PosLabel SettledLabelAt(int tokenIndex) =>
        tokenIndex >= Volatile.Read(ref _tagged) && _settled.TryGet(tokenIndex, out var label) ? label : LabelAt(tokenIndex);

    /// <summary>
    /// The label token <paramref name="tokenIndex"/> settles alone (<see cref="PosTagger.TryLabelAlone"/>), asked of the
    /// tag dictionary once per sentence whoever asks; false when the tagger's model decides it. Tags nothing.
    /// </summary>
    public bool TryLabelAlone(int tokenIndex, out PosLabel label) => _settled.TryGet(tokenIndex, out label);

    // Decodes on from the tagged prefix to at least `wanted` positions.
    private void Grow(int wanted)
    {
        lock (_labels)
        {
            var from = _tagged;
            if (from >= wanted)
            {
                return;
            }

            // Exactly as far as asked: a growth's fixed cost (its buffers, the words at its edges hashed again) is small
            // beside the look-ups of the positions it would decode ahead (growing eight at a time measured no better).
            _reader!.Tagger.Tag(Tokens, _labels, from, wanted, _settled);
            Volatile.Write(ref _tagged, wanted);
        }
    }

    public IEnumerable<Chunk> NounPhrases => Chunks.Where(c => c.Kind == ChunkKind.NounPhrase);

    public IEnumerable<Chunk> VerbGroups => Chunks.Where(c => c.Kind == ChunkKind.VerbGroup);

    /// <summary>
    /// The chunk of this kind that holds the token, or null: the one <see cref="Chunks"/> lists first. While the sentence
    /// is not tagged to its end and its chunks not yet read, the chunks are read from the start only up to this token's,
    /// tagging no further than they look (a chunk's end and the label after it), so a reader asking about an early
    /// word (a modal's verb group, a verb group before "that") leaves the rest of a long sentence untagged (issue 11).
    /// </summary>
    public Chunk? ChunkAt(int tokenIndex, ChunkKind kind)
    {
        if (_chunks is null && Volatile.Read(ref _tagged) < _labels.Length)
        {
            return _reader!.ChunkAt(this, tokenIndex, kind);
        }

        foreach (var chunk in Chunks)
        {
            if (chunk.Kind == kind && chunk.Contains(tokenIndex))
            {
                return chunk;
            }
        }

        return null;
    }

    public Clause ClauseAt(int tokenIndex)
    {
        foreach (var clause in Clauses)
        {
            if (clause.Contains(tokenIndex))
            {
                return clause;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(tokenIndex), tokenIndex, "The sentence has no such token.");
    }

    /// <summary>
    /// The kind of <see cref="ClauseAt"/>'s clause. While the sentence is not tagged to its end and its clauses not yet
    /// read, only the openings up to this token are read, with the labels and chunks they look at (the verb groups up to
    /// the next opener after each), so a reader asking whether a verb stands in the main clause ("the claim reader's one
    /// finite verb") leaves the rest of a long sentence untagged (issue 11).
    /// </summary>
    public ClauseKind ClauseKindAt(int tokenIndex)
    {
        if ((uint)tokenIndex >= (uint)Tokens.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(tokenIndex), tokenIndex, "The sentence has no such token.");
        }

        return _clauses is null && Volatile.Read(ref _tagged) < _labels.Length
            ? _reader!.ClauseKindAt(this, tokenIndex)
            : ClauseAt(tokenIndex).Kind;
    }

    public EntityGuess? EntityAt(int tokenIndex)
    {
        foreach (var entity in Entities)
        {
            if (entity.Contains(tokenIndex))
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>The tokens with their labels ("Officials/NNS said/VBD ./."), for tests and debugging.</summary>
    public override string ToString() => string.Join(' ', Tokens.Select((t, i) => $"{t.Text}/{LabelAt(i)}"));
}
