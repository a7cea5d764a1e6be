using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>
/// The grammar of one sentence, over its tokens (indexes into <see cref="Tokens"/>): a part-of-speech label per
/// token, noun-phrase and verb-group chunks, flat clause segments and named-entity guesses. Immutable; computed once
/// per sentence by <see cref="GrammarReader"/>. The labels are read at once; chunks, clauses and entity guesses only
/// when first asked for, since most rules read only tags (and none the entities), and each is a pure function of the
/// tokens and labels, so when it is computed never changes what it is.
/// </summary>
internal sealed class SentenceGrammar
{
    private readonly GrammarReader? _reader;

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
        Labels = labels;
        _chunks = ImmutableCollectionsMarshal.AsArray(chunks) ?? [];
        _clauses = ImmutableCollectionsMarshal.AsArray(clauses) ?? [];
        _entities = ImmutableCollectionsMarshal.AsArray(entities) ?? [];
    }

    internal SentenceGrammar(ImmutableArray<Token> tokens, ImmutableArray<PosLabel> labels, GrammarReader reader)
    {
        Tokens = tokens;
        Labels = labels;
        _reader = reader;
    }

    public ImmutableArray<Token> Tokens { get; }

    /// <summary>One label per token: the word's Penn tag and, for "didn't" or "company's", its clitic's tag.</summary>
    public ImmutableArray<PosLabel> Labels { get; }

    /// <summary>Noun phrases and verb groups in token order (a token with a verbal clitic may be in one of each).</summary>
    public ImmutableArray<Chunk> Chunks => ImmutableCollectionsMarshal.AsImmutableArray(_chunks ??= _reader!.FindChunks(Tokens, Labels));

    /// <summary>Clause segments covering the sentence in order, without gaps.</summary>
    public ImmutableArray<Clause> Clauses => ImmutableCollectionsMarshal.AsImmutableArray(_clauses ??= _reader!.SplitClauses(Tokens, Labels, Chunks));

    public ImmutableArray<EntityGuess> Entities => ImmutableCollectionsMarshal.AsImmutableArray(_entities ??= _reader!.GuessEntities(Tokens, Labels));

    public IEnumerable<Chunk> NounPhrases => Chunks.Where(c => c.Kind == ChunkKind.NounPhrase);

    public IEnumerable<Chunk> VerbGroups => Chunks.Where(c => c.Kind == ChunkKind.VerbGroup);

    /// <summary>The word tag of token <paramref name="tokenIndex"/>.</summary>
    public PosTag TagAt(int tokenIndex) => Labels[tokenIndex].Tag;

    /// <summary>The chunk of this kind that holds the token, or null.</summary>
    public Chunk? ChunkAt(int tokenIndex, ChunkKind kind)
    {
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
    public override string ToString() => string.Join(' ', Tokens.Select((t, i) => $"{t.Text}/{Labels[i]}"));
}
