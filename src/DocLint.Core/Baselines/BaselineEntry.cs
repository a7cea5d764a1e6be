namespace DocLint.Baselines;

/// <summary>
/// Findings that are accepted as they are: identified by rule, file (as printed, forward slashes) and the
/// flagged text in its sentence, not by line, so edits elsewhere in the file do not resurrect them.
/// </summary>
public sealed record BaselineEntry(string Rule, string Path, string Text, string Context, int Count)
{
    public (string Rule, string Path, string Text, string Context) Key => (Rule, Path, Text, Context);
}
