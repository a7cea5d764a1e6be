using DocLint.Prose;

namespace DocLint.CueTool;

/// <summary>
/// The candidate cues of a sentence, read with DocLint's own tokenizer so a learned cue matches the tokens the
/// rule will see: lower-cased alphabetic words and pairs of adjacent ones.
/// </summary>
internal static class CueFeatures
{
    public static HashSet<string> Of(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var cues = new HashSet<string>(StringComparer.Ordinal);
        string? previous = null;
        var first = true;
        foreach (var token in tokens)
        {
            var word = token.Kind == TokenKind.Word && token.Text.Length >= 2 && token.Text.All(char.IsAsciiLetter) && (first || !char.IsUpper(token.Text[0]))
                ? token.Text.ToLowerInvariant()
                : null;
            first = false;
            if (word is not null)
            {
                cues.Add(word);
                if (previous is not null)
                {
                    cues.Add(previous + " " + word);
                }
            }

            previous = word;
        }

        return cues;
    }
}
