using System.Reflection;

namespace DocLint.Reporting;

internal static class ToolVersion
{
    /// <summary>The informational version without the source-revision suffix the SDK appends.</summary>
    public static string Current { get; } =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
            .Split('+')[0];
}
