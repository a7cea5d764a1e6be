namespace DocLint.Core.Tests.Configuration.EditorConfig;

/// <summary>Absolute paths for in-memory trees that are valid on every OS ("a/b.md" under a fixed root).</summary>
internal static class VirtualTree
{
    public static string Root { get; } = OperatingSystem.IsWindows() ? @"C:\virtual" : "/virtual";

    public static string PathOf(string relative) => Path.GetFullPath(Path.Join(Root, relative));
}
