namespace DocLint.Evaluation;

/// <summary>
/// One wrong sentence. Class groups errors of one kind for the listing: a false alarm by its rule and cue
/// ("FP DL1001 'could'"), a miss by the labelled span's head word ("FN 'officials'"), so a fix shows as a class shrinking.
/// </summary>
public sealed record ErrorCase(string Class, string Text)
{
    public override string ToString() => Text;
}
