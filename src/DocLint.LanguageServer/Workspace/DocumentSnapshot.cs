using DocLint.Text;

namespace DocLint.LanguageServer.Workspace;

/// <summary>One version of an open document, as the client last sent it.</summary>
internal sealed record DocumentSnapshot(string Uri, string LanguageId, int Version, SourceText Source);
