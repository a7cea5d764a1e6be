using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace DocLint.Cli.Cache;

/// <summary>
/// What identifies the code and embedded data that produce findings, so a cache entry written by one build is never
/// replayed by another: the module version IDs of the assemblies that read, configure, analyse and score a document
/// (the compiler derives each from the assembly's whole content, embedded lexicons and models included, so a
/// changed word list changes it) and the runtime's version. Where module IDs cannot be read, the executable's bytes.
/// </summary>
internal static class BuildIdentity
{
    /// <summary>The identity as bytes to fold into every key; computed once per run by the caller.</summary>
    public static byte[] Compute()
    {
        var text = new StringBuilder(RuntimeInformation.FrameworkDescription).Append('\n');
        try
        {
            foreach (var assembly in Assemblies())
            {
                text.Append(assembly.GetName().FullName).Append(' ').Append(assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
            }
        }
        catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException)
        {
            // No module IDs (a runtime without that metadata): the executable holds all the code and data.
            return ExecutableIdentity(text.ToString());
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    // The engine (Core, with the grammar models), the rules (with their lexicons), the .editorconfig reader, the
    // Markdown parser, and this assembly (settings from the command line).
    private static IEnumerable<Assembly> Assemblies() =>
    [
        typeof(DocLint.Analysis.LintEngine).Assembly,
        typeof(DocLint.Rules.BuiltInAnalyzers).Assembly,
        typeof(DocLint.Configuration.EditorConfig.EditorConfigParser).Assembly,
        typeof(Markdig.Markdown).Assembly,
        typeof(BuildIdentity).Assembly,
    ];

    private static byte[] ExecutableIdentity(string runtime)
    {
        var path = Environment.ProcessPath ?? throw new InvalidOperationException("The executable's path is unknown, so results cannot be tied to this build.");
        var hash = System.IO.Hashing.XxHash128.Hash(File.ReadAllBytes(path));
        return [.. Encoding.UTF8.GetBytes(runtime), .. hash];
    }
}
