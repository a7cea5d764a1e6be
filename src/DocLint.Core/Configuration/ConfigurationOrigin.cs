namespace DocLint.Configuration;

/// <summary>Where a setting came from: an .editorconfig line, the command line, or the built-in default.</summary>
internal sealed record ConfigurationOrigin(string Description)
{
    public static readonly ConfigurationOrigin BuiltInDefault = new("default");

    public static readonly ConfigurationOrigin CommandLine = new("command line");

    public static ConfigurationOrigin EditorConfig(string path, int line) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}:{line}"));
}
