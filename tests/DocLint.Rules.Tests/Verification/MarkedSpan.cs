using DocLint.Text;

namespace DocLint.Rules.Tests.Verification;

/// <summary>One expected or actual finding: a rule ID and its exact span in the clean text.</summary>
public sealed record MarkedSpan(string Id, TextSpan Span)
{
    public override string ToString() => $"{Id} {Span}";
}
