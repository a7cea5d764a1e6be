using System.Reflection;

namespace DocLint.Cli.Tests.Cache;

/// <summary>A type's instance properties, public and not, sorted and space-separated: what the cache's guard tests pin.</summary>
internal static class PropertyNames
{
    public static string Of(Type type) => string.Join(' ', type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
        .Where(p => p.Name != "EqualityContract")
        .Select(p => p.Name)
        .Order(StringComparer.Ordinal));
}
