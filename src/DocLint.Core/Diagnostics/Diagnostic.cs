namespace DocLint.Diagnostics;

/// <summary>
/// One finding. <see cref="FlaggedText"/> and <see cref="Context"/> (the sentence) identify it independently of
/// line numbers, which the baseline relies on.
/// </summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    DiagnosticSeverity Severity,
    Location Location,
    string Message,
    string FlaggedText,
    string Context)
{
    public string Id => Descriptor.Id;

    public Suppression? Suppression { get; init; }

    public bool IsSuppressed => Suppression is not null;

    internal static Diagnostic ForFile(DiagnosticDescriptor descriptor, string path, string message) =>
        new(descriptor, descriptor.DefaultSeverity, Location.ForFile(path), message, string.Empty, string.Empty);
}
