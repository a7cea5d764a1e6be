using System.Globalization;

namespace DocLint.Diagnostics;

/// <summary>Everything that describes a rule: an immutable value, validated on creation.</summary>
public sealed record DiagnosticDescriptor
{
    public const string HelpLinkBase = "https://github.com/doclint/doclint/blob/main/rules/";

    public DiagnosticDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        string description,
        bool isEnabledByDefault = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description;
        IsEnabledByDefault = isEnabledByDefault;
    }

    public string Id { get; }

    public string Title { get; }

    public string MessageFormat { get; }

    public string Category { get; }

    public DiagnosticSeverity DefaultSeverity { get; }

    public string Description { get; }

    public bool IsEnabledByDefault { get; }

    public string HelpLinkUri => HelpLinkBase + Id + ".md";

    // An array, passed to string.Format as it is: a list was copied into a new array for every finding.
    internal string FormatMessage(object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);
}
