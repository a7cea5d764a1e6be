namespace DocLint.Scoring;

/// <summary>
/// Finds the sentence that contains a source position by binary search over the sentences' starts, so scoring
/// stays one pass: O(log n) per diagnostic instead of a scan of every sentence.
/// </summary>
internal sealed class SentenceIndex
{
    private readonly DocumentFacts _facts;
    private readonly int[] _starts;
    private readonly int[] _order;

    private SentenceIndex(DocumentFacts facts)
    {
        _facts = facts;
        // Blocks come in source order, so the starts are read in order and sorted (stably, as before) only if one ever
        // is not: a LINQ sort of every document's sentences, already in order, was most of building the index.
        var sentences = facts.Sentences;
        _order = new int[sentences.Length];
        _starts = new int[sentences.Length];
        var sorted = true;
        for (var i = 0; i < sentences.Length; i++)
        {
            _order[i] = i;
            _starts[i] = sentences[i].SourceSpan.Start;
            sorted &= i == 0 || _starts[i - 1] <= _starts[i];
        }

        if (!sorted)
        {
            _order = [.. _order.OrderBy(i => sentences[i].SourceSpan.Start)];
            _starts = [.. _order.Select(i => sentences[i].SourceSpan.Start)];
        }
    }

    public static SentenceIndex Of(DocumentFacts facts) => new(facts);

    /// <summary>The index in <see cref="DocumentFacts.Sentences"/> of the sentence containing the position, or -1.</summary>
    public int SentenceAt(int position)
    {
        var at = Array.BinarySearch(_starts, position);
        at = at >= 0 ? at : ~at - 1;
        // Several sentences may start at one position (an empty one before its neighbour): try the first of them.
        while (at > 0 && _starts[at - 1] == _starts[at])
        {
            at--;
        }

        for (; at >= 0 && at < _starts.Length && _starts[at] <= position; at++)
        {
            var span = _facts.Sentences[_order[at]].SourceSpan;
            if (span.Contains(position) || (span.IsEmpty && span.Start == position))
            {
                return _order[at];
            }
        }

        return -1;
    }
}
