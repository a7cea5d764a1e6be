using System.Collections.Immutable;
using DocLint.Prose;

namespace DocLint.Grammar;

/// <summary>
/// Where a sentence's verb groups start, as the clause splitter reads it: the traits of the verb group that starts at a
/// token, or <see cref="None"/>. Either every chunk is at hand (<see cref="ReadVerbStarts"/>) or the chunks are read on
/// request (<see cref="ChunkedVerbStarts"/>), so the splitter can find a clause's opening without the whole sentence.
/// </summary>
internal interface IVerbStarts
{
    /// <summary>No verb group starts at the token.</summary>
    const int None = -1;

    /// <summary>How many tokens the sentence has.</summary>
    int Length { get; }

    /// <summary>The traits (as an int) of the verb group that starts at token <paramref name="index"/>, or <see cref="None"/>.</summary>
    int At(int index);
}

/// <summary>Verb-group starts filled in from the whole chunk list.</summary>
internal readonly ref struct ReadVerbStarts : IVerbStarts
{
    private readonly ReadOnlySpan<int> _traits;

    public ReadVerbStarts(ReadOnlySpan<int> traits) => _traits = traits;

    public int Length => _traits.Length;

    public int At(int index) => _traits[index];
}

/// <summary>
/// Verb-group starts read by the chunker from the first token on, as far as they are asked for: a chunk's reading tags
/// its sentence only as far as it looks (<see cref="GrowingLabels"/>), so a clause near the start leaves the rest untagged.
/// </summary>
internal sealed class ChunkedVerbStarts : IVerbStarts
{
    private readonly Chunker _chunker;
    private readonly ImmutableArray<Token> _tokens;
    private readonly GrowingLabels _labels;
    private readonly int[] _traits;

    // Every verb group that starts before this token is recorded (a step's chunks start where it does or later).
    private int _read;

    public ChunkedVerbStarts(Chunker chunker, SentenceGrammar grammar)
    {
        _chunker = chunker;
        _tokens = grammar.Tokens;
        _labels = new GrowingLabels(grammar);
        _traits = new int[_tokens.Length];
        Array.Fill(_traits, IVerbStarts.None);
    }

    public int Length => _tokens.Length;

    public int At(int index)
    {
        while (_read <= index && _read < _tokens.Length)
        {
            _read = _chunker.Step(_tokens, _labels, _read, out _, out var verbGroup);
            if (verbGroup is { } group)
            {
                _traits[group.Start] = (int)group.Traits;
            }
        }

        return _traits[index];
    }
}
