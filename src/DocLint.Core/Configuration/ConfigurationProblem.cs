using DocLint.Diagnostics;
using DocLint.Text;

namespace DocLint.Configuration;

/// <summary>Builds DL0002 diagnostics that point at the offending line of a configuration file.</summary>
internal static class ConfigurationProblem
{
    /// <summary>A DL0002 at <paramref name="line"/> (one-based; 0 = the whole file) of <paramref name="path"/>.</summary>
    public static Diagnostic At(string path, int line, string message)
    {
        var descriptor = InfrastructureDescriptors.InvalidConfiguration;
        // The whole line, start to start of the next: a span that is never "whole file" even on line 1.
        var location = line <= 0
            ? Location.ForFile(path)
            : new Location(path, default, new LinePositionSpan(new LinePosition(line - 1, 0), new LinePosition(line, 0)));
        return new Diagnostic(descriptor, descriptor.DefaultSeverity, location, descriptor.FormatMessage([message]), string.Empty, string.Empty);
    }
}
