using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>
/// Noun-phrase and verb-group chunks by rules over the tags (docs/grammar.md has the patterns). A token that carries a
/// verbal clitic ("it's", "they'll") ends a noun phrase and starts a verb group, so both chunks share it.
/// </summary>
internal sealed class Chunker(GrammarLexicons lexicons)
{
    // Enough for nearly every sentence's chunks; a longer list moves to the heap.
    private const int StackChunks = 64;

    // Skips zeroing the stack buffer: only the chunks added are read.
    [SkipLocalsInit]
    public ImmutableArray<Chunk> Find(ImmutableArray<Token> tokens, ImmutableArray<PosLabel> labels)
    {
        var chunks = new ScratchList<Chunk>(stackalloc Chunk[StackChunks]);
        Find(tokens, labels, ref chunks);
        return chunks.ToImmutableArray();
    }

    private void Find(ImmutableArray<Token> tokens, ImmutableArray<PosLabel> labels, ref ScratchList<Chunk> chunks)
    {
        var tagged = new TaggedLabels(labels);
        var i = 0;
        while (i < tokens.Length)
        {
            i = Step(tokens, tagged, i, out var nounPhrase, out var verbGroup);
            if (nounPhrase is { } np)
            {
                chunks.Add(np);
            }

            if (verbGroup is { } vg)
            {
                chunks.Add(vg);
            }
        }
    }

    /// <summary>
    /// The chunk of this kind that holds the token, or null: the chunk <see cref="Find"/> would list first among those
    /// that hold it. The reading goes left to right and a chunk depends only on the labels from its start on, so it
    /// stops once it has passed the token, and <paramref name="labels"/> are read (and, growing, tagged) no further than
    /// the chunks up to the token look: a chunk's end and the label or adverbs after it.
    /// </summary>
    public Chunk? ChunkAt<TLabels>(ImmutableArray<Token> tokens, TLabels labels, int tokenIndex, ChunkKind kind)
        where TLabels : struct, ILabelSource
    {
        var i = 0;
        while (i < tokens.Length && i <= tokenIndex)
        {
            i = Step(tokens, labels, i, out var nounPhrase, out var verbGroup);
            if (nounPhrase is { } np && np.Kind == kind && np.Contains(tokenIndex))
            {
                return np;
            }

            if (verbGroup is { } vg && vg.Kind == kind && vg.Contains(tokenIndex))
            {
                return vg;
            }
        }

        return null;
    }

    /// <summary>
    /// One step of the reading from token <paramref name="i"/>: the noun phrase and the verb group that start there (both
    /// when the phrase's last token carries a verbal clitic, "it's", and the group starts on it), and the token the next
    /// step starts at. Reading from 0 step by step gives <see cref="Find"/>'s chunks in its order.
    /// </summary>
    internal int Step<TLabels>(ImmutableArray<Token> tokens, TLabels labels, int i, out Chunk? nounPhrase, out Chunk? verbGroup)
        where TLabels : struct, ILabelSource
    {
        nounPhrase = null;
        verbGroup = null;
        var end = NounPhraseEnd(labels, i);
        if (end > i)
        {
            nounPhrase = new Chunk(ChunkKind.NounPhrase, i, end - i, NounHead(labels, i, end), VerbTraits.None);
            if (!IsVerbal(labels[end - 1].Clitic))
            {
                return end;
            }

            i = end - 1;
        }

        end = VerbGroupEnd(labels, i);
        if (end > i)
        {
            verbGroup = new Chunk(ChunkKind.VerbGroup, i, end - i, VerbHead(labels, i, end), Traits(tokens, labels, i, end));
            return end;
        }

        return i + 1;
    }

    private static bool IsVerbal(PosTag clitic) => clitic.IsVerb();

    // [PDT] [DT | PRP$ | WP$] (RB before JJ/CD | CD | JJ* | VBN/VBG before a modifier or noun | noun | possessive)*,
    // trimmed back to its last noun or number; a pronoun or existential "there" alone; a determiner alone.
    private static int NounPhraseEnd<TLabels>(TLabels labels, int i)
        where TLabels : struct, ILabelSource
    {
        var first = labels[i].Tag;
        if (first is PosTag.PRP or PosTag.EX)
        {
            return i + 1;
        }

        var j = i;
        if (Tag(labels, j) == PosTag.PDT)
        {
            j++;
        }

        if (Tag(labels, j) is PosTag.DT or PosTag.PRPS or PosTag.WPS)
        {
            j++;
        }

        var determiners = j;
        while (j < labels.Length)
        {
            var label = labels[j];
            var next = Tag(labels, j + 1);
            var inside = label.Tag switch
            {
                PosTag.CD or PosTag.Dollar or PosTag.Hash => true,
                _ when label.Tag.IsNoun() || label.Tag.IsAdjective() => true,
                PosTag.VBN or PosTag.VBG => j > i && (next.IsNoun() || next.IsAdjective()),
                PosTag.RB or PosTag.RBR => next is PosTag.JJ or PosTag.JJR or PosTag.CD or PosTag.Dollar,
                _ => false,
            };
            if (!inside)
            {
                break;
            }

            j++;
            if (label.Clitic != PosTag.None && label.Clitic != PosTag.POS)
            {
                break;
            }
        }

        // A phrase ends in its head: drop modifiers left without a noun after them.
        var end = j;
        while (end > determiners && !IsHead(labels[end - 1].Tag))
        {
            end--;
        }

        if (end > determiners)
        {
            return end;
        }

        // "That may be because …", "all of them": a determiner standing alone.
        return determiners > i && labels[determiners - 1].Tag == PosTag.DT && !labels[i].Tag.IsVerb() ? determiners : i;
    }

