namespace DocLint.Rules.Tests.Conformance;

/// <summary>A fenced code block on a rule page: its info string (e.g. "text doclint-bad") and content.</summary>
public sealed record FencedBlock(string Info, string Content, int Line)
{
    public bool IsBadExample => HasTag("doclint-bad");

    public bool IsGoodExample => HasTag("doclint-good");

    private bool HasTag(string tag) =>
        Info.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(tag, StringComparer.Ordinal);
}
