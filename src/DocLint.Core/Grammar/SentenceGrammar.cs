using System.Collections.Immutable;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>
/// The grammar of one sentence, over its tokens (indexes into <see cref="Tokens"/>): a part-of-speech label per
/// token, noun-phrase and verb-group chunks, flat clause segments and named-entity guesses. Immutable; computed once
/// per sentence by <see cref="GrammarReader"/>.
/// </summary>
internal sealed class SentenceGrammar
{
    internal SentenceGrammar(
        ImmutableArray<Token> tokens,
        ImmutableArray<PosLabel> labels,
        ImmutableArray<Chunk> chunks,
        ImmutableArray<Clause> clauses,
        ImmutableArray<EntityGuess> entities)
    {
        Tokens = tokens;
        Labels = labels;
        Chunks = chunks;
        Clauses = clauses;
        Entities = entities;
    }

    public ImmutableArray<Token> Tokens { get; }

    /// <summary>One label per token: the word's Penn tag and, for "didn't" or "company's", its clitic's tag.</summary>
    public ImmutableArray<PosLabel> Labels { get; }

    /// <summary>Noun phrases and verb groups in token order (a token with a verbal clitic may be in one of each).</summary>
    public ImmutableArray<Chunk> Chunks { get; }

    /// <summary>Clause segments covering the sentence in order, without gaps.</summary>
    public ImmutableArray<Clause> Clauses { get; }

    public ImmutableArray<EntityGuess> Entities { get; }

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
