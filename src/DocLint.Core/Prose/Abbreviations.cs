using System.Collections.Frozen;
using DocLint.Lexicons;

namespace DocLint.Prose;

/// <summary>
/// Abbreviations whose period does not end a sentence, and those that often do. The words are data in
/// rules/lexicons/grammar-abbreviations*.txt and grammar-sentence-starters.txt (embedded in Core with the grammar
/// layer's lists), read once when the tokenizer first asks.
/// </summary>
internal static class Abbreviations
{
    public static readonly FrozenSet<string> Known = Load("grammar-abbreviations");

    /// <summary>Abbreviations that only abbreviate before a number ("No. 5", "p. 12"); otherwise "No." is a word.</summary>
    public static readonly FrozenSet<string> BeforeNumbers = Load("grammar-abbreviations-before-numbers");

    /// <summary>Abbreviations that commonly close a sentence ("… in the U.S. The …").</summary>
    public static readonly FrozenSet<string> CanEndSentence = Load("grammar-abbreviations-sentence-final");

    // The tokenizer looks words up in the text without cutting a string out of it for each one.
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumbersBySpan = BeforeNumbers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that almost always start a sentence when capitalised after an ambiguous period.</summary>
    public static readonly FrozenSet<string> SentenceStarters = Load("grammar-sentence-starters");

    // Entries only: a Lexicon's trie tokenizes its entries, and the tokenizer reads these sets.
    private static FrozenSet<string> Load(string name) =>
        Lexicon.ParseEntries(EmbeddedText.ReadCoreList(name)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
