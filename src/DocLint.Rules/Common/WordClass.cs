using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;
using DocLint.Grammar;
using DocLint.Lexicons;
using DocLint.Prose;

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
/// the set directly. The frozen set stays (its buckets by length compare a token with few words; a case-blind hash set
/// hashed every filtered token and cost a corpus run more than it saved at start-up, perf45), but it is frozen from the
/// case-blind set the list is parsed into, with no list, duplicate set or lower-cased copies made on the way (perf46).
/// </remarks>
internal sealed class WordClass : IReadOnlySet<string>
{
    // A phrase of a few tokens is longer than this only when no class could hold it; such a phrase goes on the heap.
    private const int MaxPhraseOnStack = 128;

    private readonly FrozenSet<string> _words;
    private readonly KeyFilter _filter;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;

    private WordClass(HashSet<string> words)
    {
        // The filter reads the parsed set's words; freezing a set whose comparer is the frozen set's takes it as it is.
        _filter = KeyFilter.ForIgnoreCase(words);
        _words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The class of a list's entries (<see cref="Lexicon.ParseEntries"/>: comments cut, normalised) and
    /// <paramref name="extra"/> words, case-blind.
    /// </summary>
    public static WordClass Parse(string content, params ReadOnlySpan<string> extra)
    {
        var words = Lexicon.ParseEntrySet(content, StringComparer.OrdinalIgnoreCase);
        foreach (var word in extra)
        {
            words.Add(word);
        }

        return new WordClass(words);
    }

    public int Count => _words.Count;

    /// <summary>
    /// Whether the class holds <paramref name="item"/>, case-blind: the set's answer, the filter asked first. An
    /// organisation's acronym in capitals that spells a listed function word ("WHO", "IT": SpelledAcronyms) is the
    /// name, not the word, in every class: "a WHO source said" holds no relative pronoun.
    /// </summary>
    /// <remarks>
    /// Context-free on purpose, where the tagger's fixed tag reads the sentence (<see cref="SpelledAcronyms.In"/>: the
    /// word again beside another word in capitals, "WHO KNEW?", or in a sentence with no lower-case word). A class is
    /// asked for a string (678 call sites, 124 of them passing something other than a token's Text: a hyphenated
    /// word's part, a lowered or trimmed form, a list entry), so the context is not at hand; and the two answers differ
    /// only in a shouted line, where the tagger needs the word for its model's features ("WHO/WP KNEW") while no word
    /// list is better for reading "IT" in "WHAT IT MEANS:" as a pronoun (names43 measured the choice: 1 gold sentence,
    /// unlabelled, unmoved). mend46 kept the two; one decision would pass each caller its sentence and index.
    /// </remarks>
    public bool Contains(string item) =>
        item is not null && _filter.MayContain(item) && _words.Contains(item) && !SpelledAcronyms.IsSpelled(item);

    /// <summary>
    /// Whether the class holds the texts of tokens [<paramref name="start"/>, <paramref name="end"/>) joined by single
    /// spaces ("at least", "as many as"): the answer <see cref="Contains"/> gives the joined string, without making it.
    /// No tokens join to "", which no class holds; one token is asked as itself (an acronym in capitals stays the name);
    /// a phrase of two or more is never such an acronym, so the set is asked for its characters directly.
    /// </summary>
    public bool ContainsPhrase(ImmutableArray<Token> tokens, int start, int end)
    {
        if (end <= start)
        {
            return false;
        }

        if (end - start == 1)
        {
            return Contains(tokens[start].Text);
        }

        var length = end - start - 1;
        for (var j = start; j < end; j++)
        {
            length += tokens[j].Text.Length;
        }

        Span<char> phrase = length <= MaxPhraseOnStack ? stackalloc char[length] : new char[length];
        var at = 0;
        for (var j = start; j < end; j++)
        {
            if (j > start)
            {
                phrase[at++] = ' ';
            }

            tokens[j].Text.CopyTo(phrase[at..]);
            at += tokens[j].Text.Length;
        }

        return _filter.MayContain(phrase) && _wordsBySpan.Contains(phrase);
    }

    /// <summary>
    /// Whether the class holds <paramref name="word"/> or, read as a regular plural, its singular, case-blind: "polls" as
    /// "poll", "studies" as "study", "analyses" as "analysis", "THOUSANDS" as "thousand". The lists hold singulars; five
    /// readers stripped the endings by hand, each its own way (mend47). The singular is looked up in place (on the stack
    /// where "y" or "is" replaces the ending), with the same filter and the same refusal of a spelled acronym in capitals
    /// as <see cref="Contains"/>.
    /// </summary>
    public bool ContainsNounOrPlural(string word)
    {
        if (Contains(word))
        {
            return true;
        }

        var text = word.AsSpan();
        if (text.Length < 2 || text[^1] is not ('s' or 'S'))
        {
            return false;
        }

        if (ContainsCharacters(text[..^1]))
        {
            return true;
        }

        // "studies": "stud" and "y"; "analyses": "analys" and "is".
        var (strip, ending) = text.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? (3, "y")
            : text.EndsWith("ses", StringComparison.OrdinalIgnoreCase) ? (2, "is")
            : (0, null);
        if (ending is null)
        {
            return false;
        }

        var kept = text[..^strip];
        var length = kept.Length + ending.Length;
        Span<char> singular = length <= MaxPhraseOnStack ? stackalloc char[length] : new char[length];
        kept.CopyTo(singular);
        ending.CopyTo(singular[kept.Length..]);
        return ContainsCharacters(singular);
    }

    // Contains for characters that are no string: the filter, the set by span, the spelled-acronym refusal.
    private bool ContainsCharacters(ReadOnlySpan<char> text) =>
        _filter.MayContain(text) && _wordsBySpan.Contains(text) && !SpelledAcronyms.IsSpelled(text);

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
