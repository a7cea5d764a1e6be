namespace DocLint.Cli.Inputs;

/// <summary>A document to lint: the path as it will be printed, and where to read it (null for stdin).</summary>
internal sealed record InputFile(string DisplayPath, string? FullPath)
{
    public bool IsStandardInput => FullPath is null;
}
