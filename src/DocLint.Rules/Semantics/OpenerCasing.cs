using DocLint.Analysis;
using DocLint.Prose;
using DocLint.Rules.Common;

namespace DocLint.Rules.Semantics;

/// <summary>
/// Whether a sentence's capitalised first word is a name, where its capital says nothing. The tagger reads most
/// capitalised openers as names ("New study finds", "Public records show"), so the text's own casing decides: an
/// acronym ("EPA data shows"), or a word the document writes capitalised inside a sentence and never in lower case
/// ("Gallup polls show" … "according to Gallup"). The casing of every word is read once per document, so asking costs
/// one look-up however long the document is.
/// </summary>
internal sealed class OpenerCasing
{
    private readonly Dictionary<string, WordCasing> _casings;

    private OpenerCasing(Dictionary<string, WordCasing> casings) => _casings = casings;

    public static OpenerCasing Of(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Sentences.IsEmpty
            ? new OpenerCasing([])
            : document.GetOrCreate(document.Sentences[0], document, static (d, _) => Read(d.Sentences));
    }

    public bool IsName(string word) =>
        word.Length >= 2 && LetterCase.AllUpper(word, dotsAllowed: true)
        || _casings.TryGetValue(word, out var casing) && !casing.SeenInLowerCase && casing.CapitalisedInside;

    internal static OpenerCasing Read(IEnumerable<Sentence> sentences)
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
                var seen = casings.GetValueOrDefault(tokens[i].Text);
                casings[tokens[i].Text] = new WordCasing(
                    seen.SeenInLowerCase || !tokens[i].IsCapitalized,
                    seen.CapitalisedInside || i > 0 && tokens[i - 1].IsWord);
            }
        }

        return new OpenerCasing(casings);
    }

    private readonly record struct WordCasing(bool SeenInLowerCase, bool CapitalisedInside);
}
