namespace DocLint.Configuration.EditorConfig;

/// <summary>Pairs keyed by (lower-case) key; a later value replaces an earlier one but keeps its position.</summary>
internal sealed class EditorConfigPropertyList
{
    private readonly List<EditorConfigValue> values = [];
    private readonly Dictionary<string, int> indexByKey = new(StringComparer.Ordinal);

    public IReadOnlyList<EditorConfigValue> Values => values;

    public EditorConfigValue? Get(string key) => indexByKey.TryGetValue(key, out var index) ? values[index] : null;

    public void Set(EditorConfigValue value)
    {
        if (indexByKey.TryGetValue(value.Key, out var index))
        {
            values[index] = value;
        }
        else
        {
            indexByKey.Add(value.Key, values.Count);
            values.Add(value);
        }
    }
}
