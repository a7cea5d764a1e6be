using System.Collections.Immutable;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>
/// Flat clause segments by rules over tags and verb groups (docs/grammar.md): a clause opens at a relative pronoun,
/// a wh-adverb or a subordinating conjunction with a verb group after it, at a coordinating conjunction or semicolon
/// between two finite verb groups, and the main clause resumes after a relative clause closed by a comma.
/// </summary>
internal sealed class ClauseSplitter(GrammarLexicons lexicons)
{
    public ImmutableArray<Clause> Split(ImmutableArray<Token> tokens, ImmutableArray<PosLabel> labels, ImmutableArray<Chunk> chunks)
    {
        var verbAt = new VerbTraits?[tokens.Length];
        foreach (var chunk in chunks.Where(c => c.Kind == ChunkKind.VerbGroup))
        {
            verbAt[chunk.Start] = chunk.Traits;
        }

        // A sentence may open with its subordinate clause: "If the talks fail, workers will strike."
        var fronted = tokens.Length > 1 && Opens(tokens, labels, 0) == ClauseKind.Subordinate && VerbAhead(verbAt, labels, 1, finite: true);
        var starts = new List<(int Start, ClauseKind Kind, int Introducer)> { fronted ? (0, ClauseKind.Subordinate, 0) : (0, ClauseKind.Main, -1) };
        var kindBeforeRelative = ClauseKind.Main;
        for (var i = 1; i < tokens.Length; i++)
        {
            var current = starts[^1];
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
                starts.Add((i, opened, i));
                continue;
            }

            // "The plan, which officials backed, failed": after the relative clause's comma the outer clause resumes;
            // after a fronted subordinate clause's comma the main clause begins.
            if (labels[i - 1].Tag != PosTag.Comma || !FiniteVerbBetween(verbAt, current.Start, i - 1))
            {
                continue;
            }

            if (current.Kind == ClauseKind.Relative && verbAt[i] is { } traits && (traits & VerbTraits.Finite) != 0)
            {
                starts.Add((i, kindBeforeRelative, -1));
            }
            else if (current.Kind == ClauseKind.Subordinate && current.Start == 0 && VerbAhead(verbAt, labels, i, finite: true))
            {
                starts.Add((i, ClauseKind.Main, -1));
            }
        }

        var clauses = ImmutableArray.CreateBuilder<Clause>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1].Start : tokens.Length;
            clauses.Add(new Clause(starts[k].Kind, starts[k].Start, end - starts[k].Start, starts[k].Introducer));
        }

        return clauses.MoveToImmutable();
    }

    private ClauseKind? Opens(ImmutableArray<Token> tokens, ImmutableArray<PosLabel> labels, int i)
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
    private static bool VerbAhead(VerbTraits?[] verbAt, ImmutableArray<PosLabel> labels, int from, bool finite)
    {
        for (var k = from; k < verbAt.Length; k++)
        {
            if (verbAt[k] is { } traits && (!finite || (traits & VerbTraits.Finite) != 0))
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

    private static bool FiniteVerbBetween(VerbTraits?[] verbAt, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (verbAt[k] is { } traits && (traits & VerbTraits.Finite) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
