namespace DocLint.Cli.Tests.EndToEnd;

/// <summary>
/// The shell steps of a CI recipe under examples/ci, read from the file in order: each <c>run:</c> or
/// <c>script:</c> value, whether one line, a <c>|</c> block or a list of commands (GitLab's script).
/// </summary>
internal sealed record CiRecipe(string FileName, IReadOnlyList<string> Steps)
{
    private static readonly string[] Keys = ["- script:", "script:", "run:"];

    public static CiRecipe Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var steps = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].TrimStart();
            var key = Keys.FirstOrDefault(k => text.StartsWith(k, StringComparison.Ordinal));
            if (key is null)
            {
                continue;
            }

            // "- script:" starts a list item: its sibling keys (displayName) sit two columns further in.
            var indent = lines[i].Length - text.Length + (key.StartsWith('-') ? 2 : 0);
            var value = text[key.Length..].Trim();
            if (value.Length > 0 && value != "|")
            {
                steps.Add(value);
                continue;
            }

            // A block ("run: |") or a list ("script:" then "- command" lines): everything indented deeper.
            var body = new List<string>();
            while (i + 1 < lines.Length && (lines[i + 1].Trim().Length == 0 || lines[i + 1].Length - lines[i + 1].TrimStart().Length > indent))
            {
                var line = lines[++i].Trim();
                if (line.Length > 0 && !line.StartsWith('#'))
                {
                    body.Add(value == "|" ? line : line.TrimStart('-', ' '));
                }
            }

            steps.Add(string.Join('\n', body));
        }

        return new CiRecipe(Path.GetFileName(path), steps);
    }
}
