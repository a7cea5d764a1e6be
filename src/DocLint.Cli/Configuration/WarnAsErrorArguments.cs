namespace DocLint.Cli.Configuration;

/// <summary>
/// The compiler spells "these IDs as errors" <c>--warnaserror:DL1001,DL2001</c>, and the dotnet CLI also takes
/// <c>-warnaserror:</c>, <c>/warnaserror:</c>, <c>=</c> for <c>:</c>, and the IDs as the next argument. System.CommandLine
/// would hand "DL1001,DL2001" to the boolean <c>--warnaserror</c> (or take it for a path), so every ID form is
/// rewritten to a hidden list option first. A next argument counts as IDs only when it is a list of DL IDs.
/// </summary>
internal static partial class WarnAsErrorArguments
{
    public const string IdsOption = "--warnaserror-ids";
    private static readonly string[] Spellings = ["--warnaserror", "-warnaserror", "/warnaserror"];

    public static string[] Rewrite(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!args.Any(a => Spellings.Any(s => a.StartsWith(s, StringComparison.OrdinalIgnoreCase))))
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

            if (IdsIn(arg) is { } ids)
            {
                rewritten.Add(IdsOption);
                rewritten.Add(ids);
            }
            else if (IsBareSwitch(arg) && i + 1 < args.Length && IdList().IsMatch(args[i + 1]))
            {
                rewritten.Add(IdsOption);
                rewritten.Add(args[++i]);
            }
            else
            {
                rewritten.Add(IsBareSwitch(arg) ? "--warnaserror" : arg);
            }
        }

        return [.. rewritten];
    }

    /// <summary>The IDs of "--warnaserror:IDs" or "--warnaserror=IDs" in any spelling, or null.</summary>
    private static string? IdsIn(string arg)
    {
        foreach (var spelling in Spellings)
        {
            if (arg.Length > spelling.Length + 1 && arg.StartsWith(spelling, StringComparison.OrdinalIgnoreCase) && arg[spelling.Length] is ':' or '=')
            {
                return arg[(spelling.Length + 1)..];
            }
        }

        return null;
    }

    private static bool IsBareSwitch(string arg) => Spellings.Any(s => string.Equals(arg, s, StringComparison.OrdinalIgnoreCase));

    [System.Text.RegularExpressions.GeneratedRegex(@"^DL\d{4}([,;]DL\d{4})*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex IdList();
}
