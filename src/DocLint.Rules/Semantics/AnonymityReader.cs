using DocLint.Prose;

namespace DocLint.Rules.Semantics;

/// <summary>Whether a sentence says its source spoke on condition of anonymity, which keeps a role noun anonymous.</summary>
internal static class AnonymityReader
{
    public static bool IsAnonymous(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.Text;
        return text.Contains("anonymity", StringComparison.OrdinalIgnoreCase)
            || text.Contains("not authorized to", StringComparison.OrdinalIgnoreCase)
            || text.Contains("declined to be named", StringComparison.OrdinalIgnoreCase)
            || text.Contains("asked not to be named", StringComparison.OrdinalIgnoreCase);
    }
}
