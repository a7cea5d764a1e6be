using DocLint.Reporting;

namespace DocLint.Cli.Output;

/// <summary>
/// Colour only on a terminal, as dotnet build and ESLint do: never when output is redirected, never with
/// --no-color, never when NO_COLOR is set to anything non-empty (no-color.org), never on TERM=dumb.
/// </summary>
internal static class ColorChoice
{
    public static TerminalStyle For(CliConsole console, bool noColor) =>
        new(console.IsTerminal
            && !noColor
            && string.IsNullOrEmpty(console.GetEnvironmentVariable("NO_COLOR"))
            && console.GetEnvironmentVariable("TERM") != "dumb");
}
