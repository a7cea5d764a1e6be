using System.CommandLine;
using System.CommandLine.Help;

namespace DocLint.Cli.Help;

/// <summary>
/// Help in the dotnet CLI's layout (Description, Usage, Arguments, Options, Commands), written from the command
/// tree. System.CommandLine's own help puts the root's paths argument into every subcommand's usage line
/// ("doclint &lt;paths&gt;... score"), which does not run as printed: each command's usage here names only itself.
/// </summary>
internal static class HelpText
{
    private const string Indent = "  ";

    // The tool's command name, not the host process's (dotnet, testhost) that RootCommand would take.
    private const string ToolName = "doclint";

    public static string For(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var root = RootOf(command);
        var isRoot = ReferenceEquals(root, command);
        var text = new System.Text.StringBuilder();
        if (!string.IsNullOrEmpty(command.Description))
        {
            text.Append("Description:\n");
            foreach (var line in command.Description.Split('\n'))
            {
                text.Append(Indent).Append(line).Append('\n');
            }

            text.Append('\n');
        }

        var name = isRoot ? ToolName : $"{ToolName} {command.Name}";
        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        text.Append("Usage:\n");
        text.Append(Indent).Append(name);
        foreach (var argument in arguments)
        {
            text.Append(' ').Append(ArgumentLabel(argument));
        }

        text.Append(" [options]\n");
        var commands = command.Subcommands.Where(c => !c.Hidden).ToList();
        if (commands.Count > 0)
        {
            text.Append(Indent).Append(name).Append(" [command] [options]\n");
        }

        WriteSection(text, "Arguments", arguments.Select(a => (ArgumentLabel(a), a.Description ?? string.Empty)));
        WriteSection(text, "Options", OptionsOf(command).Select(o => (OptionLabel(o), OptionDescription(o))));
        WriteSection(text, "Commands", commands.Select(c => (CommandLabel(c), c.Description ?? string.Empty)));
        return text.ToString();
    }

    /// <summary>Replaces every command's help action with this layout.</summary>
    public static void Install(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new WriteHelpAction();
        }
    }

    // A command's own options, then the options its parents share with it (help), as the dotnet CLI lists them.
    private static IEnumerable<Option> OptionsOf(Command command)
    {
        var own = command.Options.Where(o => !o.Hidden);
        var inherited = command.Parents.OfType<Command>().SelectMany(p => p.Options).Where(o => o.Recursive && !o.Hidden);
        // --help and --version close the list, where dotnet puts them.
        return own.Concat(inherited).Distinct().OrderBy(o => o is HelpOption or VersionOption);
    }

    private static string ArgumentLabel(Argument argument)
    {
        var label = $"<{(argument.HelpName ?? argument.Name).ToUpperInvariant()}>";
        return argument.Arity.MaximumNumberOfValues > 1 ? label + "..." : label;
    }

    private static string OptionLabel(Option option)
    {
        // Short aliases first, as dotnet does ("-?, -h, --help"); the DOS spellings (/?) work but are not advertised.
        var names = option.Aliases.Where(a => a.StartsWith('-') && !a.StartsWith("--", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Append(option.Name);
        var label = string.Join(", ", names);
        if (option.ValueType == typeof(bool) && option.HelpName is { } ids)
        {
            // A switch that also takes a value after a colon, as --warnaserror[:<IDS>] does in csc and dotnet.
            return $"{label}[:<{ids.ToUpperInvariant()}>]";
        }

        return option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool) ? label : $"{label} <{(option.HelpName ?? option.Name.TrimStart('-')).ToUpperInvariant()}>";
    }

    private static string OptionDescription(Option option)
    {
        var description = option.Description ?? string.Empty;
        if (option.HasDefaultValue && option.ValueType != typeof(bool) && option.GetDefaultValue() is { } value)
        {
            description += $" [default: {value}]";
        }

        return description;
    }

    private static string CommandLabel(Command command) =>
        string.Join(' ', command.Arguments.Where(a => !a.Hidden).Select(ArgumentLabel).Prepend(command.Name));

    private static void WriteSection(System.Text.StringBuilder text, string title, IEnumerable<(string Label, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var width = list.Max(r => r.Label.Length) + 2;
        text.Append('\n').Append(title).Append(":\n");
        foreach (var (label, description) in list)
        {
            text.Append(Indent).Append(label.PadRight(width)).Append(description).Append('\n');
        }
    }

    private static Command RootOf(Command command)
    {
        var current = command;
        while (current.Parents.OfType<Command>().FirstOrDefault() is { } parent)
        {
            current = parent;
        }

        return current;
    }

    private sealed class WriteHelpAction : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        // Like the built-in help: asking for help is never an error, even without the required paths.
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.Write(For(parseResult.CommandResult.Command));
            return 0;
        }
    }
}
