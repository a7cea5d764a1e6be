namespace DocLint.Reporting;

/// <summary>
/// The escaping GitHub's runner undoes when it reads a workflow command (actions/toolkit, command.ts):
/// data escapes %, CR and LF; property values also ':' and ',', which would end the value early.
/// </summary>
internal static class GitHubCommandEscaper
{
    public static string EscapeData(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
    }

    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
