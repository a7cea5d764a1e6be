namespace DocLint.Diagnostics;

public enum SuppressionKind
{
    /// <summary>An inline comment in the document.</summary>
    InSource,

    /// <summary>A baseline file or another external record.</summary>
    External,

    /// <summary>
    /// Switched off by configuration (severity none or silent, --nowarn, a rule off by default). Such findings are
    /// never reported; they reach only the scorer, so a switched-off problem neither lowers the score nor counts
    /// as a sourced claim.
    /// </summary>
    Configuration,
}

/// <summary>Why a finding is not counted: kept so SARIF can carry it rather than drop it.</summary>
public sealed record Suppression(SuppressionKind Kind, string Justification);
