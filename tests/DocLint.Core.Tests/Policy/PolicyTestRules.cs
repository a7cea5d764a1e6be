using DocLint.Diagnostics;

namespace DocLint.Core.Tests.Policy;

/// <summary>Descriptors standing in for the built-in rules (Core cannot see DocLint.Rules).</summary>
internal static class PolicyTestRules
{
    public static readonly DiagnosticDescriptor Hedge = new("DL1901", "Test hedge", "'{0}'", RuleCategories.Hedging, DiagnosticSeverity.Warning, "test");

    public static readonly DiagnosticDescriptor Modal = new("DL1902", "Test modal", "'{0}'", RuleCategories.Hedging, DiagnosticSeverity.Info, "test");

    public static readonly DiagnosticDescriptor Certain = new("DL4901", "Test certainty", "'{0}'", RuleCategories.Certainty, DiagnosticSeverity.Warning, "test");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [.. InfrastructureDescriptors.All, Hedge, Modal, Certain];
}
