using Microsoft.Extensions.Hosting;

namespace DocLint.Cli.Tests.Formats;

/// <summary>The application's real host and services, with silent streams, for tests that inspect the grammar.</summary>
internal static class TestHost
{
    public static IHost Create() =>
        DocLintApplication.BuildHost(new CliConsole(TextWriter.Null, TextWriter.Null, () => Stream.Null), verbose: false);
}
