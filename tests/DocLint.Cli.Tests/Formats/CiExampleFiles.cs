namespace DocLint.Cli.Tests.Formats;

/// <summary>Reads the CI examples under examples/ci and pulls out the doclint command lines they run.</summary>
internal static class CiExampleFiles
{
    public static string Directory { get; } = Path.Combine(RepositoryPaths.Root, "examples", "ci");

    public static string[] Lines(string fileName) => File.ReadAllLines(Path.Combine(Directory, fileName));

    /// <summary>Every "doclint …" command in a YAML file, after "run:", "- " or "script:", split into arguments.</summary>
    public static List<string[]> DoclintCommands(string fileName)
    {
        var commands = new List<string[]>();
        foreach (var line in Lines(fileName))
        {
            var text = line.Trim();
            foreach (var prefix in new[] { "- script:", "run:", "-", "script:" })
            {
                if (text.StartsWith(prefix, StringComparison.Ordinal))
                {
                    text = text[prefix.Length..].TrimStart();
                    break;
                }
            }

            if (text.StartsWith("doclint ", StringComparison.Ordinal))
            {
                // The examples quote only whole arguments ("$BASE_REF"), so splitting on spaces and unquoting is enough.
                commands.Add([.. text["doclint ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => a.Trim('"'))]);
            }
        }

        return commands;
    }

    /// <summary>The value after an option in a command, or null.</summary>
    public static string? ValueOf(string[] command, string option)
    {
        var index = Array.IndexOf(command, option);
        return index >= 0 && index + 1 < command.Length ? command[index + 1] : null;
    }
}
