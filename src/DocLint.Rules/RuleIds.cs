namespace DocLint.Rules;

/// <summary>Every built-in rule ID, declared once.</summary>
internal static class RuleIds
{
    public const string HedgingPhrase = "DL1001";
    public const string EpistemicModal = "DL1002";
    public const string UnsourcedFigure = "DL2001";
    public const string VaguelySourcedFigure = "DL2002";
    public const string VagueSource = "DL3001";
    public const string ImpersonalAttribution = "DL3002";
    public const string UnsupportedCertainty = "DL4001";
    public const string UnsourcedClaim = "DL5001";
}
