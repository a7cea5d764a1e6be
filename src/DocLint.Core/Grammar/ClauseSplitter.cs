using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>
/// Flat clause segments by rules over tags and verb groups (docs/grammar.md): a clause opens at a relative pronoun,
/// a wh-adverb or a subordinating conjunction with a verb group after it, at a coordinating conjunction or semicolon
/// between two finite verb groups, and the main clause resumes after a relative clause closed by a comma.
/// </summary>
internal sealed class ClauseSplitter(GrammarLexicons lexicons)
{
    // Sentences up to this many tokens keep their scratch on the stack; longer ones (rare) on the heap.
    private const int StackTokens = 256;

    // No verb group starts at this token.
    private const int NoVerb = IVerbStarts.None;

    // Skips zeroing the stack buffers: verbAt is filled, and only the openings written are read.
    [SkipLocalsInit]
    public ImmutableArray<Clause> Split(ImmutableArray<Token> tokens, ImmutableArray<PosLabel> labels, ImmutableArray<Chunk> chunks)
    {
        // The traits of the verb group starting at each token, or NoVerb.
        Span<int> verbAt = tokens.Length <= StackTokens ? stackalloc int[tokens.Length] : new int[tokens.Length];
        verbAt.Fill(NoVerb);
        foreach (var chunk in chunks)
        {
            if (chunk.Kind == ChunkKind.VerbGroup)
            {
                verbAt[chunk.Start] = (int)chunk.Traits;
            }
        }

        // At most one clause starts at each token.
        Span<Opening> starts = tokens.Length <= StackTokens ? stackalloc Opening[tokens.Length] : new Opening[tokens.Length];
        var count = Open(tokens, new TaggedLabels(labels), new ReadVerbStarts(verbAt), starts, tokens.Length - 1);

        var clauses = new Clause[count];
        for (var k = 0; k < count; k++)
        {
            var end = k + 1 < count ? starts[k + 1].Start : tokens.Length;
            clauses[k] = new Clause(starts[k].Kind, starts[k].Start, end - starts[k].Start, starts[k].Introducer);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(clauses);
    }

    /// <summary>
    /// The kind of the clause that holds token <paramref name="tokenIndex"/> (what <see cref="Split"/>'s clause there
    /// says), with the labels and the chunks read only as far as the openings up to that token look: a clause's kind is
    /// its opening's, and an opening is decided by the tokens before it and the verb groups up to the next opener after it.
    /// </summary>
    [SkipLocalsInit]
    public ClauseKind KindAt(SentenceGrammar grammar, Chunker chunker, int tokenIndex)
    {
        var tokens = grammar.Tokens;
        Span<Opening> starts = tokenIndex < StackTokens ? stackalloc Opening[tokenIndex + 1] : new Opening[tokenIndex + 1];
        var count = Open(tokens, new GrowingLabels(grammar), new ChunkedVerbStarts(chunker, grammar), starts, tokenIndex);
        return starts[count - 1].Kind;
    }

    // The clause openings at tokens 0 to `through`, in order, written to `starts`; returns how many.
    private int Open<TLabels, TVerbs>(ImmutableArray<Token> tokens, TLabels labels, TVerbs verbAt, Span<Opening> starts, int through)
        where TLabels : struct, ILabelSource
        where TVerbs : IVerbStarts, allows ref struct
    {
        var count = 0;

        // A sentence may open with its subordinate clause: "If the talks fail, workers will strike."
        var fronted = tokens.Length > 1 && Opens(tokens, labels, 0) == ClauseKind.Subordinate && VerbAhead(verbAt, labels, 1, finite: true);
        starts[count++] = fronted ? new Opening(0, ClauseKind.Subordinate, 0) : new Opening(0, ClauseKind.Main, -1);
        var kindBeforeRelative = ClauseKind.Main;
        for (var i = 1; i <= through; i++)
        {
            var current = starts[count - 1];
            var kind = Opens(tokens, labels, i);
            if (kind is { } opened && VerbAhead(verbAt, labels, i + 1, opened != ClauseKind.Relative))
            {
                if (opened == ClauseKind.Coordinate && !FiniteVerbBetween(verbAt, current.Start, i))
                {
                    continue;
                }

                if (opened == ClauseKind.Relative)
                {
                    kindBeforeRelative = current.Kind;
                }

                // A comma or conjunction before the opener belongs to the clause it closes; the opener starts the new one.
                starts[count++] = new Opening(i, opened, i);
                continue;
            }

            // "The plan, which officials backed, failed": after the relative clause's comma the outer clause resumes;
            // after a fronted subordinate clause's comma the main clause begins.
            if (labels[i - 1].Tag != PosTag.Comma || !FiniteVerbBetween(verbAt, current.Start, i - 1))
            {
                continue;
            }

            if (current.Kind == ClauseKind.Relative && IsFinite(verbAt.At(i)))
            {
                starts[count++] = new Opening(i, kindBeforeRelative, -1);
            }
            else if (current.Kind == ClauseKind.Subordinate && current.Start == 0 && VerbAhead(verbAt, labels, i, finite: true))
            {
                starts[count++] = new Opening(i, ClauseKind.Main, -1);
            }
        }

        return count;
    }

    private ClauseKind? Opens<TLabels>(ImmutableArray<Token> tokens, TLabels labels, int i)
        where TLabels : struct, ILabelSource
    {
        var tag = labels[i].Tag;
        return tag switch
        {
            PosTag.WDT or PosTag.WP or PosTag.WPS => ClauseKind.Relative,
            PosTag.WRB => ClauseKind.Subordinate,
            PosTag.IN when lexicons.Subordinators.Contains(tokens[i].Text) => ClauseKind.Subordinate,
            PosTag.CC => ClauseKind.Coordinate,
            PosTag.Colon when tokens[i].Text == ";" => ClauseKind.Coordinate,
            _ => null,
        };
    }

    // A verb group (finite when asked) before the next clause opener or the end of the sentence.
    private static bool VerbAhead<TLabels, TVerbs>(TVerbs verbAt, TLabels labels, int from, bool finite)
        where TLabels : struct, ILabelSource
        where TVerbs : IVerbStarts, allows ref struct
    {
        for (var k = from; k < verbAt.Length; k++)
        {
            if (verbAt.At(k) is var verb && verb != NoVerb && (!finite || IsFinite(verb)))
            {
                return true;
            }

            if (k > from && labels[k].Tag is PosTag.WDT or PosTag.WP or PosTag.WRB or PosTag.CC)
            {
                return false;
            }
        }

        return false;
    }

    private static bool FiniteVerbBetween<TVerbs>(TVerbs verbAt, int start, int end)
        where TVerbs : IVerbStarts, allows ref struct
    {
        for (var k = start; k < end; k++)
        {
            if (IsFinite(verbAt.At(k)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFinite(int verb) => verb != NoVerb && (verb & (int)VerbTraits.Finite) != 0;

    private readonly record struct Opening(int Start, ClauseKind Kind, int Introducer);
}
