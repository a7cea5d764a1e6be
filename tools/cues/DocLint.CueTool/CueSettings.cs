namespace DocLint.CueTool;

/// <summary>A cue is kept when it appears in at least <paramref name="MinCount"/> training sentences and
/// at least <paramref name="Threshold"/> of them are uncertain, is not on the hand-reviewed list
/// <paramref name="ReviewedOut"/> (a file, or null) and holds no word of <paramref name="AttributionWords"/> (a file, or null).</summary>
internal sealed record CueSettings(int MinCount, double Threshold, string? ReviewedOut, string? AttributionWords);
