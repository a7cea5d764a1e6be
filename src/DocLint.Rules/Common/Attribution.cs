namespace DocLint.Rules.Common;

/// <summary>
/// One attribution in a sentence: the reporting verb (or "according to") at <see cref="VerbStart"/>,
/// and its source phrase, as token indexes of the sentence (end exclusive).
/// </summary>
internal sealed record Attribution(AttributionKind Kind, int VerbStart, int VerbEnd, int SourceStart, int SourceEnd)
{
    public bool SourceFollowsVerb => SourceStart >= VerbEnd;

    public int Start => Math.Min(VerbStart, SourceStart);

    public int End => Math.Max(VerbEnd, SourceEnd);

    /// <summary>A source no reader can check: a vague one or a person known only by a role.</summary>
    public bool IsVague => Kind is AttributionKind.Vague or AttributionKind.Role;

    /// <summary>
    /// The vague source phrase holds a poll, survey or study that no maker names ("a recent survey", "One recent
    /// survey of regular churchgoers"), as <c>UnnamedStudies.Read</c> reads it; set by the
    /// attribution reader, so the figure rules ask the classifier's reading rather than one of their own.
    /// </summary>
    public bool IsUnnamedStudy { get; init; }
}
