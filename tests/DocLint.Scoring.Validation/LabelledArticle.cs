namespace DocLint.Scoring.Validation;

/// <summary>
/// One article with outside judgement: the comparison it belongs to, its class, whether that class is the reliable
/// one, the readers' grade (reader-graded set only) and its outlet (null when the set does not say).
/// </summary>
internal sealed record LabelledArticle(string Set, string Id, string Label, bool? Reliable, string Text)
{
    public double? Grade { get; init; }

    public string? Outlet { get; init; }

    /// <summary>What the held-out split is keyed on: the outlet where the set names one, so an outlet is never on both sides.</summary>
    public string SplitKey => Outlet ?? Id;
}
