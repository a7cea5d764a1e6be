using DocLint.Prose;

namespace DocLint.Rules.Semantics;

/// <summary>
/// Whether a sentence's capitalised first word is a name, where its capital says nothing. The tagger reads most
/// capitalised openers as names ("New study finds", "Public records show"), so the text's own casing decides: an
/// acronym ("EPA data shows"), or a word the document writes capitalised inside a sentence and never in lower case
/// ("Gallup polls show" … "according to Gallup").
/// </summary>
internal static class OpenerCasing
{
    public static bool IsName(in SentenceInput input, int index)
    {
        var word = input.Tokens[index].Text;
        if (word.Length >= 2 && IsAcronym(word))
        {
            return true;
        }

        var capitalisedInside = false;
        foreach (var sentence in input.DocumentSentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!tokens[i].Text.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (!tokens[i].IsCapitalized)
                {
                    return false;
                }

                // The same word after its sentence's first token (a quotation's or a heading's opener is missed, so
                // a name seen only there stays unread, as before).
                capitalisedInside |= i > 0 && tokens[i - 1].IsWord;
            }
        }

        return capitalisedInside;
    }

    private static bool IsAcronym(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }
}
