namespace DocLint.Configuration;

/// <summary>The .editorconfig keys DocLint reads. DocLint's own prefixes keep C# settings out of prose.</summary>
internal static class PolicyKeys
{
    public const string RuleSeverityPrefix = "dotnet_diagnostic.";
    public const string SeveritySuffix = ".severity";
    public const string AllRulesSeverity = "doclint_analyzer_diagnostic.severity";
    public const string CategorySeverityPrefix = "doclint_analyzer_diagnostic.category-";
    public const string MinScore = "doclint_min_score";
    public const string MaxFileSize = "doclint_max_file_size";
    public const string RequireSuppressionReason = "doclint_require_suppression_reason";
    public const string Genre = "doclint_genre";
    public const string OwnKeyPrefix = "doclint_";
    public const string RuleOptionPrefix = "doclint.";

    public static string RuleSeverity(string id) => RuleSeverityPrefix + id + SeveritySuffix;

    public static string CategorySeverity(string category) => CategorySeverityPrefix + category + SeveritySuffix;
}
