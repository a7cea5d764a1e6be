namespace DocLint.Diagnostics;

public enum SuppressionKind
{
    /// <summary>An inline comment in the document.</summary>
    InSource,

    /// <summary>A baseline file or another external record.</summary>
    External,
}

/// <summary>Why a finding is not counted: kept so SARIF can carry it rather than drop it.</summary>
public sealed record Suppression(SuppressionKind Kind, string Justification);
