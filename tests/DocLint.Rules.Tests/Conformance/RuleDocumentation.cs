using System.Text;
using DocLint.Diagnostics;

namespace DocLint.Rules.Tests.Conformance;

/// <summary>What the rule pages and the index must say, rendered from the descriptors (the single source of truth).</summary>
public static class RuleDocumentation
{
    public const string GeneratedBegin = "<!-- generated:begin -->";
    public const string GeneratedEnd = "<!-- generated:end -->";

    /// <summary>The H2 sections a page may have, in the order they must appear.</summary>
    public static IReadOnlyList<string> SectionOrder { get; } = ["Why", "Examples", "How to fix", "Options", "When to disable"];

    public static string TitleLine(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return $"# {descriptor.Id}: {descriptor.Title}";
    }

    /// <summary>The region between the generated markers, markers included.</summary>
    public static string GeneratedRegion(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var severity = EditorConfigSeverity(descriptor.DefaultSeverity);
        return new StringBuilder()
            .Append(GeneratedBegin).Append('\n')
            .Append("| Property | Value |\n")
            .Append("|---|---|\n")
            .Append($"| ID | {descriptor.Id} |\n")
            .Append($"| Category | {descriptor.Category} |\n")
            .Append($"| Default severity | {severity} |\n")
            .Append($"| Enabled by default | {(descriptor.IsEnabledByDefault ? "yes" : "no")} |\n")
            .Append('\n')
            .Append("```editorconfig\n")
            .Append($"dotnet_diagnostic.{descriptor.Id}.severity = {severity}\n")
            .Append("```\n")
            .Append(GeneratedEnd)
            .ToString();
    }

    /// <summary>The rules/README.md index region, markers included.</summary>
    public static string IndexRegion(IEnumerable<DiagnosticDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        var builder = new StringBuilder()
            .Append(GeneratedBegin).Append('\n')
            .Append("| ID | Category | Default severity | Title | Page |\n")
            .Append("|---|---|---|---|---|\n");
        foreach (var descriptor in descriptors.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            builder.Append($"| {descriptor.Id} | {descriptor.Category} | {EditorConfigSeverity(descriptor.DefaultSeverity)} | {descriptor.Title} | [{descriptor.Id}.md]({descriptor.Id}.md) |\n");
        }

        return builder.Append(GeneratedEnd).ToString();
    }

    /// <summary>The word .editorconfig uses for a severity, so the rendered line can be pasted as is.</summary>
    public static string EditorConfigSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        DiagnosticSeverity.Hidden => "silent",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };
}
