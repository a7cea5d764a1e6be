using System.Collections.Immutable;
using System.Globalization;
using DocLint.Analysis;
using DocLint.Configuration.EditorConfig;
using DocLint.Diagnostics;
using DocLint.Documents;

namespace DocLint.Configuration;

/// <summary>
/// Turns one document's effective .editorconfig properties into <see cref="DocumentSettings"/>. A bad key or
/// value is ignored and reported as DL0002 at its file and line; other tools' keys are left alone.
/// </summary>
internal sealed class EditorConfigPolicyReader
{
    private readonly HashSet<string> _known;
    private readonly Func<string, string> _displayPath;

    // The policy of a document no .editorconfig property reaches (every file of a corpus without one): the same for
    // each, so read once. It was read again for every file, about 0.6% of a plain-text run's CPU (issue 11).
    private ConfiguredPolicy? _unconfigured;

    /// <param name="descriptors">Every rule that exists, so a misspelt ID is caught.</param>
    /// <param name="displayPath">How a .editorconfig path is printed (relative to the working directory, say).</param>
    public EditorConfigPolicyReader(IEnumerable<DiagnosticDescriptor> descriptors, Func<string, string> displayPath)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        ArgumentNullException.ThrowIfNull(displayPath);
        _known = descriptors.Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _displayPath = displayPath;
    }

    public ConfiguredPolicy Read(EditorConfigResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Properties.Count == 0 && result.Problems.Count == 0 ? _unconfigured ??= ReadCore(result) : ReadCore(result);
    }

    private ConfiguredPolicy ReadCore(EditorConfigResult result)
    {
        var rules = ImmutableDictionary.CreateBuilder<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase);
        var categories = ImmutableDictionary.CreateBuilder<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase);
        var all = ReportSeverity.Default;
        var options = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        var origins = new Dictionary<string, ConfigurationOrigin>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<Diagnostic>();
        int? minScore = null;
        var requireReason = false;
        var maxFileSize = DocumentLimits.DefaultMaxFileSize;

        foreach (var problem in result.Problems)
        {
            problems.Add(ConfigurationProblem.At(_displayPath(problem.Path), problem.Line, problem.Message));
        }

        // Sorted so problems come out in a stable order whatever the dictionary's.
        foreach (var value in result.Properties.Values.OrderBy(v => v.SourcePath, StringComparer.Ordinal).ThenBy(v => v.Line))
        {
            var key = value.Key;
            if (key.StartsWith(PolicyKeys.RuleSeverityPrefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(PolicyKeys.SeveritySuffix, StringComparison.OrdinalIgnoreCase))
            {
                var id = key[PolicyKeys.RuleSeverityPrefix.Length..^PolicyKeys.SeveritySuffix.Length].ToUpperInvariant();
                // C# IDs (CA1822, IDE0055) share this key in a repository's .editorconfig: not ours to judge.
                if (!id.StartsWith("DL", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!_known.Contains(id))
                {
                    problems.Add(Problem(value, $"'{id}' in '{key}' is not a DocLint rule ID; the setting was ignored"));
                }
                else if (TryParseSeverity(value, problems, out var severity))
                {
                    rules[id] = severity;
                    origins[id] = Origin(value);
                }
            }
            else if (key.Equals(PolicyKeys.AllRulesSeverity, StringComparison.OrdinalIgnoreCase))
            {
                if (TryParseSeverity(value, problems, out var severity))
                {
                    all = severity;
                    origins[ConfiguredPolicy.AllRulesOriginKey] = Origin(value);
                }
            }
            else if (key.StartsWith(PolicyKeys.CategorySeverityPrefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(PolicyKeys.SeveritySuffix, StringComparison.OrdinalIgnoreCase))
            {
                var name = key[PolicyKeys.CategorySeverityPrefix.Length..^PolicyKeys.SeveritySuffix.Length];
                var category = RuleCategories.All.FirstOrDefault(c => c.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (category is null)
                {
                    problems.Add(Problem(value, $"'{name}' in '{key}' is not a DocLint category ({string.Join(", ", RuleCategories.All)}); the setting was ignored"));
                }
                else if (TryParseSeverity(value, problems, out var severity))
                {
                    categories[category] = severity;
                    origins[ConfiguredPolicy.CategoryOriginKey(category)] = Origin(value);
                }
            }
            else if (key.Equals(PolicyKeys.MinScore, StringComparison.OrdinalIgnoreCase))
            {
                if (int.TryParse(value.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score <= 100)
                {
                    minScore = score;
                    origins[PolicyKeys.MinScore] = Origin(value);
                }
                else
                {
                    problems.Add(Problem(value, $"'{value.Value}' is not a valid value for '{key}'; expected a whole number from 0 to 100"));
                }
            }
            else if (key.Equals(PolicyKeys.MaxFileSize, StringComparison.OrdinalIgnoreCase))
            {
                if (DocumentLimits.TryParseSize(value.Value, out var size))
                {
                    maxFileSize = size;
                }
                else
                {
                    problems.Add(Problem(value, $"'{value.Value}' is not a valid value for '{key}'; expected a size such as 20MB"));
                }
            }
            else if (key.Equals(PolicyKeys.RequireSuppressionReason, StringComparison.OrdinalIgnoreCase))
            {
                if (bool.TryParse(value.Value.Trim(), out var flag))
                {
                    requireReason = flag;
                }
                else
                {
                    problems.Add(Problem(value, $"'{value.Value}' is not a valid value for '{key}'; expected true or false"));
                }
            }
            else if (key.Equals(PolicyKeys.Genre, StringComparison.OrdinalIgnoreCase))
            {
                // Rules read it from their options (DL1001 adds the genre's learned cues).
                if (Genres.Parse(value.Value) is { } genre)
                {
                    options[PolicyKeys.Genre] = genre;
                }
                else
                {
                    problems.Add(Problem(value, $"'{value.Value}' is not a valid value for '{key}'; expected news, research or reference"));
                }
            }
            else if (key.StartsWith(PolicyKeys.OwnKeyPrefix, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(Problem(value, $"'{key}' is not a DocLint setting; see docs/configuration.md"));
            }
            else if (key.StartsWith(PolicyKeys.RuleOptionPrefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = key[PolicyKeys.RuleOptionPrefix.Length..];
                var dot = rest.IndexOf('.', StringComparison.Ordinal);
                var id = (dot < 0 ? rest : rest[..dot]).ToUpperInvariant();
                if (id.StartsWith("DL", StringComparison.Ordinal) && !_known.Contains(id))
                {
                    problems.Add(Problem(value, $"'{id}' in '{key}' is not a DocLint rule ID; the option was ignored"));
                    continue;
                }

                options[key] = value.Value;
            }
        }

        var severities = SeverityPolicy.Default with
        {
            RuleSeverities = rules.ToImmutable(),
            CategorySeverities = categories.ToImmutable(),
            AllRulesSeverity = all,
        };
        var settings = new DocumentSettings(severities, new AnalyzerOptions(options.ToImmutable()))
        {
            MinScore = minScore,
            RequireSuppressionReason = requireReason,
            Limits = DocumentLimits.Default with { MaxFileSize = maxFileSize },
        };
        return new ConfiguredPolicy(settings, origins, problems);
    }

    private bool TryParseSeverity(EditorConfigValue value, List<Diagnostic> problems, out ReportSeverity severity)
    {
        if (ReportSeverityParser.TryParse(value.Value, out severity))
        {
            return true;
        }

        problems.Add(Problem(value, $"'{value.Value}' is not a valid severity for '{value.Key}'; expected error, warning, suggestion, silent, none or default"));
        return false;
    }

    private Diagnostic Problem(EditorConfigValue value, string message) =>
        ConfigurationProblem.At(_displayPath(value.SourcePath), value.Line, message);

    private ConfigurationOrigin Origin(EditorConfigValue value) =>
        ConfigurationOrigin.EditorConfig(_displayPath(value.SourcePath), value.Line);
}
