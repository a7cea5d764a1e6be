using System.Collections;
using System.Collections.Frozen;
using DocLint.Lexicons;

namespace DocLint.Rules.Common;

/// <summary>
/// One of <see cref="WordClasses"/>' sets (case-blind) with a <see cref="KeyFilter"/> in front of it: readers ask a class
/// of nearly every token, and almost every answer is no. A small frozen set answered it by comparing the token with each
/// word of its length, case-blind; these comparisons were about 6% of a plain-text lint (issue 11), spread over some
/// forty readers. The filter turns away most tokens from their ends and length alone and never a word of the set
/// (<see cref="KeyFilter.ForIgnoreCase"/>), so every answer is the set's.
/// </summary>
/// <remarks>
/// No conversion to the <see cref="FrozenSet{T}"/> it wraps: a reader that held the set asked it without the filter.
/// A reader holds the class itself; only <see cref="GetAlternateLookup{TAlternate}"/> (a span of a token's text) asks
/// the set directly.
/// </remarks>
internal sealed class WordClass : IReadOnlySet<string>
{
    private readonly FrozenSet<string> _words;
    private readonly KeyFilter _filter;

    public WordClass(FrozenSet<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = words;
        _filter = KeyFilter.ForIgnoreCase(words);
    }

    public int Count => _words.Count;

    /// <summary>Whether the class holds <paramref name="item"/>, case-blind: the set's answer, the filter asked first.</summary>
    public bool Contains(string item) => item is not null && _filter.MayContain(item) && _words.Contains(item);

    /// <summary>The set's look-up by another key type (a span of a token's text): unfiltered.</summary>
    public FrozenSet<string>.AlternateLookup<TAlternate> GetAlternateLookup<TAlternate>()
        where TAlternate : notnull, allows ref struct => _words.GetAlternateLookup<TAlternate>();

    public FrozenSet<string>.Enumerator GetEnumerator() => _words.GetEnumerator();

    IEnumerator<string> IEnumerable<string>.GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_words).GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => _words.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => _words.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => _words.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => _words.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => _words.Overlaps(other);

    public bool SetEquals(IEnumerable<string> other) => _words.SetEquals(other);
}