    private static bool IsHead(PosTag tag) => tag.IsNoun() || tag == PosTag.CD;

    private static int NounHead<TLabels>(TLabels labels, int start, int end)
        where TLabels : struct, ILabelSource
    {
        for (var k = end - 1; k > start; k--)
        {
            if (IsHead(labels[k].Tag) || labels[k].Tag is PosTag.PRP or PosTag.EX)
            {
                return k;
            }
        }

        return start;
    }

    // [RB before a verb] (MD | VB* | RB or RBR before a verb)+ [RP], or TO VB ...; a verbal clitic starts one too.
    private static int VerbGroupEnd<TLabels>(TLabels labels, int i)
        where TLabels : struct, ILabelSource
    {
        var j = i;
        var first = labels[i];
        if (IsVerbal(first.Clitic) && !first.Tag.IsVerb())
        {
            j++;
        }
        else if (first.Tag == PosTag.TO && Tag(labels, i + 1).IsVerb())
        {
            j++;
        }

        var verbs = 0;
        while (j < labels.Length)
        {
            var tag = labels[j].Tag;
            if (tag.IsVerb())
            {
                verbs++;
                j++;
            }
            else if (tag.IsAdverb() && AdverbsThenVerb(labels, j))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        if (verbs == 0 && j == i + 1 && IsVerbal(first.Clitic))
        {
            return j;
        }

        if (verbs == 0)
        {
            return i;
        }

        return Tag(labels, j) == PosTag.RP ? j + 1 : j;
    }

    private static bool AdverbsThenVerb<TLabels>(TLabels labels, int j)
        where TLabels : struct, ILabelSource
    {
        while (j < labels.Length && labels[j].Tag.IsAdverb())
        {
            j++;
        }

        return j < labels.Length && labels[j].Tag.IsVerb();
    }

    private static int VerbHead<TLabels>(TLabels labels, int start, int end)
        where TLabels : struct, ILabelSource
    {
        for (var k = end - 1; k >= start; k--)
        {
            if (labels[k].Tag.IsVerb())
            {
                return k;
            }
        }

        return start;
    }

    private VerbTraits Traits<TLabels>(ImmutableArray<Token> tokens, TLabels labels, int start, int end)
        where TLabels : struct, ILabelSource
    {
        var traits = VerbTraits.None;
        var auxiliary = Auxiliary.None;
        for (var k = start; k < end; k++)
        {
            var label = labels[k];
            var text = tokens[k].Text;
            if (label.Tag == PosTag.TO && k == start)
            {
                traits |= VerbTraits.Infinitive;
            }

            if (label.Tag == PosTag.MD || label.Clitic == PosTag.MD)
            {
                traits |= VerbTraits.Modal;
            }

            if (label.Tag.IsFiniteVerb() || label.Clitic.IsFiniteVerb())
            {
                traits |= VerbTraits.Finite;
            }

            if (label.Clitic == PosTag.RB || (label.Tag.IsAdverb() && lexicons.Negations.Contains(text)))
            {
                traits |= VerbTraits.Negated;
            }

            if (label.Tag.IsVerb() && label.Tag != PosTag.MD)
            {
                traits |= (auxiliary, label.Tag) switch
                {
                    (Auxiliary.Have, PosTag.VBN) => VerbTraits.Perfect,
                    (Auxiliary.Be, PosTag.VBN) => VerbTraits.Passive,
                    (Auxiliary.Be, PosTag.VBG) => VerbTraits.Progressive,
                    _ => VerbTraits.None,
                };
            }

            var auxiliaryHere = AuxiliaryOf(text, label);
            if (auxiliaryHere != Auxiliary.None || label.Tag.IsVerb())
            {
                auxiliary = auxiliaryHere;
            }
        }

        return traits;
    }

    // A verb token that is a form of "be" or "have", or a token whose verbal clitic is one ("it's", "could've").
    private Auxiliary AuxiliaryOf(string text, PosLabel label)
    {
        var word = label.Tag.IsVerb() && label.Tag != PosTag.MD ? Clitics.Host(text) : IsVerbal(label.Clitic) ? Clitics.Of(text) : null;
        if (word is null)
        {
            return Auxiliary.None;
        }

        return lexicons.FormsOfBe.Contains(word) ? Auxiliary.Be
            : lexicons.FormsOfHave.Contains(word) ? Auxiliary.Have
            : Auxiliary.None;
    }

    private static PosTag Tag<TLabels>(TLabels labels, int i)
        where TLabels : struct, ILabelSource => i < labels.Length ? labels[i].Tag : PosTag.None;

    private enum Auxiliary
    {
        None,
        Be,
        Have,
    }
}
