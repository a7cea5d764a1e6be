using DocLint.Diagnostics;

namespace DocLint.Configuration;

/// <summary>
/// The settings .editorconfig gives one document, where each severity setting came from (keys: a rule ID,
/// <c>category-Name</c>, or <c>*</c> for all rules), and the DL0002 problems found on the way.
/// </summary>
internal sealed record ConfiguredPolicy(
    DocumentSettings Settings,
    IReadOnlyDictionary<string, ConfigurationOrigin> SeverityOrigins,
    IReadOnlyList<Diagnostic> Problems)
{
    public const string AllRulesOriginKey = "*";

    public static string CategoryOriginKey(string category) => "category-" + category;
}
