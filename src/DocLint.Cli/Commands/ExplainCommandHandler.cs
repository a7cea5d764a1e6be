using DocLint.Analysis;

namespace DocLint.Cli.Commands;

/// <summary><c>doclint explain DL1001</c>: prints the rule's page, shipped inside the tool.</summary>
internal sealed class ExplainCommandHandler(CliConsole console, LintEngine engine)
{
    public int Run(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var descriptor = engine.AllDescriptors.FirstOrDefault(d => d.Id.Equals(id.Trim(), StringComparison.OrdinalIgnoreCase));
        if (descriptor is null)
        {
            console.Error.Write($"error: '{id}' is not a DocLint rule ID. Run 'doclint rules' to list them.\n");
            return ExitCodes.UsageOrInputError;
        }

        var page = ReadPage(descriptor.Id);
        console.Out.Write(page ?? $"# {descriptor.Id}: {descriptor.Title}\n\n{descriptor.Description}\n");
        if (page is not null && !page.EndsWith('\n'))
        {
            console.Out.Write('\n');
        }

        return ExitCodes.Success;
    }

    internal static string? ReadPage(string id)
    {
        using var stream = typeof(ExplainCommandHandler).Assembly.GetManifestResourceStream($"DocLint.RulePages.{id}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        // The generated-region markers keep the page in sync with the descriptor; a reader needs none of them.
        var lines = reader.ReadToEnd().ReplaceLineEndings("\n").Split('\n')
            .Where(line => !line.StartsWith("<!-- generated:", StringComparison.Ordinal));
        return string.Join('\n', lines);
    }
}
