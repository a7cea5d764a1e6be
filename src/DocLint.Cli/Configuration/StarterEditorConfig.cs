using System.Text;
using DocLint.Configuration;
using DocLint.Diagnostics;

namespace DocLint.Cli.Configuration;

/// <summary>The commented .editorconfig section <c>doclint init</c> writes: every rule at its default, the bulk keys commented out.</summary>
internal static class StarterEditorConfig
{
    public const string SectionHeader = "[*.{md,markdown,txt}]";

    public static string Render(IEnumerable<DiagnosticDescriptor> descriptors)
    {
        var text = new StringBuilder();
        text.Append("# DocLint: prose policy. Every key is documented in docs/configuration.md.\n");
        text.Append(SectionHeader).Append('\n');
        text.Append("# Severities: error, warning, suggestion, silent, none (or default).\n");
        text.Append("# Precedence: a rule's own line, then its category, then all rules; the command line last.\n");
        text.Append("# ").Append(PolicyKeys.AllRulesSeverity).Append(" = warning\n");
        foreach (var category in RuleCategories.All.Where(c => c != RuleCategories.Infrastructure))
        {
            text.Append("# ").Append(PolicyKeys.CategorySeverity(category)).Append(" = warning\n");
        }

        text.Append("# Fail (exit code 1) when a document's source-reliability score is below this, 0-100:\n");
        text.Append("# ").Append(PolicyKeys.MinScore).Append(" = 70\n");
        text.Append("# Ask every <!-- doclint-disable ... --> comment for a reason after ' -- ':\n");
        text.Append("# ").Append(PolicyKeys.RequireSuppressionReason).Append(" = true\n");
        text.Append("# The kind of prose: news (default), research (scientific papers) or reference (encyclopedia articles):\n");
        text.Append("# ").Append(PolicyKeys.Genre).Append(" = news\n");
        foreach (var descriptor in descriptors.Where(d => d.Category != RuleCategories.Infrastructure).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            text.Append('\n');
            text.Append("# ").Append(descriptor.Id).Append(": ").Append(descriptor.Title).Append(" (").Append(descriptor.Category).Append(")\n");
            text.Append(PolicyKeys.RuleSeverity(descriptor.Id)).Append(" = ").Append(Word(descriptor.DefaultSeverity)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>True when the file already configures DocLint, so init must not add a second section.</summary>
    public static bool HasDocLintSection(string existing) =>
        existing.Contains(SectionHeader, StringComparison.Ordinal)
        || existing.Contains(PolicyKeys.RuleSeverityPrefix + "DL", StringComparison.OrdinalIgnoreCase)
        || existing.Contains(PolicyKeys.OwnKeyPrefix, StringComparison.OrdinalIgnoreCase);

    private static string Word(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };
}
