using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DocLint.Analysis;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// Whether a sentence's capitalised first word is a name, where its capital says nothing. The tagger reads most
/// capitalised openers as names ("New study finds", "Public records show"), so the text's own casing decides: an
/// acronym ("EPA data shows"), or a word the document writes capitalised inside a sentence and never in lower case
/// ("Gallup polls show" … "according to Gallup"). A document is asked about a few openers, so the first few words are
/// each found by one scan of its tokens and remembered; past those the casing of every word is read once, so asking
/// costs one look-up however long the document is.
/// </summary>
internal sealed class OpenerCasing
{
    // Scanning a news article for one word costs about a fortieth of reading the casing of all its words into a
    // dictionary (a hash of every token), and nearly every article asks about fewer words than this; a long document
    // asking about many reads the dictionary once and stays linear.
    private const int WordsScannedAlone = 8;

    private readonly ImmutableArray<Sentence> _sentences;
    private readonly List<(string Word, bool IsName)> _scanned = [];
    private Dictionary<string, WordCasing>? _casings;

    private OpenerCasing(ImmutableArray<Sentence> sentences) => _sentences = sentences;

    public static OpenerCasing Of(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.GetOrCreateForDocument(static d => new OpenerCasing(d.Sentences)) ?? new OpenerCasing([]);
    }

    public bool IsName(string word) =>
        word.Length >= 2 && LetterCase.AllUpper(word, dotsAllowed: true) || IsNameByCasing(word);

    private bool IsNameByCasing(string word)
    {
        if (_casings is null)
        {
            foreach (var (scanned, isName) in _scanned)
            {
                if (string.Equals(scanned, word, StringComparison.OrdinalIgnoreCase))
                {
                    return isName;
                }
            }

            if (_scanned.Count < WordsScannedAlone)
            {
                var answer = Scan(word);
                _scanned.Add((word, answer));
                return answer;
            }

            _casings = Read(_sentences);
        }

        return _casings.TryGetValue(word, out var casing) && !casing.SeenInLowerCase && casing.CapitalisedInside;
    }

    // The dictionary's answer for one word: every occurrence capitalised, and one of them after a word.
    private bool Scan(string word)
    {
        var inside = false;
        foreach (var sentence in _sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                var text = tokens[i].Text;
                if (text.Length != word.Length || !tokens[i].IsWord || !string.Equals(text, word, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (!tokens[i].IsCapitalized)
                {
                    return false;
                }

                inside |= i > 0 && tokens[i - 1].IsWord;
            }
        }

        return inside;
    }

    private static Dictionary<string, WordCasing> Read(ImmutableArray<Sentence> sentences)
    {
        var casings = new Dictionary<string, WordCasing>(StringComparer.OrdinalIgnoreCase);
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!tokens[i].IsWord)
                {
                    continue;
                }

                // Inside means after the sentence's first token (a quotation's or a heading's opener is missed, so a
                // name seen only there stays unread).
                ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(casings, tokens[i].Text, out _);
                seen = new WordCasing(
                    seen.SeenInLowerCase || !tokens[i].IsCapitalized,
                    seen.CapitalisedInside || i > 0 && tokens[i - 1].IsWord);
            }
        }

        return casings;
    }

    private readonly record struct WordCasing(bool SeenInLowerCase, bool CapitalisedInside);
}
