namespace DocLint.Configuration.EditorConfig;

/// <summary>Reads EditorConfig files, so the resolver can be tested against in-memory trees.</summary>
internal interface IEditorConfigFileSource
{
    /// <summary>
    /// The text of the file at <paramref name="path"/>, or <see langword="null"/> when there is no such file.
    /// Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it exists but cannot be read.
    /// </summary>
    string? ReadAllText(string path);
}
