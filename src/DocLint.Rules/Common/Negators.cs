using DocLint.Prose;

namespace DocLint.Rules.Common;

/// <summary>
/// A word that denies what it stands before: one of class-negations ("not", "never", "hardly" …) or a contraction whose
/// token ends in "n't" ("doesn't", "couldn't": the tokenizer keeps the contraction one token and folds its apostrophe to
/// the straight one). The readers that ask whether a cue is denied share this test so that they agree on what denies.
/// </summary>
internal static class Negators
{
    /// <summary>True when the token's word is a negation or a negated contraction.</summary>
    public static bool IsNegator(Token token) => IsNegator(token.Text);

    /// <summary>True when the word (as it stands or lowered: the test is case-blind) is a negation or a negated contraction.</summary>
    public static bool IsNegator(string word) =>
        WordClasses.Negations.Contains(word) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase);
}
