using System.Collections.Immutable;
using DocLint.Documents;
using DocLint.Text;

namespace DocLint.Prose;

/// <summary>
/// A sentence of a block, with its tokens. Spans are in the block's prose; the block maps them to the file.
/// </summary>
internal sealed class Sentence
{
    internal Sentence(ProseBlock block, int indexInBlock, TextSpan span, ImmutableArray<Token> tokens, ImmutableArray<TextSpan> quotations)
    {
        Block = block;
        IndexInBlock = indexInBlock;
        Span = span;
        Tokens = tokens;
        Quotations = quotations;
    }

    public ProseBlock Block { get; }

    public int IndexInBlock { get; }

    public TextSpan Span { get; }

    /// <summary>
    /// The sentence's text, cut from the block on each call: keeping a copy per sentence doubled a document's
    /// memory, and few callers need it. Use <see cref="AsSpan"/> to read it without a copy.
    /// </summary>
    public string Text => Block.Text.Substring(Span.Start, Span.Length);

    /// <summary>The sentence's text, without a copy.</summary>
    public ReadOnlySpan<char> AsSpan() => Block.Text.AsSpan(Span.Start, Span.Length);

    public ImmutableArray<Token> Tokens { get; }

    /// <summary>Direct quotations of the block that overlap this sentence (block prose spans).</summary>
    public ImmutableArray<TextSpan> Quotations { get; }

    public IEnumerable<Evidence> Evidence => Block.Evidence.Where(Covers);

    /// <summary>Whether the sentence has any <see cref="Evidence"/>, without an iterator per sentence (plain text has none).</summary>
    public bool HasEvidence
    {
        get
        {
            foreach (var evidence in Block.Evidence)
            {
                if (Covers(evidence))
                {
                    return true;
                }
            }

            return false;
        }
    }

    public bool IsQuoted(TextSpan span)
    {
        foreach (var quotation in Quotations)
        {
            if (quotation.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Text;

    private bool Covers(Evidence evidence) => Span.OverlapsWith(evidence.ProseSpan) || Span.Contains(evidence.ProseSpan.Start);
}
