using DocLint.Diagnostics;

namespace DocLint.Documents;

/// <summary>A parsed document, or the diagnostic that says why the file could not be linted.</summary>
internal sealed record LoadResult(ProseDocument? Document, Diagnostic? Failure)
{
    public static LoadResult Loaded(ProseDocument document) => new(document, null);

    public static LoadResult Failed(Diagnostic failure) => new(null, failure);
}
