using System.Collections.Immutable;
using DocLint.Documents;

namespace DocLint.Suppressions;

/// <summary>Reads <c>&lt;!-- doclint-disable DL1001 Hedging -- reason --&gt;</c>; any other comment is not a directive.</summary>
internal static class SuppressionDirectiveParser
{
    private const string ReasonSeparator = " -- ";

    // Longest first, so "doclint-disable" does not swallow "doclint-disable-line".
    private static readonly (string Keyword, SuppressionDirectiveKind Kind)[] Keywords =
    [
        ("doclint-disable-next-line", SuppressionDirectiveKind.DisableNextLine),
        ("doclint-disable-line", SuppressionDirectiveKind.DisableLine),
        ("doclint-disable-file", SuppressionDirectiveKind.DisableFile),
        ("doclint-disable", SuppressionDirectiveKind.Disable),
        ("doclint-enable", SuppressionDirectiveKind.Enable),
    ];

    public static SuppressionDirective? TryParse(HtmlComment comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        var content = comment.Content.Trim();
        foreach (var (keyword, kind) in Keywords)
        {
            if (!content.StartsWith(keyword, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = content[keyword.Length..];
            // "doclint-disabled" or "doclint-enable-foo" is some other comment, not a typo we should act on.
            if (rest.Length > 0 && !char.IsWhiteSpace(rest[0]))
            {
                return null;
            }

            string? reason = null;
            var separator = (" " + rest).IndexOf(ReasonSeparator, StringComparison.Ordinal);
            if (separator >= 0)
            {
                var cut = Math.Max(0, separator - 1);
                reason = rest[Math.Min(rest.Length, cut + ReasonSeparator.Length)..].Trim();
                rest = rest[..cut];
                reason = reason.Length == 0 ? null : reason;
            }

            var targets = rest.Split([' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new SuppressionDirective(kind, [.. targets], reason, comment.SourceSpan);
        }

        return null;
    }
}
