namespace DocLint.CueTool;

/// <summary>How often a cue appears: in uncertain and in all training sentences, and in news sentences without an
/// author-voice hedge (where firing would be a false alarm).</summary>
internal sealed record CueCount(string Cue, int Uncertain, int Total, int NewsNegatives)
{
    public double Weight => (double)Uncertain / Total;
}
