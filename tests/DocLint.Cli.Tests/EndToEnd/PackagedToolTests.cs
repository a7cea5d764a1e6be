using System.IO.Compression;
using System.Runtime.InteropServices;
using DocLint.Reporting;

namespace DocLint.Cli.Tests.EndToEnd;

/// <summary>
/// Installs the tool README.md packed (<see cref="ClonedAndPacked"/>) into a temporary tool path, and runs it the way
/// a user would, from a directory outside the repository. On linux-x64 what gets installed is the native executable.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(SharesThePackedTool.Name)]
public sealed class PackagedToolTests(ClonedAndPacked packed) : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("doclint-e2e-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Installed_tool_is_native_and_lints_from_any_directory_with_the_documented_exit_codes()
    {
        Assert.True(packed.ReadmeInstall.ExitCode == 0, packed.ReadmeInstall.Output);
        var tools = Path.Combine(_work, "tools");
        // A private package cache, so a DocLint package cached by an earlier run can never be installed instead.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_work, "packages") };

        // The exact version just packed, so a same-named package on a public feed can never be picked instead.
        var install = await Shell.RunAsync("dotnet", ["tool", "install", "DocLint", "--version", ToolVersion.Current, "--tool-path", tools, "--add-source", packed.Feed], _work, environment);
        Assert.True(install.ExitCode == 0, install.Output);

        var articles = Path.Combine(_work, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "draft.md"), "# Budget\n\nThe deficit will probably reach $2.5 billion.\n");
        var doclint = Path.Combine(tools, OperatingSystem.IsWindows() ? "doclint.exe" : "doclint");

        if (RuntimeInformation.RuntimeIdentifier == "linux-x64")
        {
            // The command is the Native AOT executable itself, with no managed assembly beside it to run.
            var executable = File.ResolveLinkTarget(doclint, returnFinalTarget: true)?.FullName ?? doclint;
            var image = File.ReadAllBytes(executable);
            Assert.Equal("\u007fELF"u8.ToArray(), image[..4]);
            // The runtime options compiled in are a name and a value, each ending in a zero byte (perf41's first
            // generation of 10 MB; NativeRuntimeOptionsTests holds the project file to it).
            Assert.True(image.AsSpan().IndexOf("GCgen0size\0A00000\0"u8) >= 0, "the native tool lacks its GCgen0size option");
            Assert.Contains($"{Path.DirectorySeparatorChar}doclint.linux-x64{Path.DirectorySeparatorChar}", executable, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFiles(tools, "*.dll", SearchOption.AllDirectories));
        }

        var lint = await Shell.RunAsync(doclint, ["draft.md"], articles, environment);
        var gate = await Shell.RunAsync(doclint, ["draft.md", "--warnaserror"], articles, environment);
        var missing = await Shell.RunAsync(doclint, ["nope.md"], articles, environment);

        Assert.Equal(0, lint.ExitCode);
        Assert.StartsWith(
            "draft.md(3,1,3,46): info DL5001: This claim is stated as fact with no source in its paragraph; name the person, body or document it rests on\n"
            + "draft.md(3,18,3,26): warning DL1001: 'probably' hedges the claim; state what is known and who says so, or drop the hedge\n"
            + "draft.md(3,33,3,45): warning DL2001: The figure '$2.5 billion' is stated as fact with no source; attribute it in this sentence or the one before, or in a next one that points back at it\n",
            lint.Output,
            StringComparison.Ordinal);
        Assert.Equal(1, gate.ExitCode);
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("nope.md: error DL0010: No such file or directory\n", missing.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_names_a_native_linux_x64_package_and_a_framework_dependent_fallback()
    {
        Assert.True(packed.ReadmeInstall.ExitCode == 0, packed.ReadmeInstall.Output);
        var version = ToolVersion.Current;

        var pointer = Entries($"DocLint.{version}.nupkg");
        var native = Entries($"DocLint.linux-x64.{version}.nupkg");
        var fallback = Entries($"DocLint.any.{version}.nupkg");

        // What `dotnet tool install DocLint` reads first: no program, only the packages per platform.
        Assert.Contains("<RuntimeIdentifierPackage RuntimeIdentifier=\"linux-x64\" Id=\"DocLint.linux-x64\" />", pointer["tools/any/any/DotnetToolSettings.xml"], StringComparison.Ordinal);
        Assert.Contains("<RuntimeIdentifierPackage RuntimeIdentifier=\"any\" Id=\"DocLint.any\" />", pointer["tools/any/any/DotnetToolSettings.xml"], StringComparison.Ordinal);
        Assert.DoesNotContain(pointer.Keys, e => e.EndsWith(".dll", StringComparison.Ordinal));
        // linux-x64: the executable runs by itself; no assembly, no 23 MB of native symbols.
        Assert.Contains("Runner=\"executable\"", native["tools/any/linux-x64/DotnetToolSettings.xml"], StringComparison.Ordinal);
        Assert.Contains("tools/any/linux-x64/doclint", native.Keys);
        Assert.DoesNotContain(native.Keys, e => e.EndsWith(".dll", StringComparison.Ordinal) || e.EndsWith(".dbg", StringComparison.Ordinal));
        // Every other platform: the assemblies, run by the installed .NET.
        Assert.Contains("EntryPoint=\"doclint.dll\" Runner=\"dotnet\"", fallback["tools/net10.0/any/DotnetToolSettings.xml"], StringComparison.Ordinal);
        Assert.Contains("tools/net10.0/any/DocLint.Core.dll", fallback.Keys);
    }

    // Each entry's name, with the text of the tool settings (the only entries read).
    private Dictionary<string, string> Entries(string package)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(packed.Feed, package));
        return zip.Entries.ToDictionary(
            e => e.FullName,
            e =>
            {
                if (!e.Name.Equals("DotnetToolSettings.xml", StringComparison.Ordinal))
                {
                    return string.Empty;
                }

                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd();
            },
            StringComparer.Ordinal);
    }
}
