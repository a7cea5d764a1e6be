namespace DocLint.Evaluation;

/// <summary>
/// Which findings of each peer count as a hedge or weasel word. Each peer gets every check it offers for
/// that: proselint's hedging and weasel_words checks, write-good's weasel and weakening-adverb checks (the same
/// inside textlint, where the message tells them apart), retext-intensify's hedge and weasel lists (not filler).
/// </summary>
public static class PeerRules
{
    public static IReadOnlyList<string> Peers { get; } = ["proselint", "write-good", "textlint", "retext-intensify"];

    public static bool CountsAsUncertain(string peer, string rule, string message) => peer switch
    {
        "proselint" => rule.StartsWith("hedging", StringComparison.Ordinal) || rule.StartsWith("weasel_words", StringComparison.Ordinal),
        "write-good" => rule is "weasel" or "adverb",
        "textlint" => message.Contains("can weaken meaning", StringComparison.Ordinal),
        "retext-intensify" => rule is "retext-intensify:hedge" or "retext-intensify:weasel",
        _ => false,
    };

    /// <summary>
    /// On the gold set a peer's hedge/weasel finding is scored for hedge, booster and unnamed_source alike:
    /// "weasel words" lump the three together. No peer has a check for unsourced figures.
    /// </summary>
    public static IEnumerable<Family> FamiliesOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Rule.Length == 0 ? [] : [Family.Hedge, Family.Booster, Family.UnnamedSource];
    }
}
