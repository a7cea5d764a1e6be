using DocLint.Diagnostics;

namespace DocLint.Cli.Inputs;

/// <summary>The documents the command line names, and one diagnostic per argument that named none.</summary>
internal sealed record InputResolution(IReadOnlyList<InputFile> Files, IReadOnlyList<Diagnostic> Problems);
