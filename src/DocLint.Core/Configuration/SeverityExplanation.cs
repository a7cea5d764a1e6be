using DocLint.Diagnostics;

namespace DocLint.Configuration;

/// <summary>A rule's effective severity for one document (null = off) and the setting that decided it.</summary>
internal sealed record SeverityExplanation(DiagnosticDescriptor Descriptor, DiagnosticSeverity? Severity, ConfigurationOrigin Origin)
{
    /// <summary>The .editorconfig word for the severity: error, warning, suggestion, silent or none.</summary>
    public string SeverityWord => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        DiagnosticSeverity.Hidden => "silent",
        _ => "none",
    };

    /// <summary>Mirrors <see cref="SeverityPolicy.Apply"/>: command line, then rule, category, all rules, default.</summary>
    public static SeverityExplanation For(DiagnosticDescriptor descriptor, ConfiguredPolicy policy, CommandLinePolicy commandLine)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(commandLine);
        var severities = commandLine.ApplyTo(policy.Settings).Severities;
        var severity = severities.Apply(descriptor);
        var configured = policy.Settings.Severities.Apply(descriptor);
        if (severity != configured)
        {
            return new(descriptor, severity, ConfigurationOrigin.CommandLine);
        }

        return new(descriptor, severity, EditorConfigOrigin(descriptor, policy) ?? ConfigurationOrigin.BuiltInDefault);
    }

    private static ConfigurationOrigin? EditorConfigOrigin(DiagnosticDescriptor descriptor, ConfiguredPolicy policy)
    {
        var severities = policy.Settings.Severities;
        if (severities.RuleSeverities.TryGetValue(descriptor.Id, out var rule) && rule != ReportSeverity.Default)
        {
            return policy.SeverityOrigins.GetValueOrDefault(descriptor.Id);
        }

        if (descriptor.Category == RuleCategories.Infrastructure || !descriptor.IsEnabledByDefault)
        {
            return null;
        }

        if (severities.CategorySeverities.TryGetValue(descriptor.Category, out var category))
        {
            return category == ReportSeverity.Default ? null : policy.SeverityOrigins.GetValueOrDefault(ConfiguredPolicy.CategoryOriginKey(descriptor.Category));
        }

        return severities.AllRulesSeverity == ReportSeverity.Default ? null : policy.SeverityOrigins.GetValueOrDefault(ConfiguredPolicy.AllRulesOriginKey);
    }
}
