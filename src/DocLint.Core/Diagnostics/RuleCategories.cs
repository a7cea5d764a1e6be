namespace DocLint.Diagnostics;

/// <summary>The categories and the ID range each one owns (a contract: the first three characters name the family).</summary>
internal static class RuleCategories
{
    public const string Infrastructure = "Infrastructure";
    public const string Hedging = "Hedging";
    public const string Figures = "Figures";
    public const string Sources = "Sources";
    public const string Certainty = "Certainty";
    public const string Claims = "Claims";

    public static IReadOnlyList<string> All { get; } = [Infrastructure, Hedging, Figures, Sources, Certainty, Claims];

    /// <summary>The category an ID belongs to by its range, or null when it is outside every range.</summary>
    public static string? FromId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length != 6 || !id.StartsWith("DL", StringComparison.Ordinal) || id.AsSpan(2).ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        return id[2] switch
        {
            '0' => Infrastructure,
            '1' => Hedging,
            '2' => Figures,
            '3' => Sources,
            '4' => Certainty,
            '5' => Claims,
            _ => null,
        };
    }
}
