using System.Collections.Concurrent;
using DocLint.Configuration.EditorConfig;

namespace DocLint.Core.Tests.Configuration.EditorConfig;

/// <summary>An in-memory tree of EditorConfig files (paths relative to <see cref="VirtualTree.Root"/>) that counts its reads.</summary>
internal sealed class InMemoryEditorConfigFileSource : IEditorConfigFileSource
{
    private readonly Dictionary<string, string> files = new(StringComparer.Ordinal);
    private readonly HashSet<string> unreadable = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> reads = new(StringComparer.Ordinal);

    public InMemoryEditorConfigFileSource Add(string relativePath, string text)
    {
        files.Add(VirtualTree.PathOf(relativePath), text);
        return this;
    }

    public InMemoryEditorConfigFileSource AddUnreadable(string relativePath)
    {
        unreadable.Add(VirtualTree.PathOf(relativePath));
        return this;
    }

    public int ReadsOf(string relativePath) => reads.GetValueOrDefault(VirtualTree.PathOf(relativePath));

    public IReadOnlyDictionary<string, int> Reads => reads;

    public string? ReadAllText(string path)
    {
        reads.AddOrUpdate(path, 1, (_, count) => count + 1);
        if (unreadable.Contains(path))
        {
            throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.");
        }

        return files.GetValueOrDefault(path);
    }
}
