using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>
/// Reads a sentence's grammar: tags it, then chunks, clauses and entity guesses by rules over the tags. Stateless and
/// thread-safe; <see cref="Default"/> shares the embedded model and word lists, loaded once on first use. Callers
/// that analyse a document should read each sentence once and share the result (see docs/grammar.md).
/// </summary>
internal sealed class GrammarReader
{
    private static readonly Lazy<GrammarReader> Embedded =
        new(() => new GrammarReader(PosTagger.Default, GrammarLexicons.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Chunker _chunker;
    private readonly ClauseSplitter _clauses;
    private readonly EntityGuesser _entities;

    public GrammarReader(PosTagger tagger, GrammarLexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(lexicons);
        Tagger = tagger;
        _chunker = new Chunker(lexicons);
        _clauses = new ClauseSplitter(lexicons);
        _entities = new EntityGuesser(lexicons);
    }

    /// <summary>The reader with the embedded tagger model and word lists.</summary>
    public static GrammarReader Default => Embedded.Value;

    public PosTagger Tagger { get; }

    public SentenceGrammar Read(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Read(sentence.Tokens);
    }

    /// <summary>
    /// The sentence's grammar, tagged as far as its readers ask (see <see cref="SentenceGrammar.LabelAt"/>); its chunks,
    /// clauses and entity guesses follow when first asked for.
    /// </summary>
    public SentenceGrammar Read(ImmutableArray<Token> tokens) => new(tokens, this);

    internal Chunk[] FindChunks(ImmutableArray<Token> tokens, ImmutableArray<PosLabel> labels) =>
        ImmutableCollectionsMarshal.AsArray(_chunker.Find(tokens, labels))!;

    /// <summary>The chunk of this kind that holds the token, read only as far as that chunk (see <see cref="Chunker.ChunkAt"/>).</summary>
    internal Chunk? ChunkAt(SentenceGrammar grammar, int tokenIndex, ChunkKind kind) =>
        _chunker.ChunkAt(grammar.Tokens, new GrowingLabels(grammar), tokenIndex, kind);

    /// <summary>The kind of the clause that holds the token, read only as far as its opening (see <see cref="ClauseSplitter.KindAt"/>).</summary>
    internal ClauseKind ClauseKindAt(SentenceGrammar grammar, int tokenIndex) => _clauses.KindAt(grammar, _chunker, tokenIndex);

    internal Clause[] SplitClauses(ImmutableArray<Token> tokens, ImmutableArray<PosLabel> labels, ImmutableArray<Chunk> chunks) =>
        tokens.IsEmpty ? [] : ImmutableCollectionsMarshal.AsArray(_clauses.Split(tokens, labels, chunks))!;

    internal EntityGuess[] GuessEntities(ImmutableArray<Token> tokens, ImmutableArray<PosLabel> labels) =>
        ImmutableCollectionsMarshal.AsArray(_entities.Guess(tokens, labels))!;
}
