namespace DocLint.Grammar;

/// <summary>
/// Which tokens of one sentence are <see cref="SpelledAcronyms"/> standing as names ("according to WHO"), found in one
/// pass (<see cref="SpelledAcronyms.In"/>) and read by index by the fixed tags. Nearly every sentence has none, and then
/// holds no array.
/// </summary>
internal readonly struct SpelledAcronymNames
{
    // Ascending token indexes; null when there are none.
    private readonly int[]? _positions;

    internal SpelledAcronymNames(int[] positions) => _positions = positions;

    /// <summary>Token <paramref name="index"/> is one of the acronyms standing as a name.</summary>
    public bool Contains(int index) => _positions is not null && Array.BinarySearch(_positions, index) >= 0;
}
