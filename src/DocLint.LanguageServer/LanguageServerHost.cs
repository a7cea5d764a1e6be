using DocLint.Analysis;
using DocLint.Reporting;

namespace DocLint.LanguageServer;

/// <summary>The entry point <c>doclint lsp</c> calls: serves one client on the given streams until it exits.</summary>
internal static class LanguageServerHost
{
    public static async Task<int> RunAsync(LintEngine engine, Stream input, Stream output, Func<string, string?> readRulePage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        await using (input)
        await using (output)
        {
            using var server = new LanguageServer(engine, input, output, new LanguageServerOptions(readRulePage) { Version = ToolVersion.Current });
            return await server.RunAsync(cancellationToken);
        }
    }
}
