using System.Collections.Immutable;

namespace DocLint.Configuration;

/// <summary>What the command line says about severities and suppressions; it applies after .editorconfig.</summary>
internal sealed record CommandLinePolicy
{
    public static readonly CommandLinePolicy None = new();

    /// <summary>--warnaserror without IDs.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>--warnaserror:DL1001,DL2001.</summary>
    public ImmutableHashSet<string> WarningsAsErrorsIds { get; init; } = ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase);

    /// <summary>--nowarn DL1001,DL2001.</summary>
    public ImmutableHashSet<string> NoWarnIds { get; init; } = ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase);

    /// <summary>False with --no-inline-suppressions.</summary>
    public bool InlineSuppressions { get; init; } = true;

    /// <summary>Splits "DL1001,DL2001;DL3001" lists, as the compiler's /nowarn does.</summary>
    public static ImmutableHashSet<string> ParseIds(IEnumerable<string>? values) =>
        (values ?? [])
            .SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(id => id.ToUpperInvariant())
            .ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);

    public DocumentSettings ApplyTo(DocumentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings with
        {
            Severities = settings.Severities with
            {
                WarningsAsErrors = settings.Severities.WarningsAsErrors || WarningsAsErrors,
                WarningsAsErrorsIds = settings.Severities.WarningsAsErrorsIds.Union(WarningsAsErrorsIds),
                NoWarnIds = settings.Severities.NoWarnIds.Union(NoWarnIds),
            },
            InlineSuppressions = settings.InlineSuppressions && InlineSuppressions,
        };
    }
}
