using DocLint.Text;

namespace DocLint.Scoring;

/// <summary>
/// One claim as the score judged it, for an integrator to highlight: its span in the source file, its status after
/// the effective findings were applied, its weight, and whether it was left unjudged because a finding on it was
/// suppressed or switched off.
/// </summary>
public sealed record ScoredClaim(TextSpan SourceSpan, ClaimStatus Status, double Weight, bool IsUnjudged);
