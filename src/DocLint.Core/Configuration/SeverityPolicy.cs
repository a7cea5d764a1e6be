using System.Collections.Immutable;
using DocLint.Diagnostics;

namespace DocLint.Configuration;

/// <summary>
/// How severities are decided for one document: per-rule settings, then per-category, then all rules
/// (Roslyn's precedence), and the command line last (--warnaserror, --nowarn).
/// </summary>
internal sealed record SeverityPolicy
{
    public static readonly SeverityPolicy Default = new();

    public ImmutableDictionary<string, ReportSeverity> RuleSeverities { get; init; } = ImmutableDictionary<string, ReportSeverity>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    public ImmutableDictionary<string, ReportSeverity> CategorySeverities { get; init; } = ImmutableDictionary<string, ReportSeverity>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    public ReportSeverity AllRulesSeverity { get; init; } = ReportSeverity.Default;

    /// <summary>Every warning becomes an error.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>These IDs' warnings become errors.</summary>
    public ImmutableHashSet<string> WarningsAsErrorsIds { get; init; } = ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase);

    /// <summary>These IDs are switched off.</summary>
    public ImmutableHashSet<string> NoWarnIds { get; init; } = ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase);

    /// <summary>The effective severity, or null when the rule is off for this document.</summary>
    public DiagnosticSeverity? Apply(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (NoWarnIds.Contains(descriptor.Id))
        {
            return null;
        }

        var configured = RuleSeverities.TryGetValue(descriptor.Id, out var rule) ? rule : ReportSeverity.Default;
        // Bulk settings never override an ID-specific one, and never reach the infrastructure rules' errors.
        if (configured == ReportSeverity.Default && descriptor.Category != RuleCategories.Infrastructure)
        {
            configured = CategorySeverities.TryGetValue(descriptor.Category, out var category) ? category : AllRulesSeverity;
            if (configured != ReportSeverity.Default && !descriptor.IsEnabledByDefault)
            {
                configured = ReportSeverity.Default;
            }
        }

        // A rule off by default stays off until its own ID is given a severity (as in Roslyn).
        if (configured == ReportSeverity.Default && !descriptor.IsEnabledByDefault)
        {
            return null;
        }

        var severity = ReportSeverityParser.ToDiagnosticSeverity(configured, descriptor.DefaultSeverity);
        if (severity == DiagnosticSeverity.Warning && (WarningsAsErrors || WarningsAsErrorsIds.Contains(descriptor.Id)))
        {
            return DiagnosticSeverity.Error;
        }

        return severity;
    }
}
