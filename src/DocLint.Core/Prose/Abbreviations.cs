using System.Collections.Frozen;

namespace DocLint.Prose;

/// <summary>Abbreviations whose period does not end a sentence, and those that often do.</summary>
internal static class Abbreviations
{
    public static readonly FrozenSet<string> Known = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "gov", "sen", "rep", "rev", "col", "lt", "sgt",
        "capt", "cmdr", "adm", "maj", "pres", "supt", "det", "insp", "hon", "messrs", "mmes", "fr", "ft", "pt",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "inc", "ltd", "co", "corp", "bros", "llc", "plc", "dept", "univ", "assn", "assoc",
        "no", "nos", "vol", "vols", "p", "pp", "ch", "chap", "sec", "fig", "figs", "eq", "ed", "eds", "approx", "est",
        "etc", "vs", "cf", "al", "ca", "viz", "ibid",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
        "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va",
        "vt", "wash", "wis", "wyo", "ave", "blvd", "rd", "hwy",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that only abbreviate before a number ("No. 5", "p. 12"); otherwise "No." is a word.</summary>
    public static readonly FrozenSet<string> BeforeNumbers = new[]
    {
        "no", "nos", "p", "pp", "vol", "vols", "ch", "chap", "sec", "fig", "figs", "eq", "art",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that commonly close a sentence ("… in the U.S. The …").</summary>
    public static readonly FrozenSet<string> CanEndSentence = new[]
    {
        "etc", "inc", "ltd", "co", "corp", "llc", "plc", "jr", "sr", "bros",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The tokenizer looks words up in the text without cutting a string out of it for each one.
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumbersBySpan = BeforeNumbers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that almost always start a sentence when capitalised after an ambiguous period.</summary>
    public static readonly FrozenSet<string> SentenceStarters = new[]
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
        "his", "her", "their", "its", "our", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "if", "when",
        "while", "after", "before", "as", "some", "many", "most", "no", "not", "what", "why", "how", "who", "where",
        "still", "however", "meanwhile", "now", "then", "also", "since", "though", "although", "according",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
