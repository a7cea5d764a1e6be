using DocLint.Analysis;
using DocLint.Cli.Configuration;

namespace DocLint.Cli.Commands;

/// <summary><c>doclint init</c>: prints a starter .editorconfig section, or appends it to ./.editorconfig with --write.</summary>
internal sealed class InitCommandHandler(CliConsole console, LintEngine engine)
{
    public async Task<int> RunAsync(bool write)
    {
        var section = StarterEditorConfig.Render(engine.AllDescriptors);
        if (!write)
        {
            await console.Out.WriteAsync(section);
            return ExitCodes.Success;
        }

        var path = Path.Combine(console.WorkingDirectory, ".editorconfig");
        try
        {
            var existing = File.Exists(path) ? await File.ReadAllTextAsync(path) : string.Empty;
            if (StarterEditorConfig.HasDocLintSection(existing))
            {
                await console.Error.WriteLineAsync("error: .editorconfig already configures DocLint; nothing was written. Run 'doclint init' to see the starter section.");
                return ExitCodes.UsageOrInputError;
            }

            // A blank line between the existing content and the new section; never touch what is there.
            var separator = existing.Length == 0 ? string.Empty : existing.EndsWith('\n') ? "\n" : "\n\n";
            await File.AppendAllTextAsync(path, separator + section, new System.Text.UTF8Encoding(false));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"error: could not write .editorconfig: {exception.Message}");
            return ExitCodes.UsageOrInputError;
        }

        await console.Out.WriteLineAsync("Added a DocLint section to .editorconfig.");
        return ExitCodes.Success;
    }
}
