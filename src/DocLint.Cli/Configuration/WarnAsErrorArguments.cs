namespace DocLint.Cli.Configuration;

/// <summary>
/// The compiler spells "these IDs as errors" <c>--warnaserror:DL1001,DL2001</c>. System.CommandLine would hand
/// "DL1001,DL2001" to the boolean <c>--warnaserror</c>, so the ID form is rewritten to a hidden list option first.
/// </summary>
internal static class WarnAsErrorArguments
{
    public const string IdsOption = "--warnaserror-ids";
    private const string Prefix = "--warnaserror:";

    public static string[] Rewrite(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!args.Any(a => a.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            return args;
        }

        var rewritten = new List<string>(args.Length + 1);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                // Everything after "--" is a path, however it looks.
                rewritten.AddRange(args[i..]);
                break;
            }

            if (arg.StartsWith(Prefix, StringComparison.Ordinal))
            {
                rewritten.Add(IdsOption);
                rewritten.Add(arg[Prefix.Length..]);
            }
            else
            {
                rewritten.Add(arg);
            }
        }

        return [.. rewritten];
    }
}
