using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using DocLint.Diagnostics;

namespace DocLint.Reporting;

/// <summary>
/// Fingerprints that survive edits elsewhere in a file: a hash of rule ID, path, flagged text and sentence,
/// plus an occurrence index for identical findings. Line numbers are left out on purpose, so code scanning and
/// GitLab do not report a moved finding as fixed-and-new.
/// </summary>
internal static class FindingFingerprints
{
    /// <summary>The content hash of each finding, in the order given, with ":n" for its n-th repetition (0-based).</summary>
    public static ImmutableArray<string> Compute(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<string>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            var hash = ContentHash(diagnostic);
            var occurrence = seen.GetValueOrDefault(hash);
            seen[hash] = occurrence + 1;
            result.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{hash}:{occurrence}"));
        }

        return result.MoveToImmutable();
    }

    private static string ContentHash(Diagnostic diagnostic)
    {
        // Unit separators keep ("ab","c") and ("a","bc") apart; forward slashes keep the hash equal across OSes.
        var key = string.Join('\u001f', diagnostic.Id, ArtifactPaths.ToForwardSlashes(diagnostic.Location.Path), diagnostic.FlaggedText, diagnostic.Context);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }
}
