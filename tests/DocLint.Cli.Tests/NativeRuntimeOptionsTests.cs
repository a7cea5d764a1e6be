using System.Globalization;
using System.Xml.Linq;

namespace DocLint.Cli.Tests;

/// <summary>
/// The native tool's garbage-collector settings are compiled into the executable from the project file (Native AOT
/// reads no runtimeconfig.json; docs/performance.md, perf41). The runtime reads an option's value as hexadecimal
/// with no 0x (a 0x prefix is ignored), so these rows hold the project to the form that takes effect.
/// </summary>
public sealed class NativeRuntimeOptionsTests
{
    private static readonly XDocument Project = XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", "DocLint.Cli", "DocLint.Cli.csproj"));

    [Theory]
    [InlineData("GCgen0size", 10 * 1024 * 1024)]
    public void The_native_tool_compiles_in_the_runtime_option(string name, long value)
    {
        var options = RuntimeOptions();

        Assert.True(options.TryGetValue(name, out var text), $"no --runtimeopt:{name} in DocLint.Cli.csproj");
        Assert.Matches("^[0-9A-Fa-f]+$", text);
        Assert.Equal(value, long.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Runtime_options_are_given_only_to_the_native_build()
    {
        var groups = Project.Descendants("IlcArg").Select(a => (string?)a.Parent?.Attribute("Condition")).ToList();

        Assert.NotEmpty(groups);
        Assert.All(groups, c => Assert.Equal("'$(NativeTool)' != 'false'", c));
    }

    // Native AOT packs the executable's data dehydrated and unpacks it at every start (RehydrateData, 13 M of a
    // one-article run's 100 M instructions); the tool keeps it whole instead, for a larger file (docs/performance.md, perf44).
    [Fact]
    public void The_native_tool_is_compiled_with_its_data_hydrated()
    {
        var setting = Assert.Single(Project.Descendants("IlcDehydrate"));

        Assert.Equal("false", setting.Value.Trim());
        Assert.Equal("'$(NativeTool)' != 'false'", (string?)setting.Parent?.Attribute("Condition"));
    }

    private static Dictionary<string, string> RuntimeOptions()
    {
        const string Prefix = "--runtimeopt:";
        return Project.Descendants("IlcArg")
            .Select(a => (string?)a.Attribute("Include") ?? "")
            .Where(a => a.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(a => a[Prefix.Length..].Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "", StringComparer.Ordinal);
    }
}
