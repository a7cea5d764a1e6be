namespace DocLint.Configuration.EditorConfig;

/// <summary>
/// The values the spec implies for the indentation keys, applied after all files are merged, in the
/// order the reference cores apply them (the conformance suite checks the results).
/// </summary>
internal static class EditorConfigDefaults
{
    public static void Apply(EditorConfigPropertyList properties)
    {
        // indent_style = tab with no indent_size: indentation is one tab.
        var style = properties.Get(EditorConfigKnownProperties.IndentStyle);
        if (style is { Value: EditorConfigKnownProperties.Tab } && properties.Get(EditorConfigKnownProperties.IndentSize) is null)
        {
            properties.Set(style with { Key = EditorConfigKnownProperties.IndentSize });
        }

        // tab_width "defaults to the value of indent_size" when that is a number (or unset, as cores do).
        var size = properties.Get(EditorConfigKnownProperties.IndentSize);
        var width = properties.Get(EditorConfigKnownProperties.TabWidth);
        if (size is not null && width is null && size.Value != EditorConfigKnownProperties.Tab)
        {
            properties.Set(size with { Key = EditorConfigKnownProperties.TabWidth });
        }

        // indent_size = tab "shall be set to the tab size, which should be tab_width (if specified)".
        if (size is { Value: EditorConfigKnownProperties.Tab } && width is not null)
        {
            properties.Set(width with { Key = EditorConfigKnownProperties.IndentSize });
        }
    }
}
