using System.Reflection;
using System.Text;
using DocLint.Rules;

namespace DocLint.Sdk.Tests;

/// <summary>
/// The API guard for the package's bundled assemblies. PublicAPI.*.txt guards the facade's own members; the engine,
/// rules, formatters and EditorConfig assemblies ship inside the same package, so whatever they make public is public
/// too. This test lists every public type and member of all five and compares the listing with
/// <c>PublicApi.approved.txt</c>: a type made public by accident fails here, with the lines that changed.
/// </summary>
public sealed class ApprovedSurfaceTests
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static readonly Assembly[] Bundled =
    [
        typeof(DocLinter).Assembly,
        typeof(Diagnostics.Diagnostic).Assembly,
        typeof(BuiltInAnalyzers).Assembly,
        typeof(Reporting.JsonFormatter).Assembly,
        typeof(Configuration.EditorConfig.EditorConfigDefaults).Assembly,
    ];

    [Fact]
    public void The_bundled_assemblies_expose_exactly_the_approved_surface()
    {
        var approvedPath = Path.Combine(RepositoryPaths.Root, "tests", "DocLint.Sdk.Tests", "PublicApi.approved.txt");
        var approved = File.ReadAllLines(approvedPath).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        var actual = Listing().ToArray();
        var receivedPath = Path.Combine(AppContext.BaseDirectory, "PublicApi.received.txt");
        File.WriteAllLines(receivedPath, actual);

        var added = actual.Except(approved, StringComparer.Ordinal).ToArray();
        var removed = approved.Except(actual, StringComparer.Ordinal).ToArray();

        Assert.True(
            added.Length == 0 && removed.Length == 0,
            "The public surface changed. Make the new types internal, or, if they belong to the library's surface, "
            + $"copy {receivedPath} over tests/DocLint.Sdk.Tests/PublicApi.approved.txt.\n"
            + string.Concat(added.Select(l => "+ " + l + "\n")) + string.Concat(removed.Select(l => "- " + l + "\n")));
    }

    [Fact]
    public void Rules_reporting_and_editorconfig_export_nothing()
    {
        var exported = Bundled.Where(a => a.GetName().Name is "DocLint.Rules" or "DocLint.Reporting" or "DocLint.EditorConfig")
            .SelectMany(a => a.GetExportedTypes())
            .Select(t => t.FullName);

        Assert.Empty(exported);
    }

    internal static IEnumerable<string> Listing() =>
        Bundled.Distinct()
            .SelectMany(a => a.GetExportedTypes())
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => new[] { Describe(t) }.Concat(Members(t).Select(m => "  " + m)));

    private static string Describe(Type type)
    {
        var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : "class";
        var baseType = type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) ? " : " + Name(b) : "";
        return $"{kind} {type.FullName}{baseType}";
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            return Enum.GetNames(type).Order(StringComparer.Ordinal);
        }

        var members = new List<string>();
        foreach (var member in type.GetMembers(Declared))
        {
            var line = member switch
            {
                ConstructorInfo c when Visible(c) => $"{Access(c)}.ctor({Parameters(c)})",
                MethodInfo m when Visible(m) && !m.IsSpecialName => $"{Access(m)}{(m.IsStatic ? "static " : "")}{Name(m.ReturnType)} {m.Name}({Parameters(m)})",
                PropertyInfo p when Accessors(p).Any(Visible) => $"{(Accessors(p).First(Visible).IsStatic ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{ {string.Join(' ', Accessors(p).Where(Visible).Select(AccessorName))} }}",
                FieldInfo f when (f.IsPublic || f.IsFamily) && !f.IsSpecialName => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{Name(f.FieldType)} {f.Name}",
                _ => null,
            };
            if (line is not null)
            {
                members.Add(line);
            }
        }

        return members.Order(StringComparer.Ordinal);
    }

    private static MethodInfo[] Accessors(PropertyInfo property) =>
        new[] { property.GetMethod, property.SetMethod }.OfType<MethodInfo>().ToArray();

    private static string AccessorName(MethodInfo accessor) =>
        Access(accessor) + (accessor.Name.StartsWith("get_", StringComparison.Ordinal) ? "get;"
            : accessor.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ? "init;" : "set;");

    private static bool Visible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static string Access(MethodBase method) => method.IsPublic ? "" : "protected ";

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "") + Name(p.ParameterType) + " " + p.Name));

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (!type.IsGenericType)
        {
            return type.FullName ?? type.Name;
        }

        var text = new StringBuilder(type.GetGenericTypeDefinition().FullName![..type.GetGenericTypeDefinition().FullName!.IndexOf('`', StringComparison.Ordinal)]);
        text.Append('<').AppendJoin(", ", type.GetGenericArguments().Select(Name)).Append('>');
        return text.ToString();
    }
}
