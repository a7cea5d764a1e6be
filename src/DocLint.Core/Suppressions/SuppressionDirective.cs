using System.Collections.Immutable;
using DocLint.Text;

namespace DocLint.Suppressions;

/// <summary>
/// One parsed comment. <see cref="Targets"/> are rule IDs or categories as written; empty means every rule.
/// <see cref="Reason"/> is the text after <c> -- </c>, or null.
/// </summary>
internal sealed record SuppressionDirective(SuppressionDirectiveKind Kind, ImmutableArray<string> Targets, string? Reason, TextSpan Span)
{
    public bool AppliesToAllRules => Targets.IsEmpty;
}
